package org.stdtrack.amendment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.consultation.Comment;
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

    /** A comment that reached the secretariat during the amendment's consultation, and how. */
    public record NewAmendmentComment(
            @NotBlank @Size(max = 300) String organisation,
            @NotNull Comment.Channel channel,
            @NotBlank @Size(max = 10_000) String text) {}

    public record AmendmentComment(
            String organisation, Comment.Channel channel, String text, String recordedBy, Instant recordedAt) {}

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

    /** Whether the user records comments on the standard's amendments in consultation: its secretariat. */
    public boolean mayRecordComments(AppUser user, Standard standard) {
        return user.has(Role.SECRETARIAT, standard.committee());
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

    public List<AmendmentComment> comments(AppUser user, long standardId, int sequence) {
        return amendments.comments(find(access.findWorkingMaterial(user, standardId, "amendments' comments"), sequence)
                .id());
    }

    /** The secretariat records a comment while the amendment's consultation is open. */
    @Transactional
    public AmendmentComment recordComment(AppUser user, long standardId, int sequence, NewAmendmentComment body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                    "The secretariat of " + standard.committee() + " records the comments on its amendments.");
        }
        if (body.channel() == Comment.Channel.ACCOUNT) {
            throw ApiException.invalid("channel", "A recorded comment came by PLATFORM, LETTER, EMAIL or MEETING.");
        }
        Amendment amendment = find(standard, sequence);
        Instant now = clock.instant();
        if (amendment.status() != Amendment.Status.CONSULTATION || !now.isBefore(amendment.consultationClosesAt())) {
            throw ApiException.conflict(amendment.designation() + " of standard " + standardId + " is "
                    + amendment.status()
                    + (amendment.consultationClosesAt() == null
                            ? ""
                            : "; its consultation closes at " + amendment.consultationClosesAt())
                    + ": comments are recorded while it is open.");
        }
        amendments.insertComment(amendment.id(), body, user.username(), now);
        audit.done(
                user.username(),
                standardId,
                AuditAction.RECORD_AMENDMENT_COMMENT,
                amendment.designation(),
                body.channel() + " from " + body.organisation().strip());
        List<AmendmentComment> recorded = amendments.comments(amendment.id());
        return recorded.get(recorded.size() - 1);
    }

    private Amendment find(Standard standard, int sequence) {
        return amendments
                .find(standard.id(), sequence)
                .orElseThrow(() ->
                        ApiException.notFound("Standard " + standard.id() + " has no amendment XG" + sequence + "."));
    }

    @Transactional
    public Amendment register(AppUser user, long standardId, NewAmendment body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden("The secretariat of " + standard.committee() + " amends its standards.");
        }
        return registered(standard, body.reason(), user);
    }

    /**
     * A periodic review's decision to amend the standard, by its approving body: registered for the committee,
     * with the decision's reason, under the same limits.
     */
    public Amendment registerDecided(Standard standard, String reason, AppUser decidedBy) {
        return registered(standard, reason, decidedBy);
    }

    private Amendment registered(Standard standard, String reason, AppUser user) {
        long standardId = standard.id();
        if (!isAmendable(standard)) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                    + ": only a published standard in force is amended.");
        }
        if (counted(standardId) >= policy.maxAmendments()) {
            throw ApiException.conflict("Standard " + standardId + " has " + policy.maxAmendments()
                    + " amendments already, as many as a standard takes: revise it instead.");
        }
        int sequence = amendments.of(standardId).size() + 1;
        long id = amendments.insert(standardId, sequence, reason.strip(), user.username(), clock.instant());
        amendments.started(id, model.start(standard, id));
        Amendment registered = amendments.find(id).orElseThrow();
        audit.done(
                user.username(),
                standardId,
                AuditAction.REGISTER_AMENDMENT,
                registered.designation(),
                registered.reason());
        return registered;
    }
}
