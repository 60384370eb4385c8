package org.stdtrack.international;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** International ballots and their national comments. */
@Repository
class IntlBallotRepository {

    private final JdbcClient jdbc;

    IntlBallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long projectId,
            IntlBallot.Type type,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate nationalDeadline,
            Instant at,
            String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intl_ballot (project_id, ballot_type, opens_on, closes_on, national_deadline, status,
                    created_at, created_by) values (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(projectId, type.name(), opensOn, closesOn, nationalDeadline, toDb(at), by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update intl_ballot set process_instance_id = ? where id = ?")
                .params(processInstanceId, id)
                .update();
    }

    /** Locks the ballot's row until the transaction ends: commands on one ballot run one after the other. */
    boolean lock(long id) {
        return !jdbc.sql("select id from intl_ballot where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    Optional<IntlBallot> find(long id) {
        return jdbc.sql("select * from intl_ballot where id = ?")
                .param(id)
                .query(IntlBallotRepository::ballot)
                .optional();
    }

    List<IntlBallot> ofProject(long projectId) {
        return jdbc.sql("select * from intl_ballot where project_id = ? order by closes_on desc, id desc")
                .param(projectId)
                .query(IntlBallotRepository::ballot)
                .list();
    }

    void submit(long id, IntlBallot.Vote vote, String note, String by, Instant at) {
        jdbc.sql("""
                update intl_ballot set status = 'SUBMITTED', vote = ?, position_note = ?, submitted_by = ?,
                    submitted_at = ? where id = ? and status = 'OPEN'""").params(vote.name(), note, by, toDb(at), id).update();
    }

    void missed(long id) {
        jdbc.sql("update intl_ballot set status = 'MISSED' where id = ? and status = 'OPEN'")
                .param(id)
                .update();
    }

    /** Every ballot on the programme's projects. */
    List<IntlBallot> ofProgramme(String programme) {
        return jdbc.sql("""
                select b.* from intl_ballot b join intl_project p on p.id = b.project_id
                where p.programme_code = ? order by b.id""")
                .param(programme)
                .query(IntlBallotRepository::ballot)
                .list();
    }

    /** A disposition recorded on a comment of a ballot, and when. */
    record Recorded(long ballotId, IntlBallot.Disposition disposition, Instant at) {}

    /** The dispositions recorded on comments of the programme's ballots. */
    List<Recorded> dispositions(String programme) {
        return jdbc.sql("""
                select c.ballot_id, c.disposition, c.disposition_at from intl_ballot_comment c
                join intl_ballot b on b.id = c.ballot_id join intl_project p on p.id = b.project_id
                where p.programme_code = ? and c.disposition is not null""")
                .param(programme)
                .query((rs, n) -> new Recorded(
                        rs.getLong("ballot_id"),
                        IntlBallot.Disposition.valueOf(rs.getString("disposition")),
                        instant(rs, "disposition_at")))
                .list();
    }

    // ---- comments ----

    long insertComment(
            long ballotId,
            String author,
            String clause,
            IntlBallot.CommentType type,
            String comment,
            String proposedChange,
            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intl_ballot_comment (ballot_id, author, clause, comment_type, comment_text,
                    proposed_change, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ballotId, author, clause, type.name(), comment, proposedChange, toDb(at))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long countComments(long ballotId) {
        return jdbc.sql("select count(*) from intl_ballot_comment where ballot_id = ?")
                .param(ballotId)
                .query(Long.class)
                .single();
    }

    List<IntlBallot.NationalComment> comments(long ballotId) {
        return jdbc.sql("select * from intl_ballot_comment where ballot_id = ? order by id")
                .param(ballotId)
                .query(IntlBallotRepository::comment)
                .list();
    }

    void decide(long commentId, IntlBallot.Decision decision, String reason, String by, Instant at) {
        jdbc.sql("""
                update intl_ballot_comment set decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?
                where id = ?""").params(decision.name(), reason, by, toDb(at), commentId).update();
    }

    void dispose(long commentId, IntlBallot.Disposition disposition, String by, Instant at) {
        jdbc.sql("""
                update intl_ballot_comment set disposition = ?, disposition_by = ?, disposition_at = ? where id = ?""").params(disposition.name(), by, toDb(at), commentId).update();
    }

    private static IntlBallot ballot(ResultSet rs, int n) throws SQLException {
        String vote = rs.getString("vote");
        return new IntlBallot(
                rs.getLong("id"),
                rs.getLong("project_id"),
                IntlBallot.Type.valueOf(rs.getString("ballot_type")),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getObject("national_deadline", LocalDate.class),
                IntlBallot.Status.valueOf(rs.getString("status")),
                vote == null ? null : IntlBallot.Vote.valueOf(vote),
                rs.getString("position_note"),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static IntlBallot.NationalComment comment(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        String disposition = rs.getString("disposition");
        return new IntlBallot.NationalComment(
                rs.getLong("id"),
                rs.getLong("ballot_id"),
                rs.getString("author"),
                rs.getString("clause"),
                IntlBallot.CommentType.valueOf(rs.getString("comment_type")),
                rs.getString("comment_text"),
                rs.getString("proposed_change"),
                instant(rs, "created_at"),
                decision == null ? null : IntlBallot.Decision.valueOf(decision),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                disposition == null ? null : IntlBallot.Disposition.valueOf(disposition),
                rs.getString("disposition_by"),
                instant(rs, "disposition_at"));
    }
}
