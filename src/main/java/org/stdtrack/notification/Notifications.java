package org.stdtrack.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.engine.EngineTime;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * Writes a notification for each recipient, in the transaction of the step that causes it, only to those
 * who may see the standard it concerns; whether and how it goes by e-mail follows the recipient's
 * preferences, their address, and whether mail is set up at all.
 */
@Service
class Notifications {

    private final NotificationRepository repository;
    private final UserRepository users;
    private final StandardAccess access;
    private final MailDelivery delivery;
    private final Clock clock;
    private final EngineTime time;

    Notifications(
            NotificationRepository repository,
            UserRepository users,
            StandardAccess access,
            MailDelivery delivery,
            Clock clock,
            EngineTime time) {
        this.time = time;
        this.repository = repository;
        this.users = users;
        this.access = access;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * @param standard the standard it concerns: a recipient who may not see it is left out
     * @param params what the message names, as {@link NotificationMessages} reads it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void notify(
            NotificationKind kind,
            Collection<String> recipients,
            Standard standard,
            String taskId,
            Map<String, String> params) {
        if (time.isReplayingHistory()) {
            return;
        }
        for (String recipient : new LinkedHashSet<>(recipients)) {
            Optional<AppUser> user = users.find(recipient);
            if (user.isEmpty() || (standard != null && !access.canSee(user.get(), standard))) {
                continue;
            }
            repository.insert(
                    recipient,
                    kind,
                    standard == null ? null : standard.id(),
                    taskId,
                    params,
                    clock.instant(),
                    emailStatus(recipient, kind));
        }
    }

    private NotificationRepository.EmailStatus emailStatus(String recipient, NotificationKind kind) {
        if (!delivery.isEnabled() || users.email(recipient).isEmpty()) {
            return NotificationRepository.EmailStatus.NOT_SENT;
        }
        return switch (repository.preferences(recipient).modeFor(kind)) {
            case IMMEDIATE -> NotificationRepository.EmailStatus.PENDING;
            case DAILY_DIGEST -> NotificationRepository.EmailStatus.DIGEST;
            case OFF -> NotificationRepository.EmailStatus.NOT_SENT;
        };
    }
}
