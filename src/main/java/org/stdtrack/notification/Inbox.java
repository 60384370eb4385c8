package org.stdtrack.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.StandardAccess;

/** A user's own notifications, their settings, and what they watch: for the API and the pages alike. */
@Service
public class Inbox {

    private final NotificationRepository repository;
    private final NotificationMessages messages;
    private final StandardAccess access;
    private final ReferenceData referenceData;
    private final Clock clock;

    Inbox(
            NotificationRepository repository,
            NotificationMessages messages,
            StandardAccess access,
            ReferenceData referenceData,
            Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.access = access;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** One notification as its reader sees it, in their language. */
    public record Item(
            long id,
            NotificationKind kind,
            String subject,
            String text,
            String link,
            Long standardId,
            String taskId,
            Instant createdAt,
            boolean read) {}

    public record Page(List<Item> items, long unread, int page, int size, long total) {}

    public Page page(AppUser user, int page, int size, Locale locale) {
        List<Item> items = repository.inbox(user.username(), (long) page * size, size).stream()
                .map(n -> {
                    var rendered = messages.render(n, locale);
                    return new Item(
                            n.id(),
                            n.kind(),
                            rendered.subject(),
                            rendered.text(),
                            rendered.link(),
                            n.standardId(),
                            n.taskId(),
                            n.createdAt(),
                            n.readAt() != null);
                })
                .toList();
        return new Page(
                items, repository.count(user.username(), true), page, size, repository.count(user.username(), false));
    }

    public long unread(AppUser user) {
        return repository.count(user.username(), true);
    }

    /** Marks one notification read (404 for one that is not the reader's), or all of them. */
    @Transactional
    public void markRead(AppUser user, Long id) {
        if (id != null && !repository.exists(user.username(), id)) {
            throw ApiException.notFound("You have no notification with id " + id + ".");
        }
        repository.markRead(user.username(), id, clock.instant());
    }

    public Preferences preferences(AppUser user) {
        return repository.preferences(user.username());
    }

    @Transactional
    public Preferences savePreferences(AppUser user, Preferences preferences) {
        repository.savePreferences(user.username(), preferences);
        return repository.preferences(user.username());
    }

    /** Watching needs seeing: 404 for a standard the user may not see. */
    @Transactional
    public boolean watchStandard(AppUser user, long standardId, boolean watch) {
        long id = access.find(user, standardId).id();
        return watch
                ? repository.watch(user.username(), id, null, clock.instant())
                : repository.unwatch(user.username(), id, null);
    }

    @Transactional
    public boolean watchCommittee(AppUser user, String committee, boolean watch) {
        if (referenceData.committee(committee).isEmpty()) {
            throw ApiException.notFound("No committee with code '" + committee + "'.");
        }
        return watch
                ? repository.watch(user.username(), null, committee, clock.instant())
                : repository.unwatch(user.username(), null, committee);
    }

    public List<Watch> watches(AppUser user) {
        return repository.watches(user.username());
    }
}
