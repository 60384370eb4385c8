package org.stdtrack.standard;

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

    public boolean isClosed() {
        return this == WITHDRAWN || this == CANCELLED;
    }
}
