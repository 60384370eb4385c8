package org.stdtrack.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.EngineTimers;
import org.stdtrack.engine.ProcessMessage;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.LifecycleEvent;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskHandler;

/**
 * Duplication claims (ANSI's practice, issue 33): while a proposal is publicly commented — approved, its comment
 * period's timer still pending — anyone signed in may claim that it duplicates an existing standard; the
 * committee's secretariat answers each ({@code NOT_A_DUPLICATE} with its reasons, {@code MERGE}, {@code
 * WITHDRAW}). The lifecycle's gate after the period ({@code ${duplicationClaims}}) waits for the last answer; a
 * withdrawal ends the item as a rejected proposal. The claimant is told the answer.
 */
@Component("duplicationClaims")
public class DuplicationClaims {

    /** The claims one person may file on one proposal: enough for every standard it may duplicate, no flood. */
    static final int MAX_CLAIMS_PER_CLAIMANT = 5;

    /** The message the lifecycle's gate waits for, named as the event that waits for it. */
    static final String ANSWERED_MESSAGE = LifecycleEvent.DUPLICATION_CLAIMS_ANSWERED.id();

    public enum Deliberation {
        NOT_A_DUPLICATE,
        MERGE,
        WITHDRAW
    }

    public record ClaimRequest(
            Long existingStandard,
            @Size(max = 120) String existingNumber,
            @NotBlank @Size(max = 2000) String reason) {}

    public record AnswerRequest(
            @NotNull Deliberation deliberation,
            @NotBlank @Size(max = 2000) String reason) {}

    public record Claim(
            long id,
            long standardId,
            String claimant,
            Long existingStandard,
            String existingNumber,
            String reason,
            Instant filedAt,
            Deliberation deliberation,
            String answer,
            Instant answeredAt,
            String answeredBy) {}

    private final DuplicationClaimRepository repository;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final EngineTimers timers;
    private final Processes processes;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final ApplicationEventPublisher events;

    DuplicationClaims(
            DuplicationClaimRepository repository,
            StandardRepository standards,
            StandardAccess access,
            EngineTimers timers,
            Processes processes,
            AuditTrail audit,
            ProgrammeClock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.standards = standards;
        this.access = access;
        this.timers = timers;
        this.processes = processes;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the proposal is in its public comment period: approved, the period's timer still to fire. */
    public boolean inCommentPeriod(Standard s) {
        if (s.stage() != Stage.PROPOSAL || s.planNumber() == null || s.processInstanceId() == null) {
            return false;
        }
        var timer = timers.soonest(List.of(s.processInstanceId())).get(s.processInstanceId());
        return timer != null && LifecycleEvent.PROPOSAL_COMMENT_PERIOD_ENDED.is(timer.event());
    }

    /**
     * A claim by anyone signed in while the proposal is publicly commented (the proposal is public then); 404 for
     * a standard they may not see otherwise, 409 for one they see outside its period.
     */
    @Transactional
    public Claim file(AppUser user, long standardId, ClaimRequest r) {
        standards.lock(standardId);
        Standard s = standards.find(standardId).orElse(null);
        boolean open = s != null && inCommentPeriod(s);
        if (s == null || (!open && !access.canSee(user, s))) {
            throw ApiException.notFound("There is no standard " + standardId + ".")
                    .withText("problem.duplication.none", standardId);
        }
        if (!open) {
            throw ApiException.conflict("Duplication claims are filed while the approved proposal is publicly"
                            + " commented; standard " + standardId + " is not.")
                    .withText("problem.duplication.notOpen");
        }
        if (repository.count(standardId, "claimant = ?", user.username()) >= MAX_CLAIMS_PER_CLAIMANT) {
            throw ApiException.conflict("One person files at most " + MAX_CLAIMS_PER_CLAIMANT
                            + " duplication claims on a proposal.")
                    .withText("problem.duplication.tooMany", MAX_CLAIMS_PER_CLAIMANT);
        }
        boolean tracked = r.existingStandard() != null;
        if (tracked == (r.existingNumber() != null && !r.existingNumber().isBlank())) {
            throw ApiException.invalid("existingStandard", "Name the existing standard: a tracked one or a number.")
                    .withText("problem.duplication.existing");
        }
        if (tracked
                && (r.existingStandard() == standardId
                        || standards.find(r.existingStandard()).isEmpty())) {
            throw ApiException.invalid("existingStandard", "There is no other standard " + r.existingStandard() + ".")
                    .withText("problem.duplication.noExisting", r.existingStandard());
        }
        long id = repository.insert(
                standardId,
                user.username(),
                r.existingStandard(),
                tracked ? null : r.existingNumber().strip(),
                r.reason().strip(),
                clock.now());
        audit.done(user.username(), standardId, AuditAction.FILE_DUPLICATION_CLAIM, String.valueOf(id), r.reason());
        return claim(standardId, id);
    }

    /** The committee's secretariat (and administrators) answer the claims. */
    public boolean mayAnswer(AppUser user, Standard s) {
        return user.isAdmin() || user.has(Role.SECRETARIAT, s.committee());
    }

    /** The committee's answer, by its secretariat, once; the last answer (or a withdrawal) moves the item on. */
    @Transactional
    public Claim answer(AppUser user, long standardId, long claimId, AnswerRequest r) {
        Standard s = access.findLocked(user, standardId);
        if (!mayAnswer(user, s)) {
            throw ApiException.forbidden("The secretariat of " + s.committee() + " answers duplication claims.")
                    .withText("problem.duplication.answeredBy", s.committee());
        }
        Claim claim = claim(standardId, claimId);
        if (claim.deliberation() != null) {
            throw ApiException.conflict("The claim was answered already.").withText("problem.duplication.answered");
        }
        repository.answer(claimId, r.deliberation(), r.reason().strip(), clock.now(), user.username());
        audit.done(
                user.username(),
                standardId,
                AuditAction.ANSWER_DUPLICATION_CLAIM,
                String.valueOf(claimId),
                r.deliberation() + ": " + r.reason());
        events.publishEvent(new DuplicationClaimAnswered(
                standardId, claimId, claim.claimant(), r.deliberation().name()));
        boolean settled = r.deliberation() == Deliberation.WITHDRAW || unanswered(standardId) == 0;
        if (settled
                && s.processInstanceId() != null
                && processes.activeActivities(s.processInstanceId()).contains(ANSWERED_MESSAGE)) {
            processes.correlate(ProcessMessage.named(ANSWERED_MESSAGE, s.processInstanceId()));
        }
        return claim(standardId, claimId);
    }

    /** The standard's claims, for whoever may see it (and, while the proposal is public, anyone signed in). */
    public List<Claim> of(AppUser user, long standardId) {
        Standard s = standards.find(standardId).orElse(null);
        if (s == null || (!access.canSee(user, s) && !inCommentPeriod(s))) {
            throw ApiException.notFound("There is no standard " + standardId + ".")
                    .withText("problem.duplication.none", standardId);
        }
        return repository.of(standardId);
    }

    /** The gate's question: a claim still unanswered. */
    public boolean unanswered(DelegateExecution execution) {
        return unanswered(TaskHandler.STANDARD_ID.from(execution)) > 0;
    }

    /** The gate's other question: a claim answered with the item's withdrawal. */
    public boolean withdrawn(DelegateExecution execution) {
        return repository.count(TaskHandler.STANDARD_ID.from(execution), "deliberation = 'WITHDRAW'") > 0;
    }

    long unanswered(long standardId) {
        return repository.count(standardId, "deliberation is null");
    }

    private Claim claim(long standardId, long claimId) {
        return repository.of(standardId).stream()
                .filter(c -> c.id() == claimId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Standard " + standardId + " has no claim " + claimId + ".")
                        .withText("problem.duplication.noClaim", claimId));
    }
}
