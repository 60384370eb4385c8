package org.stdtrack.plan;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.engine.Processes;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.standard.StandardPlan;
import org.stdtrack.tasks.TaskHandler;

/**
 * The backing class of {@code bpmn/plan-change.bpmn}: its key, its task, its variables, how a request starts
 * it, and what the approving body's decision writes.
 */
@Component
public class PlanChangeModel implements TaskHandler {

    public static final String PROCESS_KEY = "planChange";
    /** The model's one user task: the approving body approves or rejects the change. */
    public static final String DECIDE_TASK = "decidePlanChange";

    /** The approving body's decision on a requested change. */
    public enum Decision {
        APPROVE,
        REJECT
    }

    /** The decision the model's task offers (its values are the enum's constants). */
    public static final Map<String, Class<? extends Enum<?>>> DECISIONS = Map.of(DECIDE_TASK, Decision.class);

    static final ProcessVariable<Long> PLAN_CHANGE_ID = ProcessVariable.of("planChangeId", Long.class);
    static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);

    private final Processes processes;
    private final PlanChangeRepository requests;
    private final StandardPlan standardPlan;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    PlanChangeModel(
            Processes processes,
            PlanChangeRepository requests,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock,
            StandardPlan standardPlan) {
        this.standardPlan = standardPlan;
        this.processes = processes;
        this.requests = requests;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts the decision on the application's account (the secretariat may not start approvers' work). */
    String start(long standardId, long requestId, String approverGroup) {
        return processes.startAsApplication(ProcessStart.of(PROCESS_KEY, standardId)
                .with(STANDARD_ID, standardId)
                .with(PLAN_CHANGE_ID, requestId)
                .with(APPROVER_GROUP, approverGroup));
    }

    @Override
    public String taskKey() {
        return DECIDE_TASK;
    }

    @Override
    public Map<String, Object> complete(Completion c) {
        decide(c, PLAN_CHANGE_ID.from(c.processVariables()));
        return Map.of();
    }

    /**
     * Approved: an extension moves the development due date, a change the title, lead organisation or
     * committee, a termination ends the project (.98); rejected: the reason is kept. Either way the decision
     * is recorded with who and why.
     */
    void decide(Completion c, long requestId) {
        PlanChange request = requests.find(requestId).orElseThrow();
        boolean approved = c.decision(Decision.class) == Decision.APPROVE;
        requests.decide(
                request.id(),
                approved ? PlanChange.Status.APPROVED : PlanChange.Status.REJECTED,
                c.actor().username(),
                clock.instant(),
                c.comment());
        if (approved) {
            switch (request.kind()) {
                case EXTENSION -> standardPlan.extendDevelopment(c.standard().id(), request.newDueAt());
                case CHANGE ->
                    standardPlan.changePlan(
                            c.standard().id(),
                            request.newTitle(),
                            request.newTitleZh(),
                            request.newLeadOrganisation(),
                            request.newCommittee());
                case TERMINATION -> {}
            }
            events.publishEvent(new PlanChangeApproved(
                    c.standard().id(),
                    c.standard().committee(),
                    request,
                    c.actor().username()));
        }
        if (request.kind() == PlanChange.Kind.EXTENSION) {
            events.publishEvent(new ExtensionDecided(
                    c.standard().id(),
                    request.requestedBy(),
                    approved,
                    request.previousDueAt(),
                    request.newDueAt(),
                    c.comment()));
        }
        audit.done(
                c.actor().username(),
                c.standard().id(),
                approved ? AuditAction.APPROVE_PLAN_CHANGE : AuditAction.REJECT_PLAN_CHANGE,
                String.valueOf(request.id()),
                request.kind() + (c.comment() == null ? "" : ": " + c.comment()));
    }
}
