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
        Resolution resolution,
        /** How it reached the committee: a reviewer's own comment, or one the secretariat recorded. */
        Channel channel,
        /** The commenting organisation: as recorded, or the reviewer's account's organisation (its name). */
        String organisation) {

    public enum CommentType {
        GENERAL,
        TECHNICAL,
        EDITORIAL
    }

    /** ACCOUNT: a reviewer's own comment; the others are recorded by the secretariat as they arrived. */
    public enum Channel {
        ACCOUNT,
        PLATFORM,
        LETTER,
        EMAIL,
        MEETING
    }

    public enum Decision {
        ACCEPTED,
        PARTIALLY_ACCEPTED,
        NOT_ACCEPTED
    }

    public record Resolution(Decision decision, String reason, String resolvedBy, Instant resolvedAt) {}
}
