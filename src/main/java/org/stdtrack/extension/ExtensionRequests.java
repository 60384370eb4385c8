package org.stdtrack.extension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.DevelopmentExtension;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A secretariat's request for more development time, checked against the national rule: while the standard
 * is being developed and not yet submitted for approval, at least the notice period before the current due
 * date, at most the policy's maximum beyond it, one open request at a time.
 */
@Service
public class ExtensionRequests {

    private static final Set<Stage> EXTENDABLE =
            EnumSet.of(Stage.DRAFTING, Stage.CONSULTATION, Stage.TECHNICAL_REVIEW, Stage.APPROVAL);

    private final StandardAccess access;
    private final ExtensionRepository requests;
    private final DevelopmentExtensionModel model;
    private final ExtensionPolicy policy;
    private final ProgrammeClock calendar;
    private final Clock clock;
    private final AuditTrail audit;

    ExtensionRequests(
            StandardAccess access,
            ExtensionRepository requests,
            DevelopmentExtensionModel model,
            ExtensionPolicy policy,
            ProgrammeClock calendar,
            Clock clock,
            AuditTrail audit) {
        this.access = access;
        this.requests = requests;
        this.model = model;
        this.policy = policy;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** The request as the API and the page take it: the last day of the new limit, and why. */
    public record NewRequest(
            @NotNull LocalDate newDueDate,
            @NotBlank @Size(max = 10_000) String reason) {}

    @Transactional
    public DevelopmentExtension request(AppUser user, long standardId, NewRequest body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                    "Extensions are asked for by the secretariat of " + standard.committee() + ".");
        }
        if (!EXTENDABLE.contains(standard.stage())
                || standard.submittedForApprovalAt() != null
                || standard.developmentDueAt() == null) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                    + (standard.submittedForApprovalAt() != null ? " and submitted for approval" : "")
                    + ": the development clock is extended only from DRAFTING to APPROVAL, before submission.");
        }
        Instant due = standard.developmentDueAt();
        LocalDate dueDay = LocalDate.ofInstant(due, calendar.zone());
        LocalDate lastDayToAsk = dueDay.minus(policy.extensionNotice());
        if (calendar.today().isAfter(lastDayToAsk)) {
            throw ApiException.conflict("An extension must be asked for at least " + policy.extensionNotice()
                    + " before the development due date (" + dueDay + "): the last day to ask was " + lastDayToAsk
                    + ".");
        }
        LocalDate furthest = dueDay.plus(policy.extensionMax());
        if (!body.newDueDate().isAfter(dueDay) || body.newDueDate().isAfter(furthest)) {
            throw ApiException.invalid(
                    "newDueDate",
                    "The new due date must be after the current one (" + dueDay + ") and at most "
                            + policy.extensionMax() + " beyond it (by " + furthest + ").");
        }
        // The new limit runs to the end of the day asked for.
        Instant newDue = calendar.startOf(body.newDueDate().plusDays(1));
        if (requests.open(standard.id()).isPresent()) {
            throw ApiException.conflict(
                    "Standard " + standardId + " already has an extension request awaiting a decision.");
        }
        long id = requests.insert(standard.id(), user.username(), clock.instant(), due, newDue, body.reason());
        requests.attachProcess(
                id,
                model.start(
                        standard.id(),
                        id,
                        standard.type().isNational() ? EngineGroups.APPROVER_SAC : EngineGroups.APPROVER_MIIT));
        audit.done(user.username(), standard.id(), "REQUEST_EXTENSION", String.valueOf(id), "to " + body.newDueDate());
        return requests.find(id).orElseThrow();
    }
}
