package org.stdtrack.adoption;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.engine.Processes;
import org.stdtrack.tasks.TaskHandler;

/**
 * The backing class of {@code bpmn/adoption-verification.bpmn}: its key, its task, its variables, how a
 * verification starts, and what the association's decision writes.
 */
@Component
public class AdoptionVerification implements TaskHandler {

    public static final String PROCESS_KEY = "adoptionVerification";
    /** The model's one user task: the association verifies or rejects the declaration. */
    public static final String VERIFY_TASK = "verifyAdoption";

    /** The association's decision on a declaration. */
    public enum Decision {
        VERIFY,
        REJECT
    }

    /** The decision the model's task offers (its values are the enum's constants). */
    public static final Map<String, Class<? extends Enum<?>>> DECISIONS = Map.of(VERIFY_TASK, Decision.class);

    static final ProcessVariable<Long> ADOPTION_ID = ProcessVariable.of("adoptionId", Long.class);

    private final Processes processes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AdoptionVerification(
            Processes processes, JdbcClient jdbc, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.processes = processes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Starts the verification of an enterprise's adoption declaration; the association group gets the
     * task. Started on the application's account: enterprises hold no engine permissions.
     */
    void start(long standardId, long adoptionId) {
        processes.startAsApplication(ProcessStart.of(PROCESS_KEY, standardId)
                .with(STANDARD_ID, standardId)
                .with(ADOPTION_ID, adoptionId));
    }

    @Override
    public String taskKey() {
        return VERIFY_TASK;
    }

    /** The association's decision: the declaration is verified, or rejected with the reason. */
    @Override
    public Map<String, Object> complete(Completion c) {
        long adoptionId = ADOPTION_ID.from(c.processVariables());
        Adoption.Status status = switch (c.decision(Decision.class)) {
            case VERIFY -> Adoption.Status.VERIFIED;
            case REJECT -> Adoption.Status.REJECTED;
        };
        jdbc.sql("update adoption set status = ?, decided_by = ?, decided_at = ?, reason = ? where id = ?")
                .params(status.name(), c.actor().username(), toDb(clock.instant()), c.comment(), adoptionId)
                .update();
        String declaredBy = jdbc.sql("select declared_by from adoption where id = ?")
                .param(adoptionId)
                .query(String.class)
                .single();
        events.publishEvent(new AdoptionDecided(
                c.standard().id(), adoptionId, declaredBy, status == Adoption.Status.VERIFIED, c.comment()));
        audit.done(
                c.actor().username(),
                c.standard().id(),
                status == Adoption.Status.VERIFIED ? AuditAction.VERIFY_ADOPTION : AuditAction.REJECT_ADOPTION,
                String.valueOf(adoptionId),
                c.comment());
        return Map.of();
    }
}
