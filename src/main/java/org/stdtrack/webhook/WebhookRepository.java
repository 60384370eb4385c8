package org.stdtrack.webhook;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Hooks, their deliveries (the outbox) and every attempt. */
@Repository
class WebhookRepository {

    /** A hook with its secret, for the sender and the outbox only. */
    record Subscription(Webhook hook, String secret) {}

    /** A delivery as the sender reads it. */
    record Delivery(
            String id,
            long webhookId,
            WebhookEvent event,
            String body,
            Instant createdAt,
            String status,
            int attempts) {}

    /** One attempt as its owner reads it. */
    public record Attempt(
            String deliveryId,
            WebhookEvent event,
            int attempt,
            Instant attemptedAt,
            Integer responseCode,
            String error,
            String status) {}

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String owner,
            String url,
            List<WebhookEvent> events,
            String committee,
            String programme,
            String secret,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into webhook (owner, url, events, committee_code, programme_code, secret, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        owner,
                        url,
                        events.stream().map(Enum::name).collect(Collectors.joining(",")),
                        committee,
                        programme,
                        secret,
                        toDb(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Subscription> find(long id) {
        return jdbc.sql("select * from webhook where id = ? and deleted_at is null")
                .param(id)
                .query(WebhookRepository::subscription)
                .optional();
    }

    /** Hooks not deleted, of one owner (all when null), the first {@code limit}. */
    List<Webhook> of(String owner, int limit) {
        return jdbc
                .sql("select * from webhook where deleted_at is null"
                        + (owner == null ? " and 1 = ?" : " and owner = ?") + " order by id limit " + limit)
                .param(owner == null ? (Object) 1 : owner)
                .query(WebhookRepository::subscription)
                .list()
                .stream()
                .map(Subscription::hook)
                .toList();
    }

    /** Active hooks of this committee or programme (the outbox filters events and readers). */
    List<Subscription> active(String committee, String programme) {
        return jdbc.sql("""
                        select * from webhook where deleted_at is null and disabled_at is null
                        and (committee_code = ? or programme_code = ?)""")
                .params(committee, programme)
                .query(WebhookRepository::subscription)
                .list();
    }

    void delete(long id, Instant now) {
        jdbc.sql("update webhook set deleted_at = ? where id = ?")
                .params(toDb(now), id)
                .update();
    }

    void disable(long id, Instant now, String reason) {
        jdbc.sql("update webhook set disabled_at = ?, disabled_reason = ? where id = ? and disabled_at is null")
                .params(toDb(now), reason, id)
                .update();
        jdbc.sql("update webhook_delivery set status = 'FAILED' where webhook_id = ? and status = 'PENDING'")
                .param(id)
                .update();
    }

    void insertDelivery(String id, long webhookId, WebhookEvent event, String body, Instant now) {
        jdbc.sql("""
                insert into webhook_delivery (id, webhook_id, event, body, created_at, status, next_attempt_at)
                values (?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(id, webhookId, event.name(), body, toDb(now), toDb(now))
                .update();
    }

    List<String> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?
                        and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id limit ?""")
                .params(toDb(now), toDb(now), limit)
                .query(String.class)
                .list();
    }

    /** Takes the delivery for this node until then; false when another node holds it. */
    boolean claim(String id, String node, Instant now, Instant until) {
        return jdbc.sql("""
                        update webhook_delivery set claimed_by = ?, claimed_until = ?
                        where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)""").params(node, toDb(until), id, toDb(now)).update() == 1;
    }

    Delivery delivery(String id) {
        return jdbc.sql("select * from webhook_delivery where id = ?")
                .param(id)
                .query((rs, n) -> new Delivery(
                        rs.getString("id"),
                        rs.getLong("webhook_id"),
                        WebhookEvent.valueOf(rs.getString("event")),
                        rs.getString("body"),
                        instant(rs, "created_at"),
                        rs.getString("status"),
                        rs.getInt("attempts")))
                .single();
    }

    /** Records an attempt and its outcome: delivered, or due again at {@code retryAt}. */
    void attempted(String id, int attempt, Instant at, Integer code, String error, boolean delivered, Instant retryAt) {
        jdbc.sql("""
                insert into webhook_attempt (delivery_id, attempt, attempted_at, response_code, error)
                values (?, ?, ?, ?, ?)""")
                .params(id, attempt, toDb(at), code, error == null ? null : abbreviated(error))
                .update();
        jdbc.sql("""
                update webhook_delivery set attempts = ?, status = ?, next_attempt_at = ?, delivered_at = ?,
                    claimed_by = null, claimed_until = null where id = ?""")
                .params(
                        attempt,
                        delivered ? "DELIVERED" : "PENDING",
                        toDb(delivered ? at : retryAt),
                        delivered ? toDb(at) : null,
                        id)
                .update();
    }

    /** Every attempt of the hook's deliveries, newest first (at most {@code limit}). */
    List<Attempt> attempts(long webhookId, int limit) {
        return jdbc.sql("""
                        select a.*, d.event, d.status from webhook_attempt a
                        join webhook_delivery d on d.id = a.delivery_id where d.webhook_id = ?
                        order by a.attempted_at desc, a.attempt desc limit ?""")
                .params(webhookId, limit)
                .query((rs, n) -> new Attempt(
                        rs.getString("delivery_id"),
                        WebhookEvent.valueOf(rs.getString("event")),
                        rs.getInt("attempt"),
                        instant(rs, "attempted_at"),
                        (Integer) rs.getObject("response_code", Integer.class),
                        rs.getString("error"),
                        rs.getString("status")))
                .list();
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static Subscription subscription(ResultSet rs, int n) throws SQLException {
        EnumSet<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(rs.getString("events").split(","))
                .map(WebhookEvent::valueOf)
                .forEach(events::add);
        return new Subscription(
                new Webhook(
                        rs.getLong("id"),
                        rs.getString("owner"),
                        rs.getString("url"),
                        events,
                        rs.getString("committee_code"),
                        rs.getString("programme_code"),
                        instant(rs, "created_at"),
                        instant(rs, "disabled_at"),
                        rs.getString("disabled_reason")),
                rs.getString("secret"));
    }
}
