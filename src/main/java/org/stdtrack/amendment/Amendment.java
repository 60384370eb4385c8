package org.stdtrack.amendment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One amendment of a standard: its sequence number (XG1, XG2…), why it is made, where it stands, when its
 * consultation closes, the approving body's decision, and its publication date.
 */
public record Amendment(
        long id,
        long standardId,
        int sequence,
        String reason,
        Status status,
        String registeredBy,
        Instant registeredAt,
        Instant consultationClosesAt,
        String decidedBy,
        String decisionReason,
        LocalDate publishedOn) {

    public enum Status {
        DRAFTING,
        CONSULTATION,
        APPROVED,
        PUBLISHED,
        REJECTED
    }

    /** Its designation after the standard's number, as the amendments of GB standards are numbered. */
    public String designation() {
        return "XG" + sequence;
    }
}
