package org.stdtrack.ballot;

/** A ballot was counted, in the transaction that closed it. */
public record BallotClosed(long standardId, long ballotId, boolean passed) {}
