package org.stdtrack.webhook;

import java.time.Instant;
import java.util.Set;

/** A subscription as its owner reads it: never its secret. */
public record Webhook(
        long id,
        String owner,
        String url,
        Set<WebhookEvent> events,
        String committee,
        String programme,
        Instant createdAt,
        Instant disabledAt,
        String disabledReason) {

    public boolean active() {
        return disabledAt == null;
    }
}
