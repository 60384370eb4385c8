package org.stdtrack.audit;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;

/**
 * The append-only record of who did what to which standard. A completed action is recorded in its own
 * transaction (it vanishes if the action rolls back); a refused one in a transaction of its own, after
 * the refused request has written nothing else.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAIL = 1000;

    /** The width of the target column (task ids are at most 64 characters in the engine too). */
    private static final int MAX_TARGET = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Event(
            long id,
            Instant time,
            String actor,
            String action,
            String target,
            String outcome,
            Integer status,
            String detail) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void done(String actor, Long standardId, AuditAction action, String target, String detail) {
        insert(standardId, actor, action, target, "DONE", null, detail);
    }

    /** @param standardId the standard the attempt aimed at, if it exists */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String actor, Long standardId, AuditAction action, String target, ApiException refusal) {
        boolean known = standardId != null
                && jdbc.sql("select count(*) from standard where id = ?")
                                .param(standardId)
                                .query(Long.class)
                                .single()
                        > 0;
        insert(
                known ? standardId : null,
                actor,
                action,
                target,
                "REFUSED",
                refusal.status().value(),
                refusal.getMessage());
    }

    /** The audit trail of a standard is for its committee and administrators. */
    public static boolean mayRead(AppUser user, Standard standard) {
        return user.isAdmin() || user.isMemberOf(standard.committee());
    }

    public List<Event> of(long standardId) {
        return jdbc.sql("select * from audit_event where standard_id = ? order by occurred_at, id")
                .param(standardId)
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("outcome"),
                        (Integer) rs.getObject("status", Integer.class),
                        rs.getString("detail")))
                .list();
    }

    private void insert(
            Long standardId,
            String actor,
            AuditAction action,
            String target,
            String outcome,
            Integer status,
            String detail) {
        // A refused attempt is recorded whatever it named: an overlong task id is kept as far as the column goes.
        jdbc.sql("""
                insert into audit_event (standard_id, occurred_at, actor, action, target, outcome, status, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        standardId,
                        toDb(clock.instant()),
                        actor,
                        action.name(),
                        shortened(target, MAX_TARGET),
                        outcome,
                        status,
                        shortened(detail, MAX_DETAIL))
                .update();
    }

    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
