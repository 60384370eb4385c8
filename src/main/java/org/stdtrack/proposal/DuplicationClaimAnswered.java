package org.stdtrack.proposal;

/** A duplication claim was answered; its claimant is told (the notification room listens). */
public record DuplicationClaimAnswered(long standardId, long claimId, String claimant, String deliberation) {}
