package org.stdtrack.extension;

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
import org.stdtrack.standard.DevelopmentExtension;
import org.stdtrack.standard.DevelopmentExtensions;

/** Extension requests as stored; the standard's page and API read them through {@link DevelopmentExtensions}. */
@Repository
class ExtensionRepository implements DevelopmentExtensions {

    private final JdbcClient jdbc;

    ExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long standardId, String by, Instant at, Instant previousDue, Instant newDue, String reason) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into extension_request (standard_id, requested_by, requested_at, previous_due_at, new_due_at,
                    reason, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(standardId, by, toDb(at), toDb(previousDue), toDb(newDue), reason)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void attachProcess(long id, String processInstanceId) {
        jdbc.sql("update extension_request set process_instance_id = ? where id = ?")
                .params(processInstanceId, id)
                .update();
    }

    void decide(long id, DevelopmentExtension.Status status, String by, Instant at, String reason) {
        jdbc.sql("""
                update extension_request set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                where id = ?""").params(status.name(), by, toDb(at), reason, id).update();
    }

    Optional<DevelopmentExtension> find(long id) {
        return jdbc.sql("select * from extension_request where id = ?")
                .param(id)
                .query(ExtensionRepository::extension)
                .optional();
    }

    Optional<DevelopmentExtension> open(long standardId) {
        return jdbc.sql("select * from extension_request where standard_id = ? and status = 'OPEN'")
                .param(standardId)
                .query(ExtensionRepository::extension)
                .optional();
    }

    @Override
    public List<DevelopmentExtension> of(long standardId) {
        return jdbc.sql("select * from extension_request where standard_id = ? order by id")
                .param(standardId)
                .query(ExtensionRepository::extension)
                .list();
    }

    private static DevelopmentExtension extension(ResultSet rs, int row) throws SQLException {
        return new DevelopmentExtension(
                rs.getLong("id"),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                instant(rs, "previous_due_at"),
                instant(rs, "new_due_at"),
                rs.getString("reason"),
                DevelopmentExtension.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_reason"));
    }
}
