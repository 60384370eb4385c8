package org.stdtrack.standard;

/**
 * A standard cites one that has since been withdrawn, or whose revision has been published: its committee
 * should update the reference.
 */
public record ReferenceWarning(long citedStandardId, String citedNumber, Reason reason, Long supersededBy) {

    public enum Reason {
        WITHDRAWN,
        SUPERSEDED
    }

    /** The warnings of a standard, as the feature that keeps references finds them. */
    public interface Source {
        java.util.List<ReferenceWarning> of(long standardId);
    }
}
