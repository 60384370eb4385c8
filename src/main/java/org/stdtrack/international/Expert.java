package org.stdtrack.international;

import java.time.Instant;
import java.util.List;

/** A person a mirror committee registers for international work; never an identity number. */
public record Expert(
        long id,
        String name,
        String nameZh,
        String organisation,
        String email,
        Role role,
        Status status,
        String username,
        List<Membership> committees,
        Instant createdAt,
        String createdBy) {

    public enum Role {
        EXPERT,
        CONVENOR,
        PROJECT_LEADER,
        EDITOR,
        DELEGATE,
        HEAD_OF_DELEGATION
    }

    public enum Status {
        NOMINATED,
        REGISTERED,
        WITHDRAWN
    }

    /** An international committee the expert works in, and the working group there ("" for none). */
    public record Membership(String committee, String workingGroup) {}
}
