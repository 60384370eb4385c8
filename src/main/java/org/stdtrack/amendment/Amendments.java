package org.stdtrack.amendment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A published standard's amendments: registered by its committee's secretariat, each then worked on its own
 * process, at most {@code stdtrack.policy.max-amendments} per standard (a rejected one does not count).
 */
@Service
public class Amendments {

    /** The drafting group's task that opens an amendment's consultation. */
    public static final String DRAFT_TASK = AmendmentModel.SUBMIT_DRAFT;

    public record NewAmendment(@NotBlank @Size(max = 2000) String reason) {}

    private final AmendmentRepository amendments;
    private final AmendmentModel model;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final AmendmentPolicy policy;
    private final Clock clock;

    Amendments(
            AmendmentRepository amendments,
            AmendmentModel model,
            StandardAccess access,
            AuditTrail audit,
            AmendmentPolicy policy,
            Clock clock) {
        this.amendments = amendments;
        this.model = model;
        this.access = access;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Whether the user registers an amendment of the standard now: its secretariat, while it is in force. */
    public boolean mayRegister(AppUser user, Standard standard) {
        return user.has(Role.SECRETARIAT, standard.committee())
                && isAmendable(standard)
                && counted(standard.id()) < policy.maxAmendments();
    }

    private static boolean isAmendable(Standard standard) {
        return standard.stage().isPublished() && standard.stage() != Stage.WITHDRAWN;
    }

    private long counted(long standardId) {
        return amendments.of(standardId).stream()
                .filter(a -> a.status() != Amendment.Status.REJECTED)
                .count();
    }

    public List<Amendment> of(AppUser user, long standardId) {
        return amendments.of(access.find(user, standardId).id());
    }

    public List<Amendment> of(Standard standard) {
        return amendments.of(standard.id());
    }

    @Transactional
    public Amendment register(AppUser user, long standardId, NewAmendment body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden("The secretariat of " + standard.committee() + " amends its standards.");
        }
        if (!isAmendable(standard)) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                    + ": only a published standard in force is amended.");
        }
        if (counted(standardId) >= policy.maxAmendments()) {
            throw ApiException.conflict("Standard " + standardId + " has " + policy.maxAmendments()
                    + " amendments already, as many as a standard takes: revise it instead.");
        }
        int sequence = amendments.of(standardId).size() + 1;
        long id = amendments.insert(standardId, sequence, body.reason().strip(), user.username(), clock.instant());
        amendments.started(id, model.start(standard, id));
        audit.done(
                user.username(),
                standardId,
                "REGISTER_AMENDMENT",
                "XG" + sequence,
                body.reason().strip());
        return amendments.find(id).orElseThrow();
    }
}
