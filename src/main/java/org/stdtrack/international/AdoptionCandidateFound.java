package org.stdtrack.international;

/**
 * A tracked international project was published and no national standard adopts it (identically or modified):
 * its committee's national mirror should consider the adoption. Published in the transaction that recorded it.
 */
public record AdoptionCandidateFound(
        long projectId, String reference, String title, String titleZh, String mirrorCommittee) {}
