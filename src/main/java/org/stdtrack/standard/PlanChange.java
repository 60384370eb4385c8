package org.stdtrack.standard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A request to change a planned project, and its decision once taken: an extension of the development clock
 * (previous and new due date), a change of title, lead organisation or committee (the new values; those not
 * changed are null), or the project's termination.
 */
public record PlanChange(
        long id,
        Kind kind,
        String requestedBy,
        Instant requestedAt,
        Instant previousDueAt,
        Instant newDueAt,
        String newTitle,
        String newTitleZh,
        String newLeadOrganisation,
        String newCommittee,
        String reason,
        Status status,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {

    /** The new title, Chinese title, lead organisation and committee asked for, those given. */
    public List<String> newValues() {
        return Stream.of(newTitle, newTitleZh, newLeadOrganisation, newCommittee)
                .filter(Objects::nonNull)
                .toList();
    }

    public enum Kind {
        EXTENSION,
        CHANGE,
        TERMINATION
    }

    public enum Status {
        OPEN,
        APPROVED,
        REJECTED
    }
}
