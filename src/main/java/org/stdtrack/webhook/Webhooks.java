package org.stdtrack.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;

/**
 * Who keeps webhooks and how: administrators any, a programme manager hooks of a committee or of a programme
 * they manage; each owner reads and deletes their own (administrators every one) and sees each attempt.
 */
@Service
public class Webhooks {

    /** The hooks a list shows at most. */
    static final int MAX_LISTED = 500;

    /** The attempts a deliveries list shows at most, newest first. */
    static final int MAX_ATTEMPTS_LISTED = 500;

    public record WebhookRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 10) List<@NotNull WebhookEvent> events,
            @Size(max = 32) String committee,
            @Size(max = 32) String programme,
            @NotBlank @Size(min = 16, max = 200) String secret) {}

    private final WebhookRepository repository;
    private final WebhookAddresses addresses;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final ProgrammeClock clock;

    Webhooks(
            WebhookRepository repository,
            WebhookAddresses addresses,
            ReferenceData referenceData,
            AuditTrail audit,
            ProgrammeClock clock) {
        this.repository = repository;
        this.addresses = addresses;
        this.referenceData = referenceData;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Webhook register(AppUser user, WebhookRequest r) {
        if (!user.isAdmin() && !user.has(Role.PROGRAMME_MANAGER)) {
            throw ApiException.forbidden("Webhooks are kept by administrators and programme managers.")
                    .withText("problem.webhook.keptBy");
        }
        boolean byCommittee = r.committee() != null && !r.committee().isBlank();
        if (byCommittee == (r.programme() != null && !r.programme().isBlank())) {
            throw ApiException.invalid("committee", "A webhook is of a committee or of a programme, one of the two.")
                    .withText("problem.webhook.scope");
        }
        if (byCommittee && referenceData.committee(r.committee()).isEmpty()) {
            throw ApiException.invalid("committee", "No committee with code '" + r.committee() + "'.")
                    .withText("problem.webhook.noCommittee", r.committee());
        }
        if (!byCommittee) {
            referenceData.requireProgramme(r.programme());
            if (!user.isAdmin() && !user.managesProgramme(r.programme())) {
                throw ApiException.forbidden("A programme's hooks are kept by its managers.")
                        .withText("problem.webhook.notYourProgramme", r.programme());
            }
        }
        String url = addresses.checked(r.url()).toString();
        long id = repository.insert(
                user.username(),
                url,
                List.copyOf(new LinkedHashSet<>(r.events())),
                byCommittee ? r.committee() : null,
                byCommittee ? null : r.programme(),
                r.secret(),
                clock.now());
        audit.done(user.username(), null, AuditAction.REGISTER_WEBHOOK, String.valueOf(id), url + " " + r.events());
        return repository.find(id).orElseThrow().hook();
    }

    /** The user's hooks; an administrator's list is every hook. */
    public List<Webhook> list(AppUser user) {
        return repository.of(user.isAdmin() ? null : user.username(), MAX_LISTED);
    }

    @Transactional
    public void delete(AppUser user, long id) {
        Webhook hook = owned(user, id);
        repository.delete(hook.id(), clock.now());
        audit.done(user.username(), null, AuditAction.DELETE_WEBHOOK, String.valueOf(id), hook.url());
    }

    /** Each attempt of the hook's deliveries, newest first, with its status and response code. */
    public List<WebhookRepository.Attempt> deliveries(AppUser user, long id) {
        return repository.attempts(owned(user, id).id(), MAX_ATTEMPTS_LISTED);
    }

    private Webhook owned(AppUser user, long id) {
        Webhook hook = repository
                .find(id)
                .map(WebhookRepository.Subscription::hook)
                .filter(h -> user.isAdmin() || h.owner().equals(user.username()))
                .orElseThrow(() -> ApiException.notFound("There is no webhook " + id + " of yours.")
                        .withText("problem.webhook.none", id));
        return hook;
    }
}
