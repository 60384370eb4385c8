package org.stdtrack.periodicreview;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.periodicreview.ReviewConclusion.Outcome;
import org.stdtrack.periodicreview.ReviewConclusion.Status;
import org.stdtrack.standard.Stage;

@Repository
class ReviewConclusionRepository {

    private static final String SELECT = """
            select c.*, s.published_number, s.title, s.title_zh
              from review_conclusion c join standard s on s.id = c.standard_id
            """;

    private final JdbcClient jdbc;

    ReviewConclusionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The committee's conclusions of the year, by standard. */
    List<ReviewConclusion> batch(String committee, int year) {
        return jdbc.sql(SELECT + " where c.committee = ? and c.review_year = ? order by s.published_number, c.id")
                .params(committee, year)
                .query(ReviewConclusionRepository::conclusion)
                .list();
    }

    /** The standard's latest conclusion, decided or not. */
    Optional<ReviewConclusion> latest(long standardId) {
        return jdbc.sql(SELECT + " where c.standard_id = ? order by c.id desc fetch first 1 rows only")
                .param(standardId)
                .query(ReviewConclusionRepository::conclusion)
                .optional();
    }

    /** The standard's conclusion still under way (proposed, submitted or returned), if any. */
    Optional<ReviewConclusion> open(long standardId) {
        return latest(standardId).filter(c -> c.status() != Status.DECIDED);
    }

    void insert(long standardId, String committee, int year, Outcome proposed, String reason, String by, Instant at) {
        jdbc.sql("""
                insert into review_conclusion
                  (standard_id, committee, review_year, proposed, reason, status, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(standardId, committee, year, proposed.name(), reason, Status.PROPOSED.name(), by, toDb(at))
                .update();
    }

    /** A returned conclusion proposed again: the return's reason stays on record until it is submitted. */
    void proposeAgain(long id, Outcome proposed, String reason, String by, Instant at) {
        jdbc.sql("""
                update review_conclusion set proposed = ?, reason = ?, status = ?, proposed_by = ?,
                  proposed_at = ? where id = ?""")
                .params(proposed.name(), reason, Status.PROPOSED.name(), by, toDb(at), id)
                .update();
    }

    void submitted(long id, Status to, String by, Instant at) {
        jdbc.sql("update review_conclusion set status = ?, submitted_by = ?, submitted_at = ? where id = ?")
                .params(to.name(), by, toDb(at), id)
                .update();
    }

    void endorsed(long id, String by, Instant at) {
        jdbc.sql("""
                update review_conclusion set status = ?, endorsed_by = ?, endorsed_at = ?
                 where id = ?""").params(Status.WITH_APPROVER.name(), by, toDb(at), id).update();
    }

    void returned(long id, String by, String reason) {
        jdbc.sql("update review_conclusion set status = ?, returned_by = ?, return_reason = ? where id = ?")
                .params(Status.RETURNED.name(), by, reason, id)
                .update();
    }

    void decided(long id, Outcome decided, String by, Instant at, String comment) {
        jdbc.sql("""
                update review_conclusion set status = ?, decided = ?, decided_by = ?, decided_at = ?,
                  decision_comment = ? where id = ?""")
                .params(Status.DECIDED.name(), decided.name(), by, toDb(at), comment, id)
                .update();
    }

    /**
     * The committee's standards whose review is under way (90.20) with no conclusion proposed or on its way:
     * what the batch still waits for.
     */
    List<AwaitingConclusion> awaiting(String committee) {
        return jdbc.sql("""
                select s.id, s.published_number, s.title, s.title_zh from standard s
                 where s.committee_code = ? and s.stage = ? and s.stage_code = '90.20'
                   and not exists (select 1 from review_conclusion c where c.standard_id = s.id
                                    and c.status in (?, ?, ?))
                 order by s.published_number, s.id""")
                .params(
                        committee,
                        Stage.PERIODIC_REVIEW.name(),
                        Status.PROPOSED.name(),
                        Status.WITH_DEPARTMENT.name(),
                        Status.WITH_APPROVER.name())
                .query((rs, n) -> new AwaitingConclusion(
                        rs.getLong("id"),
                        rs.getString("published_number"),
                        rs.getString("title"),
                        rs.getString("title_zh")))
                .list();
    }

    private static ReviewConclusion conclusion(ResultSet rs, int row) throws SQLException {
        String decided = rs.getString("decided");
        return new ReviewConclusion(
                rs.getLong("id"),
                rs.getLong("standard_id"),
                rs.getString("published_number"),
                rs.getString("title"),
                rs.getString("title_zh"),
                rs.getString("committee"),
                rs.getInt("review_year"),
                Outcome.valueOf(rs.getString("proposed")),
                rs.getString("reason"),
                Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by"),
                instant(rs, "proposed_at"),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                rs.getString("endorsed_by"),
                instant(rs, "endorsed_at"),
                rs.getString("returned_by"),
                rs.getString("return_reason"),
                decided == null ? null : Outcome.valueOf(decided),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_comment"));
    }
}
