package org.stdtrack.periodicreview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.periodicreview.ReviewConclusion.Outcome;
import org.stdtrack.periodicreview.ReviewConclusion.Status;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.LifecycleDecisions.Endorsement;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;

/**
 * The periodic review's conclusions and their yearly batches. The lifecycle's tasks record each step of a
 * conclusion here (proposed, endorsed or returned, decided); the secretariat submits a batch, and the
 * department and the approving body may work all of a batch's tasks at once, each completion checked and
 * applied as if worked on its own, the whole batch in one transaction (a refusal of any writes nothing).
 * A batch is the committee's working material: its members and the programme-wide roles read it.
 */
@Service
public class ReviewConclusions {

    /** The lifecycle's tasks a conclusion passes through. */
    static final String PROPOSE_TASK = LifecycleTask.PERIODIC_REVIEW.id();

    static final String ENDORSE_TASK = LifecycleTask.ENDORSE_REVIEW_CONCLUSION.id();
    static final String DECIDE_TASK = LifecycleTask.DECIDE_REVIEW_CONCLUSION.id();

    public record ReviewBatch(
            String committee,
            int year,
            List<ReviewConclusion> conclusions,
            List<AwaitingConclusion> awaitingConclusion) {}

    /** The approving body's decision on one conclusion of the batch, with its reason where it is not CONFIRM. */
    public record ReviewDecision(
            @NotNull Long standardId,
            @NotNull Outcome outcome,
            @Size(max = 10_000) String comment) {}

    public record ReviewBatchDecision(
            @NotEmpty @Size(max = 500) List<@Valid @NotNull ReviewDecision> decisions) {}

    private final ReviewConclusionRepository conclusions;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final StandardAccess access;
    /** Lazy: the worklist's task handlers include this room's; a batch's tasks are completed through it. */
    private final Worklist worklist;

    private final ProgrammeClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ReviewConclusions(
            ReviewConclusionRepository conclusions,
            ReferenceData referenceData,
            StandardRepository standards,
            StandardAccess access,
            @Lazy Worklist worklist,
            ProgrammeClock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.conclusions = conclusions;
        this.referenceData = referenceData;
        this.standards = standards;
        this.access = access;
        this.worklist = worklist;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
    }

    // ---- the lifecycle's tasks record each step ---------------------------------------------------

    /** The secretariat's proposal, in this year's batch (a returned one stays in the batch it came from). */
    public void propose(Standard standard, AppUser by, Outcome outcome, String reason) {
        var returned = conclusions.open(standard.id());
        if (returned.isPresent()) {
            conclusions.proposeAgain(returned.get().id(), outcome, reason, by.username(), clock.now());
        } else {
            conclusions.insert(
                    standard.id(),
                    standard.committee(),
                    clock.today().getYear(),
                    outcome,
                    reason,
                    by.username(),
                    clock.now());
        }
    }

    public void endorsed(Standard standard, AppUser by) {
        conclusions.endorsed(underWay(standard).id(), by.username(), clock.now());
    }

    public void returned(Standard standard, AppUser by, String reason) {
        conclusions.returned(underWay(standard).id(), by.username(), reason);
    }

    public void decided(Standard standard, AppUser by, Outcome outcome, String comment) {
        conclusions.decided(underWay(standard).id(), outcome, by.username(), clock.now(), comment);
    }

    /** The standard's conclusion on its way (proposed, submitted or returned): what its pages show. */
    public Optional<ReviewConclusion> onItsWay(long standardId) {
        return conclusions.open(standardId);
    }

    private ReviewConclusion underWay(Standard standard) {
        return conclusions
                .open(standard.id())
                .orElseThrow(() -> new IllegalStateException("standard " + standard.id() + " has no conclusion"));
    }

    // ---- the batch ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ReviewBatch batch(AppUser user, String committee, int year) {
        readable(user, committee);
        return new ReviewBatch(
                committee,
                year,
                conclusions.batch(committee, year),
                year == clock.today().getYear() ? conclusions.awaiting(committee) : List.of());
    }

    /**
     * The secretariat sends the batch's proposed conclusions on: to the committee's competent department, as
     * the committee's settings now say, or straight to the approving body.
     */
    public ReviewBatch submit(AppUser user, String committeeCode, int year) {
        return command(
                user,
                AuditAction.SUBMIT_REVIEW_BATCH,
                committeeCode,
                year,
                () -> submitBatch(user, committeeCode, year));
    }

    private ReviewBatch submitBatch(AppUser user, String committeeCode, int year) {
        Committee committee = readable(user, committeeCode);
        if (!user.has(Role.SECRETARIAT, committeeCode)) {
            throw ApiException.forbidden("Only the secretariat of " + committeeCode + " submits its review batch.");
        }
        List<Long> proposed = conclusions.batch(committeeCode, year).stream()
                .filter(c -> c.status() == Status.PROPOSED)
                .map(ReviewConclusion::standardId)
                .sorted()
                .toList();
        proposed.forEach(standards::lock);
        // Read again under the standards' locks: a concurrent submission has sent what it found.
        List<ReviewConclusion> toSubmit = conclusions.batch(committeeCode, year).stream()
                .filter(c -> c.status() == Status.PROPOSED)
                .toList();
        if (toSubmit.isEmpty()) {
            throw ApiException.conflict("The " + year + " review batch of " + committeeCode
                    + " has no proposed conclusion to submit: the secretariat proposes one in each standard's "
                    + PROPOSE_TASK + " task first.");
        }
        Status next = committee.competentDepartment() == null ? Status.WITH_APPROVER : Status.WITH_DEPARTMENT;
        for (ReviewConclusion conclusion : toSubmit) {
            conclusions.submitted(conclusion.id(), next, user.username(), clock.now());
            audit.done(
                    user.username(),
                    conclusion.standardId(),
                    AuditAction.SUBMIT_REVIEW_CONCLUSION,
                    committeeCode + " " + year,
                    conclusion.proposed().name());
        }
        events.publishEvent(new ReviewBatchSubmitted(
                committeeCode,
                year,
                toSubmit.stream().map(ReviewConclusion::standardId).toList(),
                committee.competentDepartment()));
        return batch(user, committeeCode, year);
    }

    /** The competent department endorses every conclusion of the batch awaiting it, each through its task. */
    public ReviewBatch endorse(AppUser user, String committeeCode, int year) {
        return command(
                user,
                AuditAction.ENDORSE_REVIEW_BATCH,
                committeeCode,
                year,
                () -> endorseBatch(user, committeeCode, year));
    }

    private ReviewBatch endorseBatch(AppUser user, String committeeCode, int year) {
        Committee committee = readable(user, committeeCode);
        String department = EngineGroups.competentDepartment(committee.competentDepartment());
        if (department == null) {
            throw ApiException.conflict(committeeCode + " has no competent department: its review conclusions go"
                    + " straight to the approving body.");
        }
        if (!user.engineGroups().contains(department)) {
            throw ApiException.forbidden("The competent department of " + committeeCode + " ("
                    + committee.competentDepartment() + ") endorses its review conclusions.");
        }
        List<ReviewConclusion> awaiting = awaitingEndorsement(committeeCode, year);
        Map<Long, TaskView> tasks = offered(user, awaiting, ENDORSE_TASK);
        for (ReviewConclusion conclusion : awaiting) {
            worklist.completeWithin(
                    user, tasks.get(conclusion.standardId()).id(), Map.of("outcome", Endorsement.ENDORSE.name()));
        }
        return batch(user, committeeCode, year);
    }

    /**
     * The approving body decides the listed conclusions of the batch, each through its task (a reason for
     * anything but CONFIRM, as on the task's form).
     */
    public ReviewBatch decide(AppUser user, String committeeCode, int year, ReviewBatchDecision batchDecision) {
        return command(
                user,
                AuditAction.DECIDE_REVIEW_BATCH,
                committeeCode,
                year,
                () -> decideBatch(user, committeeCode, year, batchDecision));
    }

    private ReviewBatch decideBatch(AppUser user, String committeeCode, int year, ReviewBatchDecision batchDecision) {
        Committee committee = readable(user, committeeCode);
        if (!user.engineGroups().contains(EngineGroups.approvingBody(committee.level() == Committee.Level.NATIONAL))) {
            throw ApiException.forbidden(
                    "The approving body of " + committeeCode + "'s standards decides its review conclusions.");
        }
        Map<Long, ReviewConclusion> awaiting = conclusions.batch(committeeCode, year).stream()
                .filter(c -> c.status() == Status.WITH_APPROVER)
                .collect(Collectors.toMap(ReviewConclusion::standardId, Function.identity()));
        List<ReviewConclusion> decided = new ArrayList<>();
        for (int i = 0; i < batchDecision.decisions().size(); i++) {
            ReviewConclusion conclusion =
                    awaiting.get(batchDecision.decisions().get(i).standardId());
            if (conclusion == null) {
                throw ApiException.invalid(
                        "decisions[" + i + "].standardId",
                        "Standard " + batchDecision.decisions().get(i).standardId() + " has no conclusion awaiting"
                                + " a decision in the " + year + " review batch of " + committeeCode + ".");
            }
            if (decided.contains(conclusion)) {
                throw ApiException.invalid(
                        "decisions[" + i + "].standardId",
                        "Standard " + conclusion.standardId() + " is decided twice.");
            }
            decided.add(conclusion);
        }
        Map<Long, TaskView> tasks = offered(user, decided, DECIDE_TASK);
        for (int i = 0; i < batchDecision.decisions().size(); i++) {
            ReviewDecision decision = batchDecision.decisions().get(i);
            Map<String, Object> body = new HashMap<>();
            body.put("outcome", decision.outcome().name());
            if (decision.comment() != null) {
                body.put("comment", decision.comment());
            }
            try {
                worklist.completeWithin(user, tasks.get(decision.standardId()).id(), body);
            } catch (ApiException refused) {
                if (refused.field() == null) {
                    throw refused;
                }
                // The task form's own rule, named where the batch's request says it.
                throw ApiException.invalid(
                        "decisions[" + i + "]." + refused.field(),
                        "Standard " + decision.standardId() + ": " + refused.getMessage());
            }
        }
        return batch(user, committeeCode, year);
    }

    /**
     * One batch command in one transaction; a refusal is recorded in the audit trail once that transaction has
     * rolled back (its locks on the batch's standards released).
     */
    private ReviewBatch command(
            AppUser user, AuditAction action, String committee, int year, Supplier<ReviewBatch> command) {
        try {
            return transactions.execute(status -> command.get());
        } catch (ApiException refused) {
            audit.refused(user.username(), null, action, committee + " " + year, refused);
            throw refused;
        }
    }

    /** What the user may do with the batch now, for its page: the API refuses everyone else alike. */
    public Set<BatchAction> actions(AppUser user, ReviewBatch batch) {
        Set<BatchAction> actions = EnumSet.noneOf(BatchAction.class);
        if (user.has(Role.SECRETARIAT, batch.committee())
                && batch.conclusions().stream().anyMatch(c -> c.status() == Status.PROPOSED)) {
            actions.add(BatchAction.SUBMIT);
        }
        Set<String> offered = worklist.mine(user, null).stream()
                .map(t -> t.key() + ":" + t.standardId())
                .collect(Collectors.toSet());
        for (ReviewConclusion c : batch.conclusions()) {
            if (offered.contains(ENDORSE_TASK + ":" + c.standardId()) && c.status() == Status.WITH_DEPARTMENT) {
                actions.add(BatchAction.ENDORSE);
            }
            if (offered.contains(DECIDE_TASK + ":" + c.standardId()) && c.status() == Status.WITH_APPROVER) {
                actions.add(BatchAction.DECIDE);
            }
        }
        return actions;
    }

    public enum BatchAction {
        SUBMIT,
        ENDORSE,
        DECIDE
    }

    private List<ReviewConclusion> awaitingEndorsement(String committee, int year) {
        List<ReviewConclusion> awaiting = conclusions.batch(committee, year).stream()
                .filter(c -> c.status() == Status.WITH_DEPARTMENT)
                .toList();
        if (awaiting.isEmpty()) {
            throw ApiException.conflict(
                    "No conclusion of the " + year + " review batch of " + committee + " awaits endorsement.");
        }
        return awaiting;
    }

    /** Each conclusion's task, offered to the user; 403 when one is not (another body's, or not theirs). */
    private Map<Long, TaskView> offered(AppUser user, List<ReviewConclusion> awaiting, String taskKey) {
        Map<Long, TaskView> tasks = new HashMap<>();
        for (ReviewConclusion conclusion : awaiting) {
            TaskView task = worklist.mine(user, conclusion.standardId()).stream()
                    .filter(t -> t.key().equals(taskKey))
                    .findFirst()
                    .orElseThrow(() -> ApiException.forbidden("The " + taskKey + " task of standard "
                            + conclusion.standardId() + " is not yours to work."));
            tasks.put(conclusion.standardId(), task);
        }
        return tasks;
    }

    /** The committee, when the user reads its working material; 404 otherwise, as for an unknown committee. */
    private Committee readable(AppUser user, String committee) {
        return referenceData
                .committee(committee)
                .filter(c -> access.readsWorkingMaterial(user, c.code()))
                .orElseThrow(() -> ApiException.notFound("There is no committee " + committee + "."));
    }
}
