package org.stdtrack.plan;

import java.time.Instant;

/**
 * The approving body decided an extension request, in the transaction of the decision; when granted, the
 * standard's development clock now runs out at {@code newDueAt}.
 */
public record ExtensionDecided(
        long standardId, String requestedBy, boolean granted, Instant previousDueAt, Instant newDueAt, String reason) {}
