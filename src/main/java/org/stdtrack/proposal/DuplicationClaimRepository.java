package org.stdtrack.proposal;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.proposal.DuplicationClaims.Claim;
import org.stdtrack.proposal.DuplicationClaims.Deliberation;

/** Duplication claims and their answers. */
@Repository
class DuplicationClaimRepository {

    private final JdbcClient jdbc;

    DuplicationClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long standardId, String claimant, Long existing, String number, String reason, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into duplication_claim (standard_id, claimant, existing_standard_id, existing_number, reason,
                    filed_at) values (?, ?, ?, ?, ?, ?)""")
                .params(standardId, claimant, existing, number, reason, toDb(at))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void answer(long claimId, Deliberation deliberation, String reason, Instant at, String by) {
        jdbc.sql("""
                update duplication_claim set deliberation = ?, answer = ?, answered_at = ?, answered_by = ?
                where id = ?""").params(deliberation.name(), reason, toDb(at), by, claimId).update();
    }

    List<Claim> of(long standardId) {
        return jdbc.sql("select * from duplication_claim where standard_id = ? order by id")
                .param(standardId)
                .query((rs, n) -> new Claim(
                        rs.getLong("id"),
                        rs.getLong("standard_id"),
                        rs.getString("claimant"),
                        rs.getObject("existing_standard_id", Long.class),
                        rs.getString("existing_number"),
                        rs.getString("reason"),
                        instant(rs, "filed_at"),
                        rs.getString("deliberation") == null
                                ? null
                                : Deliberation.valueOf(rs.getString("deliberation")),
                        rs.getString("answer"),
                        instant(rs, "answered_at"),
                        rs.getString("answered_by")))
                .list();
    }

    /** Claims of the standard that meet the condition (SQL of the caller's, with its own parameters). */
    long count(long standardId, String condition, Object... params) {
        List<Object> all = new java.util.ArrayList<>(List.of(standardId));
        all.addAll(List.of(params));
        return jdbc.sql("select count(*) from duplication_claim where standard_id = ? and " + condition)
                .params(all)
                .query(Long.class)
                .single();
    }
}
