package org.stdtrack.standard;

import java.util.List;

/** The lifecycle stages with their GB/T 16733 (ISO harmonized) stage codes; named in the message bundles ({@code stage.*}). */
public enum Stage {
    PRELIMINARY("00"),
    PROPOSAL("10"),
    DRAFTING("20"),
    CONSULTATION("30"),
    TECHNICAL_REVIEW("40"),
    APPROVAL("50"),
    PUBLISHED("60"),
    /** Still stage 60 (60.60, published): entry into force is an event of the standard, not a stage code. */
    IN_FORCE("60"),
    PERIODIC_REVIEW("90"),
    WITHDRAWN("95"),
    CANCELLED(null);

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    /** The stage code; null for CANCELLED, whose code is the abandoned stage's with ".98". */
    public String code() {
        return code;
    }

    /** Published at some point: the standard has a number and can be adopted. */
    public boolean isPublished() {
        return this == PUBLISHED || this == IN_FORCE || this == PERIODIC_REVIEW || this == WITHDRAWN;
    }

    /** Being developed: not yet published, not cancelled. */
    public boolean isInDevelopment() {
        return !isPublished() && this != CANCELLED;
    }

    /** The steps of a standard's way as the page's stepper shows them, from preliminary work to in force. */
    public static final List<Stage> STEPS =
            List.of(PRELIMINARY, PROPOSAL, DRAFTING, CONSULTATION, TECHNICAL_REVIEW, APPROVAL, PUBLISHED, IN_FORCE);

    /**
     * Where a stage stands against another on the stepper: done before it, current, or to come. A stage off the
     * way (periodic review, withdrawn, cancelled) has passed every step it reached.
     */
    public String stepState(Stage current) {
        int mine = STEPS.indexOf(this);
        int at = STEPS.indexOf(current);
        if (at < 0) {
            return current == CANCELLED ? "todo" : "done";
        }
        return mine < at ? "done" : mine == at ? "current" : "todo";
    }

    public boolean isClosed() {
        return this == WITHDRAWN || this == CANCELLED;
    }
}
