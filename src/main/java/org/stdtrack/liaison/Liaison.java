package org.stdtrack.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A liaison statement as kept: who sent it to whom, when, about what, and its response. */
public record Liaison(
        long id,
        Direction direction,
        String from,
        String to,
        /** The tracker committee whose liaison it is: the receiving one of an incoming statement, else the sender. */
        String committee,
        String subject,
        LocalDate receivedOn,
        LocalDate sentOn,
        LocalDate responseDue,
        List<Long> standards,
        List<Long> projects,
        String response,
        Instant respondedAt,
        String respondedBy,
        Instant createdAt,
        String createdBy) {

    public enum Direction {
        INCOMING,
        OUTGOING
    }

    public boolean answered() {
        return respondedAt != null;
    }

    /** An incoming statement unanswered after the day its response was due. */
    public boolean isPastDue(LocalDate today) {
        return direction == Direction.INCOMING && responseDue != null && !answered() && responseDue.isBefore(today);
    }
}
