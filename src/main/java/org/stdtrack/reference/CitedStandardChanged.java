package org.stdtrack.reference;

import org.stdtrack.standard.ReferenceWarning;

/**
 * A standard that {@code citingStandardId} cites was withdrawn, or a revision of it was published, in the
 * transaction that recorded it: the citing standard's committee should look at its references.
 */
public record CitedStandardChanged(long citingStandardId, long citedStandardId, ReferenceWarning.Reason reason) {}
