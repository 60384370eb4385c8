package org.stdtrack.standard;

import java.time.Instant;

/** A request to extend a standard's development clock, and its decision once taken. */
public record DevelopmentExtension(
        long id,
        String requestedBy,
        Instant requestedAt,
        Instant previousDueAt,
        Instant newDueAt,
        String reason,
        Status status,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {

    public enum Status {
        OPEN,
        APPROVED,
        REJECTED
    }
}
