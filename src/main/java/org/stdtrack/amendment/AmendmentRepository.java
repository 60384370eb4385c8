package org.stdtrack.amendment;

import static org.stdtrack.persistence.Timestamps.date;
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
import org.stdtrack.consultation.Comment;

@Repository
class AmendmentRepository {

    private final JdbcClient jdbc;

    AmendmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Amendment> of(long standardId) {
        return jdbc.sql("select * from amendment where standard_id = ? order by sequence")
                .param(standardId)
                .query(AmendmentRepository::amendment)
                .list();
    }

    Optional<Amendment> find(long id) {
        return jdbc.sql("select * from amendment where id = ?")
                .param(id)
                .query(AmendmentRepository::amendment)
                .optional();
    }

    long insert(long standardId, int sequence, String reason, String by, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into amendment (standard_id, sequence, reason, status, registered_by, registered_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(standardId, sequence, reason, Amendment.Status.DRAFTING.name(), by, toDb(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void started(long id, String processInstanceId) {
        jdbc.sql("update amendment set process_instance_id = ? where id = ?")
                .params(processInstanceId, id)
                .update();
    }

    void consulting(long id, Instant closesAt) {
        jdbc.sql("update amendment set status = ?, consultation_closes_at = ? where id = ?")
                .params(Amendment.Status.CONSULTATION.name(), toDb(closesAt), id)
                .update();
    }

    void decided(long id, Amendment.Status status, String by, String reason) {
        jdbc.sql("update amendment set status = ?, decided_by = ?, decision_reason = ? where id = ?")
                .params(status.name(), by, reason, id)
                .update();
    }

    void published(long id, LocalDate on) {
        jdbc.sql("update amendment set status = ?, published_on = ? where id = ?")
                .params(Amendment.Status.PUBLISHED.name(), on, id)
                .update();
    }

    Optional<Amendment> find(long standardId, int sequence) {
        return jdbc.sql("select * from amendment where standard_id = ? and sequence = ?")
                .params(standardId, sequence)
                .query(AmendmentRepository::amendment)
                .optional();
    }

    void insertComment(long amendmentId, Amendments.NewAmendmentComment comment, String by, Instant at) {
        jdbc.sql("""
                insert into amendment_comment (amendment_id, organisation, channel, text, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        amendmentId,
                        comment.organisation().strip(),
                        comment.channel().name(),
                        comment.text().strip(),
                        by,
                        toDb(at))
                .update();
    }

    List<Amendments.AmendmentComment> comments(long amendmentId) {
        return jdbc.sql("select * from amendment_comment where amendment_id = ? order by id")
                .param(amendmentId)
                .query((rs, n) -> new Amendments.AmendmentComment(
                        rs.getString("organisation"),
                        Comment.Channel.valueOf(rs.getString("channel")),
                        rs.getString("text"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    private static Amendment amendment(ResultSet rs, int row) throws SQLException {
        return new Amendment(
                rs.getLong("id"),
                rs.getLong("standard_id"),
                rs.getInt("sequence"),
                rs.getString("reason"),
                Amendment.Status.valueOf(rs.getString("status")),
                rs.getString("registered_by"),
                instant(rs, "registered_at"),
                instant(rs, "consultation_closes_at"),
                rs.getString("decided_by"),
                rs.getString("decision_reason"),
                date(rs, "published_on"));
    }
}
