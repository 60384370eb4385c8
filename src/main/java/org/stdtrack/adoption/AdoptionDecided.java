package org.stdtrack.adoption;

/** An association verified or rejected an adoption declaration, in the transaction of the decision. */
public record AdoptionDecided(long standardId, long adoptionId, String declaredBy, boolean verified, String reason) {}
