package org.stdtrack.consultation;

import java.time.Instant;

public record Comment(
        long id,
        long standardId,
        int round,
        String author,
        String clause,
        CommentType type,
        String text,
        String proposedChange,
        Instant submittedAt,
        /** The version of the draft for comments the comment was made on (none when it was not uploaded). */
        Integer documentVersion,
        Resolution resolution) {

    public enum CommentType {
        GENERAL,
        TECHNICAL,
        EDITORIAL
    }

    public enum Decision {
        ACCEPTED,
        PARTIALLY_ACCEPTED,
        NOT_ACCEPTED
    }

    public record Resolution(Decision decision, String reason, String resolvedBy, Instant resolvedAt) {}
}
