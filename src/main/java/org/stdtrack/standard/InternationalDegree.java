package org.stdtrack.standard;

/** Degree of correspondence with an international standard (ISO/IEC Guide 21, GB/T 20000.2). */
public enum InternationalDegree {
    /** Identical: dual number, may skip drafting. */
    IDT,
    /** Modified: deviations marked, may skip drafting. */
    MOD,
    /** Not equivalent: a reference only, not an adoption. */
    NEQ;

    public boolean allowsFastTrack() {
        return this != NEQ;
    }
}
