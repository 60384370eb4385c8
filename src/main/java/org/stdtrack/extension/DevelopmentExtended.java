package org.stdtrack.extension;

import java.time.Instant;

/** A standard's development clock was extended, in the transaction that granted it. */
public record DevelopmentExtended(long standardId, Instant previousDueAt, Instant newDueAt) {}
