package org.stdtrack.international;

/**
 * An international ballot closed without China's national position: the mirror committee's secretariat is
 * told. Published in the transaction of the process step that recorded it.
 */
public record BallotMissed(
        long ballotId, IntlBallot.Type type, String reference, String title, String titleZh, String mirrorCommittee) {}
