package org.stdtrack.standard;

import java.time.Instant;

/**
 * One step of a standard's history: a stage change or a decision with its ISO substage code; imported when
 * it came with an existing portfolio, dated by its file.
 */
public record StageEvent(
        long id, Stage from, Stage to, String code, Instant time, String actor, String reason, boolean imported) {}
