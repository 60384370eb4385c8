package org.stdtrack.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.standard.PlanChange.Kind;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A secretariat's request to change a planned project (domain reference, section 3): more time (under the
 * national rule's notice and maximum), another title, lead organisation or committee, or the project's
 * termination. Only once the plan is issued and while the standard is developed; one open request at a time;
 * SAC (national) or MIIT (sector) decides.
 */
@Service
public class PlanChangeRequests {

    private static final Set<Stage> EXTENDABLE =
            EnumSet.of(Stage.DRAFTING, Stage.CONSULTATION, Stage.TECHNICAL_REVIEW, Stage.APPROVAL);

    private final StandardAccess access;
    private final PlanChangeRepository requests;
    private final PlanChangeModel model;
    private final PlanPolicy policy;
    private final ReferenceData referenceData;
    private final ProgrammeClock calendar;
    private final Clock clock;
    private final AuditTrail audit;

    PlanChangeRequests(
            StandardAccess access,
            PlanChangeRepository requests,
            PlanChangeModel model,
            PlanPolicy policy,
            ReferenceData referenceData,
            ProgrammeClock calendar,
            Clock clock,
            AuditTrail audit) {
        this.access = access;
        this.requests = requests;
        this.model = model;
        this.policy = policy;
        this.referenceData = referenceData;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * A plan change as the API and the page take it: its kind and reason, and what the kind needs — the last
     * day of the new limit (EXTENSION), or the new title, Chinese title, lead organisation or committee
     * (CHANGE, at least one); TERMINATION needs nothing more.
     */
    public record NewPlanChange(
            @NotNull Kind kind,
            @NotBlank @Size(max = 10_000) String reason,
            LocalDate newDueDate,
            @OneLine @Size(max = 300) String title,
            @OneLine @Size(max = 300) String titleZh,
            @Size(max = 32) String leadOrganisation,
            @Size(max = 32) String committee) {}

    /** The extension request of the notifications issue: a plan change of kind EXTENSION. */
    public record NewRequest(
            @NotNull LocalDate newDueDate,
            @NotBlank @Size(max = 10_000) String reason) {}

    @Transactional
    public PlanChange requestExtension(AppUser user, long standardId, NewRequest body) {
        return request(
                user,
                standardId,
                new NewPlanChange(Kind.EXTENSION, body.reason(), body.newDueDate(), null, null, null, null));
    }

    @Transactional
    public PlanChange request(AppUser user, long standardId, NewPlanChange body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                            "Plan changes are asked for by the secretariat of " + standard.committee() + ".")
                    .withText("problem.plan.secretariatAsks", standard.committee());
        }
        if (standard.developmentStartedAt() == null || !standard.stage().isInDevelopment()) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                            + (standard.developmentStartedAt() == null ? " and not in the plan yet" : "")
                            + ": its plan is changed only once issued and while the standard is developed.")
                    .withText("problem.plan.notInPlan", standard.stage());
        }
        PlanChange asked = switch (body.kind()) {
            case EXTENSION -> extension(standard, body);
            case CHANGE -> change(standard, body);
            case TERMINATION -> termination(standard, body);
        };
        if (requests.open(standard.id()).isPresent()) {
            throw ApiException.conflict("Standard " + standardId + " already has a plan change awaiting a decision.")
                    .withText("problem.plan.alreadyAwaiting");
        }
        long id = requests.insert(standard.id(), user.username(), clock.instant(), asked);
        requests.attachProcess(id, model.start(standard.id(), id, standard.approvingBodyGroup()));
        audit.done(
                user.username(), standard.id(), AuditAction.REQUEST_PLAN_CHANGE, String.valueOf(id), describe(asked));
        return requests.find(id).orElseThrow();
    }

    /** At least the notice period before the current due date, at most the policy's maximum beyond it. */
    private PlanChange extension(Standard standard, NewPlanChange body) {
        only(body, "newDueDate");
        if (body.newDueDate() == null) {
            throw ApiException.invalid("newDueDate", "An extension names the last day of the new limit.")
                    .withText("problem.plan.extensionDate");
        }
        if (!EXTENDABLE.contains(standard.stage())
                || standard.submittedForApprovalAt() != null
                || standard.developmentDueAt() == null) {
            throw ApiException.conflict("Standard " + standard.id() + " is " + standard.stage()
                            + (standard.submittedForApprovalAt() != null ? " and submitted for approval" : "")
                            + ": the development clock is extended only from DRAFTING to APPROVAL, before submission.")
                    .withText("problem.plan.notExtendable", standard.stage());
        }
        Instant due = standard.developmentDueAt();
        LocalDate dueDay = LocalDate.ofInstant(due, calendar.zone());
        LocalDate lastDayToAsk = dueDay.minus(policy.extensionNotice());
        if (calendar.today().isAfter(lastDayToAsk)) {
            throw ApiException.conflict("An extension must be asked for at least " + policy.extensionNotice()
                            + " before the development due date (" + dueDay + "): the last day to ask was "
                            + lastDayToAsk
                            + ".")
                    .withText("problem.plan.extensionTooLate", policy.extensionNotice(), dueDay, lastDayToAsk);
        }
        LocalDate furthest = dueDay.plus(policy.extensionMax());
        if (!body.newDueDate().isAfter(dueDay) || body.newDueDate().isAfter(furthest)) {
            throw ApiException.invalid(
                            "newDueDate",
                            "The new due date must be after the current one (" + dueDay + ") and at most "
                                    + policy.extensionMax() + " beyond it (by " + furthest + ").")
                    .withText("problem.plan.extensionRange", dueDay, policy.extensionMax(), furthest);
        }
        // The new limit runs to the end of the day asked for.
        Instant newDue = calendar.startOf(body.newDueDate().plusDays(1));
        return asked(Kind.EXTENSION, body.reason(), due, newDue, null, null, null, null);
    }

    /** A new title (either language), lead organisation or committee of the same level; at least one. */
    private PlanChange change(Standard standard, NewPlanChange body) {
        only(body, "title", "titleZh", "leadOrganisation", "committee");
        String title = changed(body.title(), standard.title());
        String titleZh = changed(body.titleZh(), standard.titleZh());
        String lead = changed(body.leadOrganisation(), standard.leadOrganisation());
        String committee = changed(body.committee(), standard.committee());
        if (title == null && titleZh == null && lead == null && committee == null) {
            throw ApiException.invalid(
                            "title",
                            "A change names a new title, titleZh, leadOrganisation or committee (at least one).")
                    .withText("problem.plan.changeNamesSomething");
        }
        if (lead != null && !referenceData.organisationExists(lead)) {
            throw ApiException.invalid("leadOrganisation", "No organisation with code '" + lead + "'.")
                    .withText("problem.noOrganisation", lead);
        }
        if (committee != null) {
            Committee to = referenceData
                    .committee(committee)
                    .orElseThrow(() -> ApiException.invalid("committee", "No committee with code '" + committee + "'.")
                            .withText("problem.noCommittee", committee));
            Committee from = referenceData.committee(standard.committee()).orElseThrow();
            if (to.level() != from.level()) {
                throw ApiException.invalid(
                                "committee",
                                "A " + standard.type() + " standard moves only to another "
                                        + from.level().name().toLowerCase() + " committee; " + committee + " is "
                                        + to.level().name().toLowerCase() + ".")
                        .withText("problem.plan.committeeLevel", committee);
            }
        }
        return asked(Kind.CHANGE, body.reason(), null, null, title, titleZh, lead, committee);
    }

    private PlanChange termination(Standard standard, NewPlanChange body) {
        only(body);
        return asked(Kind.TERMINATION, body.reason(), null, null, null, null, null, null);
    }

    /** A value asked for that differs from the current one; null when not asked for or unchanged. */
    private static String changed(String asked, String current) {
        String value = asked == null || asked.isBlank() ? null : asked.strip();
        return Objects.equals(value, current) ? null : value;
    }

    /** Refuses the fields this kind of change does not take, naming the first. */
    private static void only(NewPlanChange body, String... allowed) {
        Set<String> taken = Set.of(allowed);
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("newDueDate", body.newDueDate());
        given.put("title", body.title());
        given.put("titleZh", body.titleZh());
        given.put("leadOrganisation", body.leadOrganisation());
        given.put("committee", body.committee());
        given.forEach((field, value) -> {
            if (value != null && !(value instanceof String text && text.isBlank()) && !taken.contains(field)) {
                throw ApiException.invalid(field, "A plan change of kind " + body.kind() + " takes no '" + field + "'.")
                        .withText(
                                "problem.plan.fieldNotTaken",
                                new ApiException.Label(
                                        "planChangeKind." + body.kind().name()),
                                new ApiException.Label("field." + field));
            }
        });
    }

    private static PlanChange asked(
            Kind kind,
            String reason,
            Instant previousDue,
            Instant newDue,
            String title,
            String titleZh,
            String lead,
            String committee) {
        return new PlanChange(
                0,
                kind,
                null,
                null,
                previousDue,
                newDue,
                title,
                titleZh,
                lead,
                committee,
                reason.strip(),
                PlanChange.Status.OPEN,
                null,
                null,
                null);
    }

    private static String describe(PlanChange change) {
        return change.kind()
                + switch (change.kind()) {
                    case EXTENSION -> " to " + change.newDueAt();
                    case CHANGE ->
                        (change.newTitle() == null ? "" : ", title " + change.newTitle())
                                + (change.newTitleZh() == null ? "" : ", titleZh " + change.newTitleZh())
                                + (change.newLeadOrganisation() == null ? "" : ", lead " + change.newLeadOrganisation())
                                + (change.newCommittee() == null ? "" : ", committee " + change.newCommittee());
                    case TERMINATION -> "";
                }
                + ": " + change.reason();
    }
}
