package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.CANCELLATION_MESSAGE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.CANCELLED_BY;
import static org.stdtrack.lifecycle.StandardLifecycleModel.COMMENT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.COMPETENT_DEPARTMENT_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.REVIEW_BATCH_MESSAGE;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.engine.ProcessMessage;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.periodicreview.ReviewBatchSubmitted;
import org.stdtrack.plan.PlanChangeApproved;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.standard.StageChanged;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPlan;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardRepository.NewStandard;
import org.stdtrack.standard.Track;
import org.stdtrack.standardsystem.SystemTables;

/**
 * Registering standards (each gets its own lifecycle process) and cancelling them; moving their processes on
 * when the plan takes effect, a plan change is approved or a review batch is submitted.
 */
@Service
public class Lifecycle {

    /** The code of a proposal approved to proceed: its plan is in effect. */
    static final String PLAN_TAKES_EFFECT = "10.99";

    private final StandardRepository standards;

    private final StandardPlan standardPlan;
    private final StandardAccess access;
    private final ReferenceData referenceData;
    private final Processes processes;
    private final LifecycleInstances instances;
    private final EngineCalls engine;
    private final AuditTrail audit;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final TrackRules tracks;
    private final SystemTables systemTables;

    Lifecycle(
            StandardRepository standards,
            StandardAccess access,
            ReferenceData referenceData,
            Processes processes,
            LifecycleInstances instances,
            EngineCalls engine,
            AuditTrail audit,
            Policy policy,
            ProgrammeClock clock,
            TrackRules tracks,
            StandardPlan standardPlan,
            SystemTables systemTables) {
        this.systemTables = systemTables;
        this.standardPlan = standardPlan;
        this.tracks = tracks;
        this.audit = audit;
        this.instances = instances;
        this.standards = standards;
        this.access = access;
        this.referenceData = referenceData;
        this.processes = processes;
        this.engine = engine;
        this.policy = policy;
        this.clock = clock;
    }

    /** Registers a new work item in PRELIMINARY; its secretariat receives the submitProposal task. */
    @Transactional
    public Standard register(NewStandard request, AppUser user) {
        Committee committee = referenceData
                .committee(request.committee())
                .orElseThrow(
                        () -> ApiException.invalid("committee", "No committee with code '" + request.committee() + "'.")
                                .withText("problem.noCommittee", request.committee()));
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT, committee.code())) {
            throw ApiException.forbidden("Only the secretariat of " + committee.code()
                            + " or an administrator registers its standards.")
                    .withText("problem.register.secretariatOnly", committee.code());
        }
        if (referenceData.programme(request.programme()).isEmpty()) {
            throw ApiException.invalid("programme", "No programme with code '" + request.programme() + "'.")
                    .withText("problem.noProgramme", request.programme());
        }
        if (!referenceData.domainExists(request.domain())) {
            throw ApiException.invalid("domain", "No domain with code '" + request.domain() + "'.")
                    .withText("problem.noDomain", request.domain());
        }
        if (!referenceData.takesNewStandards(request.domain())) {
            throw ApiException.invalid(
                            "domain", "Domain '" + request.domain() + "' is retired and takes no new standards.")
                    .withText("problem.register.domainRetired", request.domain());
        }
        if (request.leadOrganisation() != null && !referenceData.organisationExists(request.leadOrganisation())) {
            throw ApiException.invalid(
                            "leadOrganisation", "No organisation with code '" + request.leadOrganisation() + "'.")
                    .withText("problem.noOrganisation", request.leadOrganisation());
        }
        boolean nationalCommittee = committee.level() == Committee.Level.NATIONAL;
        if (request.type().isNational() != nationalCommittee) {
            throw ApiException.invalid(
                            "type",
                            "A " + request.type() + " standard cannot be developed by the "
                                    + committee.level().name().toLowerCase() + " committee " + committee.code() + ".")
                    .withText("problem.register.typeAndCommittee", request.type(), committee.code());
        }
        NewStandard settled = tracks.settled(request, user);
        // Without a number a standard is known by its committee and title (the database holds it to that).
        standards
                .findUnnumbered(settled.programme(), settled.committee(), settled.title())
                .ifPresent(other -> {
                    throw ApiException.conflict("Standard " + other.id() + " of " + other.committee()
                                    + " already has this title and no plan number yet: continue that one, or give this one"
                                    + " another title.")
                            .withText("problem.register.sameTitle", other.id());
                });
        long id = standards.insert(settled, clock.now(), user.username());
        instances.start(standards.find(id).orElseThrow(), user);
        audit.done(user.username(), id, AuditAction.REGISTER, settled.track().name(), request.title());
        return standards.find(id).orElseThrow();
    }

    /**
     * Registers the standard and, where the registration names one, fills that row of the programme's system
     * table with it, in one transaction: a row that cannot take it refuses the registration.
     */
    @Transactional
    public Standard register(NewStandard request, Long systemRow, AppUser user) {
        Standard standard = register(request, user);
        if (systemRow != null) {
            systemTables.fill(user, systemRow, standard);
        }
        return standard;
    }

    /**
     * Periodic review decided to revise (by the approving body): a new project of the committee, linked to the
     * standard in force, on the revision fast track; it is proposed and gets its own plan number like any project.
     */
    void registerRevision(Standard original, AppUser user) {
        var request = new NewStandard(
                original.programme(),
                original.title(),
                original.titleZh(),
                original.type(),
                original.domain(),
                original.committee(),
                original.leadOrganisation(),
                original.internationalReference(),
                original.internationalDegree(),
                original.id(),
                Track.REVISION,
                null,
                null);
        long id = standards.insert(request, clock.now(), user.username());
        instances.startForCommittee(standards.find(id).orElseThrow());
        audit.done(
                user.username(),
                id,
                AuditAction.REGISTER_REVISION,
                String.valueOf(original.id()),
                "Revision of standard " + original.id());
    }

    /**
     * Ends development for good with a reason; possible only before publication, and only before the plan is
     * issued: a planned project ends by an approved termination (a plan change), not by its secretariat alone.
     */
    @Transactional
    public Standard cancel(long id, String reason, AppUser user) {
        standards.lock(id);
        Standard standard = access.find(user, id);
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden("Only the secretariat of " + standard.committee()
                            + " or an administrator cancels its standards.")
                    .withText("problem.cancel.secretariatOnly", standard.committee());
        }
        if (standard.stage().isPublished() || standard.stage().isClosed()) {
            throw ApiException.conflict("Standard " + id + " is " + standard.stage()
                            + "; only a standard not yet published can be cancelled.")
                    .withText("problem.cancel.published", standard.stage());
        }
        if (standard.developmentStartedAt() != null) {
            throw ApiException.conflict("Standard " + id + " is in the plan"
                            + (standard.planNumber() == null ? "" : " (" + standard.planNumber() + ")")
                            + ": it is no longer cancelled by its secretariat; request its termination with POST /api/standards/"
                            + id
                            + "/plan-changes {\"kind\": \"TERMINATION\", \"reason\": …}, which SAC or MIIT decides.")
                    .withText("problem.cancel.inPlan");
        }
        engine.as(
                user,
                () -> processes.correlate(ProcessMessage.named(CANCELLATION_MESSAGE, standard.processInstanceId())
                        .with(COMMENT, reason)));
        audit.done(user.username(), id, AuditAction.CANCEL, null, reason);
        return standards.find(id).orElseThrow();
    }

    /**
     * The plan takes effect when its proposal is approved to proceed (10.99), at the end of the proposal's
     * public comment period: the development clock starts then, with the limit for the standard's type. (A
     * process started on an earlier model, whose comment period came before the approval, gets there right
     * after the approval, as it did.)
     */
    @EventListener
    void on(StageChanged changed) {
        if (PLAN_TAKES_EFFECT.equals(changed.code())) {
            Standard standard = standards.find(changed.standardId()).orElseThrow();
            Instant now = clock.now();
            standardPlan.startDevelopment(
                    standard.id(),
                    standard.planNumber(),
                    now,
                    clock.after(now, policy.developmentLimit(standard.type(), standard.track())));
        }
    }

    /**
     * A committee's review batch was submitted: each standard's process moves on from its proposed conclusion,
     * to the competent department named by the submission or straight to the approving body.
     */
    @EventListener
    void on(ReviewBatchSubmitted submitted) {
        String department = EngineGroups.competentDepartment(submitted.department());
        for (long id : submitted.standardIds()) {
            Standard standard = standards.find(id).orElseThrow();
            engine.asApplication(
                    () -> processes.correlate(ProcessMessage.named(REVIEW_BATCH_MESSAGE, standard.processInstanceId())
                            .with(COMPETENT_DEPARTMENT_GROUP, department)));
        }
    }

    /**
     * An approved plan change: a termination abandons development (.98, by the approver, with the request's
     * reason); a new committee takes over the standard's process, its open tasks and its instance's rights.
     */
    @EventListener
    void on(PlanChangeApproved approved) {
        Standard standard = standards.find(approved.standardId()).orElseThrow();
        PlanChange change = approved.change();
        if (change.kind() == PlanChange.Kind.TERMINATION) {
            engine.asApplication(
                    () -> processes.correlate(ProcessMessage.named(CANCELLATION_MESSAGE, standard.processInstanceId())
                            .with(COMMENT, "Terminated: " + change.reason())
                            .with(CANCELLED_BY, approved.decidedBy())));
        } else if (change.newCommittee() != null) {
            instances.moveToCommittee(standard, approved.previousCommittee());
        }
    }
}
