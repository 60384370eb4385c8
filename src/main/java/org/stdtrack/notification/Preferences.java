package org.stdtrack.notification;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * An account's notification settings: {@code email} for every kind, and {@code kinds} overriding it for some.
 * The inbox always receives every notification.
 */
public record Preferences(@NotNull EmailMode email, Map<NotificationKind, EmailMode> kinds) {

    public Preferences {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    static final Preferences DEFAULT = new Preferences(EmailMode.IMMEDIATE, Map.of());

    EmailMode modeFor(NotificationKind kind) {
        return kinds.getOrDefault(kind, email);
    }
}
