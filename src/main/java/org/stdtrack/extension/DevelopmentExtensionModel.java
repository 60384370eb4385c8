package org.stdtrack.extension;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.standard.DevelopmentExtension;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskHandler;

/**
 * The backing class of {@code bpmn/development-extension.bpmn}: its key, its task, its variables, how a
 * request starts it, and what the approving body's decision writes.
 */
@Component
public class DevelopmentExtensionModel implements TaskHandler {

    public static final String PROCESS_KEY = "developmentExtension";
    /** The model's one user task: the approving body grants or refuses the extension. */
    public static final String DECIDE_TASK = "decideExtension";

    static final ProcessVariable<Long> REQUEST_ID = ProcessVariable.of("extensionRequestId", Long.class);
    static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);

    private final RuntimeService runtime;
    private final EngineCalls engine;
    private final ExtensionRepository requests;
    private final StandardRepository standards;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DevelopmentExtensionModel(
            RuntimeService runtime,
            EngineCalls engine,
            ExtensionRepository requests,
            StandardRepository standards,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.runtime = runtime;
        this.engine = engine;
        this.requests = requests;
        this.standards = standards;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts the decision on the application's account (the secretariat may not start approvers' work). */
    String start(long standardId, long requestId, String approverGroup) {
        return engine.asApplication(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
                        .businessKey(String.valueOf(standardId))
                        .setVariable(STANDARD_ID.name(), STANDARD_ID.typed(standardId))
                        .setVariable(REQUEST_ID.name(), REQUEST_ID.typed(requestId))
                        .setVariable(APPROVER_GROUP.name(), APPROVER_GROUP.typed(approverGroup))
                        .execute())
                .getId();
    }

    @Override
    public String taskKey() {
        return DECIDE_TASK;
    }

    /** Granted: the development due date moves, with who and why; refused: the reason is kept. */
    @Override
    public Map<String, Object> complete(Completion c) {
        DevelopmentExtension request =
                requests.find(REQUEST_ID.from(c.processVariables())).orElseThrow();
        boolean granted = c.is("APPROVE");
        requests.decide(
                request.id(),
                granted ? DevelopmentExtension.Status.APPROVED : DevelopmentExtension.Status.REJECTED,
                c.actor().username(),
                clock.instant(),
                c.comment());
        if (granted) {
            standards.extendDevelopment(c.standard().id(), request.newDueAt());
        }
        events.publishEvent(new ExtensionDecided(
                c.standard().id(),
                request.requestedBy(),
                granted,
                request.previousDueAt(),
                request.newDueAt(),
                c.comment()));
        audit.done(
                c.actor().username(),
                c.standard().id(),
                granted ? "GRANT_EXTENSION" : "REFUSE_EXTENSION",
                String.valueOf(request.id()),
                "new due date " + request.newDueAt() + (c.comment() == null ? "" : ": " + c.comment()));
        return Map.of();
    }
}
