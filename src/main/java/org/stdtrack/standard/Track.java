package org.stdtrack.standard;

/**
 * How a standard is developed: the regular procedure, or one of the fast tracks of the national measures
 * (domain reference, section 3), each with its own development limit ({@code stdtrack.policy.fast-track-limit}).
 */
public enum Track {
    REGULAR,
    /** An identical (IDT) or modified (MOD) adoption of an international standard: skips drafting. */
    ADOPTION,
    /** A revision of a standard in force: skips drafting and consultation. */
    REVISION,
    /** A sector or group standard converted into a national one: skips drafting and consultation. */
    CONVERSION,
    /** A group standard in use for some years adopted as it is: the regular steps, in a shorter time. */
    GROUP_ADOPTION;

    /** Where none is asked for: an IDT or MOD adoption takes the adoption track, anything else the regular one. */
    public static Track byDefault(InternationalDegree degree) {
        return degree != null && degree.allowsFastTrack() ? ADOPTION : REGULAR;
    }

    public boolean skipsDrafting() {
        return this == ADOPTION || skipsConsultation();
    }

    public boolean skipsConsultation() {
        return this == REVISION || this == CONVERSION;
    }
}
