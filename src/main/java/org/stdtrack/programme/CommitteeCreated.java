package org.stdtrack.programme;

/**
 * Published, inside its transaction, when an administrator adds a committee: the rooms that hold
 * per-committee state (the lifecycle's engine grants) set it up before the committee is used.
 */
public record CommitteeCreated(String code) {}
