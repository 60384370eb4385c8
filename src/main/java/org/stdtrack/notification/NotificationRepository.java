package org.stdtrack.notification;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications (inbox and outbox in one row), preferences and watches as stored. */
@Repository
class NotificationRepository {

    /** How a notification stands with e-mail. */
    enum EmailStatus {
        PENDING,
        SENT,
        NOT_SENT,
        DIGEST
    }

    private static final String PENDING = EmailStatus.PENDING.name();
    private static final String SENT = EmailStatus.SENT.name();
    private static final String DIGEST = EmailStatus.DIGEST.name();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String recipient,
            NotificationKind kind,
            Long standardId,
            String taskId,
            Map<String, String> params,
            Instant at,
            EmailStatus status) {
        jdbc.sql("""
                insert into notification (recipient, kind, standard_id, task_id, params, created_at, email_status,
                    next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        recipient,
                        kind.name(),
                        standardId,
                        taskId,
                        json(params),
                        toDb(at),
                        status.name(),
                        status == EmailStatus.PENDING ? toDb(at) : null)
                .update();
    }

    // ---- inbox --------------------------------------------------------------------------------------

    List<Notification> inbox(String username, long offset, int limit) {
        return jdbc.sql("select * from notification where recipient = ? order by id desc limit ? offset ?")
                .params(username, limit, offset)
                .query(NotificationRepository::notification)
                .list();
    }

    long count(String username, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notification where recipient = ?"
                        + (unreadOnly ? " and read_at is null" : ""))
                .param(username)
                .query(Long.class)
                .single();
    }

    int markRead(String username, Long id, Instant at) {
        return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null"
                        + (id == null ? "" : " and id = ?"))
                .params(id == null ? List.of(toDb(at), username) : List.of(toDb(at), username, id))
                .update();
    }

    boolean exists(String username, long id) {
        return jdbc.sql("select count(*) from notification where recipient = ? and id = ?")
                        .params(username, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // ---- outbox -------------------------------------------------------------------------------------

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from notification
                where email_status = ? and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by id limit ?""")
                .params(PENDING, toDb(now), toDb(now), limit)
                .query(Long.class)
                .list();
    }

    /** Takes the row for this node until {@code until}, unless another node holds it or it was sent. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.sql("""
                        update notification set claimed_by = ?, claimed_until = ?
                        where id = ? and email_status = ? and (claimed_until is null or claimed_until < ?)""").params(node, toDb(until), id, PENDING, toDb(now)).update() == 1;
    }

    Optional<Notification> find(long id) {
        return jdbc.sql("select * from notification where id = ?")
                .param(id)
                .query(NotificationRepository::notification)
                .optional();
    }

    void markSent(long id, String node, Instant at) {
        jdbc.sql("""
                update notification set email_status = ?, sent_at = ?, claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""").params(SENT, toDb(at), id, node).update();
    }

    void markFailed(long id, String node, Instant retryAt, String error) {
        jdbc.sql("""
                update notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                    claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""")
                .params(toDb(retryAt), error.length() > 1000 ? error.substring(0, 1000) : error, id, node)
                .update();
    }

    void markNotSent(long id, String node, String why) {
        jdbc.sql("""
                update notification set email_status = ?, last_error = ?, claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""").params(EmailStatus.NOT_SENT.name(), why, id, node).update();
    }

    /** Those with digest notifications that no node is sending now. */
    List<String> digestRecipients(Instant now) {
        return jdbc.sql("""
                select distinct recipient from notification
                where email_status = ? and (claimed_until is null or claimed_until < ?) order by recipient""").params(DIGEST, toDb(now)).query(String.class).list();
    }

    /** Claims the recipient's digest notifications that are free, and returns those this node now holds. */
    List<Notification> claimDigest(String recipient, String node, Instant now, Instant until) {
        jdbc.sql("""
                update notification set claimed_by = ?, claimed_until = ?
                where recipient = ? and email_status = ? and (claimed_until is null or claimed_until < ?)""").params(node, toDb(until), recipient, DIGEST, toDb(now)).update();
        return jdbc.sql("""
                select * from notification where recipient = ? and email_status = ? and claimed_by = ?
                order by id""")
                .params(recipient, DIGEST, node)
                .query(NotificationRepository::notification)
                .list();
    }

    void markDigestSent(String recipient, String node, Instant at) {
        jdbc.sql("""
                update notification set email_status = ?, sent_at = ?, claimed_by = null, claimed_until = null
                where recipient = ? and email_status = ? and claimed_by = ?""").params(SENT, toDb(at), recipient, DIGEST, node).update();
    }

    void releaseDigest(String recipient, String node, String error) {
        jdbc.sql("""
                update notification set claimed_by = null, claimed_until = null, last_error = ?
                where recipient = ? and email_status = ? and claimed_by = ?""")
                .params(error.length() > 1000 ? error.substring(0, 1000) : error, recipient, DIGEST, node)
                .update();
    }

    // ---- preferences --------------------------------------------------------------------------------

    Preferences preferences(String username) {
        return jdbc.sql("select * from notification_preference where username = ?")
                .param(username)
                .query((rs, n) ->
                        new Preferences(EmailMode.valueOf(rs.getString("email_mode")), byKind(rs.getString("by_kind"))))
                .optional()
                .orElse(Preferences.DEFAULT);
    }

    void savePreferences(String username, Preferences preferences) {
        String byKind = preferences.kinds().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().name())
                .sorted()
                .collect(Collectors.joining(","));
        int updated = jdbc.sql("update notification_preference set email_mode = ?, by_kind = ? where username = ?")
                .params(preferences.email().name(), byKind, username)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (username, email_mode, by_kind) values (?, ?, ?)")
                    .params(username, preferences.email().name(), byKind)
                    .update();
        }
    }

    private static Map<NotificationKind, EmailMode> byKind(String pairs) {
        Map<NotificationKind, EmailMode> modes = new EnumMap<>(NotificationKind.class);
        Arrays.stream(pairs.split(","))
                .filter(p -> !p.isBlank())
                .map(p -> p.split("="))
                .forEach(p -> modes.put(NotificationKind.valueOf(p[0]), EmailMode.valueOf(p[1])));
        return modes;
    }

    // ---- watches ------------------------------------------------------------------------------------

    /** Adds the watch unless it is there; true when it was added. */
    boolean watch(String username, Long standardId, String committee, Instant at) {
        boolean exists = jdbc.sql("""
                        select count(*) from watch where username = ?
                          and (standard_id = ? or committee_code = ?)""")
                        .params(username, standardId, committee)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            jdbc.sql("insert into watch (username, standard_id, committee_code, created_at) values (?, ?, ?, ?)")
                    .params(username, standardId, committee, toDb(at))
                    .update();
        }
        return !exists;
    }

    boolean unwatch(String username, Long standardId, String committee) {
        return jdbc.sql("delete from watch where username = ? and (standard_id = ? or committee_code = ?)")
                        .params(username, standardId, committee)
                        .update()
                > 0;
    }

    /** Who watches the standard itself or its committee. */
    List<String> watchers(long standardId, String committee) {
        return jdbc.sql("""
                select distinct username from watch where standard_id = ? or committee_code = ? order by username""").params(standardId, committee).query(String.class).list();
    }

    List<Watch> watches(String username) {
        return jdbc.sql("select * from watch where username = ? order by id")
                .param(username)
                .query((rs, n) -> new Watch(
                        rs.getObject("standard_id", Long.class),
                        rs.getString("committee_code"),
                        instant(rs, "created_at")))
                .list();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getObject("standard_id", Long.class),
                rs.getString("task_id"),
                params(rs.getString("params")),
                instant(rs, "created_at"),
                instant(rs, "read_at"),
                rs.getInt("attempts"));
    }

    private static String json(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> params(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
