package org.stdtrack.notification;

import java.time.Instant;
import java.util.Map;

/** One notification of one recipient as stored: what happened, to which standard or task, and when. */
record Notification(
        long id,
        String recipient,
        NotificationKind kind,
        Long standardId,
        String taskId,
        Map<String, String> params,
        Instant createdAt,
        Instant readAt,
        int attempts) {}
