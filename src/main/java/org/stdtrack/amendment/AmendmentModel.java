package org.stdtrack.amendment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskInput;

/**
 * The backing class of {@code bpmn/amendment.bpmn}: its key, tasks and variables, how a registration starts
 * it, and what each task's completion writes (the draft opening the consultation, the decision, the
 * publication).
 */
@Configuration
class AmendmentModel {

    static final String PROCESS_KEY = "amendment";
    static final String SUBMIT_DRAFT = "submitAmendmentDraft";
    static final String APPROVE = "approveAmendment";
    static final String PUBLISH = "publishAmendment";

    /** The approving body's decision on an amendment. */
    public enum Decision {
        APPROVE,
        REVISE,
        REJECT
    }

    /** The decision each user task offers (its values are the enum's constants); the others decide nothing. */
    public static final Map<String, Class<? extends Enum<?>>> DECISIONS = Map.of(APPROVE, Decision.class);

    /** The amendment's publication date, entered with its publication. */
    public static final TaskInput<LocalDate> PUBLICATION_DATE = TaskInput.date("publicationDate");

    static final ProcessVariable<Long> AMENDMENT_ID = ProcessVariable.of("amendmentId", Long.class);
    static final ProcessVariable<String> DRAFTING_GROUP = ProcessVariable.of("draftingGroup", String.class);
    static final ProcessVariable<String> APPROVER_GROUP = ProcessVariable.of("approverGroup", String.class);
    static final ProcessVariable<Date> CONSULTATION_CLOSES_AT =
            ProcessVariable.of("amendmentConsultationClosesAt", Date.class);

    private final Processes processes;
    private final AmendmentRepository amendments;
    private final Documents documents;
    private final AmendmentPolicy policy;
    private final ProgrammeClock programmeClock;
    private final AuditTrail audit;

    AmendmentModel(
            Processes processes,
            AmendmentRepository amendments,
            Documents documents,
            AmendmentPolicy policy,
            ProgrammeClock programmeClock,
            AuditTrail audit) {
        this.processes = processes;
        this.amendments = amendments;
        this.documents = documents;
        this.policy = policy;
        this.programmeClock = programmeClock;
        this.audit = audit;
    }

    /** On the application's account: the secretariat starts work for the drafting group and the approver. */
    String start(Standard standard, long amendmentId) {
        return processes.startAsApplication(ProcessStart.of(PROCESS_KEY, standard.id())
                .with(TaskHandler.STANDARD_ID, standard.id())
                .with(AMENDMENT_ID, amendmentId)
                .with(DRAFTING_GROUP, EngineGroups.draftingGroup(standard.committee()))
                .with(APPROVER_GROUP, standard.approvingBodyGroup()));
    }

    /** The draft, uploaded since the amendment was registered (or last sent back), opens its consultation. */
    @Bean
    TaskHandler submitAmendmentDraft() {
        return handler(SUBMIT_DRAFT, (c, amendment) -> {
            Instant since = amendment.status() == Amendment.Status.DRAFTING && amendment.decidedBy() != null
                    ? amendment.consultationClosesAt()
                    : amendment.registeredAt();
            boolean drafted = documents
                    .newest(c.standard().id(), DocumentKind.AMENDMENT_DRAFT)
                    .map(Document::uploadedAt)
                    .filter(at -> !at.isBefore(since))
                    .isPresent();
            if (!drafted) {
                throw ApiException.conflict(SUBMIT_DRAFT + " of " + amendment.designation() + " on standard "
                        + c.standard().id() + " needs " + DocumentKind.AMENDMENT_DRAFT + " uploaded since "
                        + since + ": upload it first.");
            }
            Instant closes = programmeClock.fromNow(policy.amendmentConsultation());
            amendments.consulting(amendment.id(), closes);
            return CONSULTATION_CLOSES_AT.asMap(Date.from(closes));
        });
    }

    @Bean
    TaskHandler approveAmendment() {
        return handler(APPROVE, (c, amendment) -> {
            Decision decision = c.decision(Decision.class);
            Amendment.Status status = switch (decision) {
                case APPROVE -> Amendment.Status.APPROVED;
                case REVISE -> Amendment.Status.DRAFTING;
                case REJECT -> Amendment.Status.REJECTED;
            };
            amendments.decided(amendment.id(), status, c.actor().username(), c.comment());
            audit.done(
                    c.actor().username(),
                    c.standard().id(),
                    switch (decision) {
                        case APPROVE -> AuditAction.APPROVE_AMENDMENT;
                        case REVISE -> AuditAction.REVISE_AMENDMENT;
                        case REJECT -> AuditAction.REJECT_AMENDMENT;
                    },
                    amendment.designation(),
                    c.comment());
            return Map.of();
        });
    }

    @Bean
    TaskHandler publishAmendment() {
        return handler(PUBLISH, (c, amendment) -> {
            LocalDate published = c.get(PUBLICATION_DATE);
            amendments.published(amendment.id(), published);
            audit.done(
                    c.actor().username(),
                    c.standard().id(),
                    AuditAction.PUBLISH_AMENDMENT,
                    amendment.designation(),
                    published.toString());
            return Map.of();
        });
    }

    private TaskHandler handler(
            String taskKey, BiFunction<TaskHandler.Completion, Amendment, Map<String, Object>> body) {
        return new TaskHandler() {
            @Override
            public String taskKey() {
                return taskKey;
            }

            @Override
            public Map<String, Object> complete(Completion completion) {
                Amendment amendment = amendments
                        .find(AMENDMENT_ID.from(completion.processVariables()))
                        .orElseThrow();
                return body.apply(completion, amendment);
            }
        };
    }
}
