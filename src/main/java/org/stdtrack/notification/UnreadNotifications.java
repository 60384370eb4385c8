package org.stdtrack.notification;

import org.springframework.stereotype.Component;

/** The unread count every page's header shows ({@code @unreadNotifications.of(name)} in the templates). */
@Component("unreadNotifications")
public class UnreadNotifications {

    private final NotificationRepository repository;

    UnreadNotifications(NotificationRepository repository) {
        this.repository = repository;
    }

    public long of(String username) {
        return repository.count(username, true);
    }
}
