package org.stdtrack.plan;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.standard.PlanChanges;

/** Plan changes as stored; the standard's page and API read them through {@link PlanChanges}. */
@Repository
class PlanChangeRepository implements PlanChanges {

    private final JdbcClient jdbc;

    PlanChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new open request: {@code change} carries its kind, reason and the values asked for. */
    long insert(long standardId, String by, Instant at, PlanChange change) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_change (standard_id, kind, requested_by, requested_at, previous_due_at, new_due_at,
                    new_title, new_title_zh, new_lead_organisation, new_committee, reason, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        standardId,
                        change.kind().name(),
                        by,
                        toDb(at),
                        toDb(change.previousDueAt()),
                        toDb(change.newDueAt()),
                        change.newTitle(),
                        change.newTitleZh(),
                        change.newLeadOrganisation(),
                        change.newCommittee(),
                        change.reason(),
                        PlanChange.Status.OPEN.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void attachProcess(long id, String processInstanceId) {
        jdbc.sql("update plan_change set process_instance_id = ? where id = ?")
                .params(processInstanceId, id)
                .update();
    }

    void decide(long id, PlanChange.Status status, String by, Instant at, String reason) {
        jdbc.sql("""
                update plan_change set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                where id = ?""").params(status.name(), by, toDb(at), reason, id).update();
    }

    Optional<PlanChange> find(long id) {
        return jdbc.sql("select * from plan_change where id = ?")
                .param(id)
                .query(PlanChangeRepository::change)
                .optional();
    }

    Optional<PlanChange> open(long standardId) {
        return jdbc.sql("select * from plan_change where standard_id = ? and status = ?")
                .params(standardId, PlanChange.Status.OPEN.name())
                .query(PlanChangeRepository::change)
                .optional();
    }

    @Override
    public List<PlanChange> of(long standardId) {
        return jdbc.sql("select * from plan_change where standard_id = ? order by id")
                .param(standardId)
                .query(PlanChangeRepository::change)
                .list();
    }

    private static PlanChange change(ResultSet rs, int row) throws SQLException {
        return new PlanChange(
                rs.getLong("id"),
                PlanChange.Kind.valueOf(rs.getString("kind")),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                instant(rs, "previous_due_at"),
                instant(rs, "new_due_at"),
                rs.getString("new_title"),
                rs.getString("new_title_zh"),
                rs.getString("new_lead_organisation"),
                rs.getString("new_committee"),
                rs.getString("reason"),
                PlanChange.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_reason"));
    }
}
