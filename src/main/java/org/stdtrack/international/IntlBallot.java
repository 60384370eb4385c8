package org.stdtrack.international;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An international ballot on a tracked project and China's national position on it, as stored. The position is
 * due at {@code nationalDeadline}, the close less the policy's lead time; a ballot that closes without one is
 * missed.
 */
public record IntlBallot(
        long id,
        long projectId,
        Type type,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate nationalDeadline,
        Status status,
        Vote vote,
        String positionNote,
        String submittedBy,
        Instant submittedAt,
        Instant createdAt,
        String createdBy) {

    /** ISO's and IEC's ballots (systematic review SR, committee internal CIB) and ITU-T's last call. */
    public enum Type {
        NP,
        CD,
        DIS,
        FDIS,
        SR,
        CIB,
        LAST_CALL
    }

    public enum Status {
        OPEN,
        SUBMITTED,
        MISSED
    }

    /** China's vote; its values are the model's for {@code submitNationalPosition}. */
    public enum Vote {
        APPROVE,
        APPROVE_WITH_COMMENTS,
        DISAPPROVE,
        ABSTAIN
    }

    /** Whether the ballot has closed on this day: nothing more is commented, decided or submitted. */
    public boolean closedOn(LocalDate today) {
        return today.isAfter(closesOn);
    }

    /** A national comment as ISO's commenting template types it: general, technical, editorial. */
    public enum CommentType {
        @JsonProperty("ge")
        GE,
        @JsonProperty("te")
        TE,
        @JsonProperty("ed")
        ED
    }

    /** The mirror secretariat's decision on a comment: only accepted comments go with the position. */
    public enum Decision {
        ACCEPTED,
        REJECTED
    }

    /** What the international comment resolution made of a national comment. */
    public enum Disposition {
        ACCEPTED,
        ACCEPTED_MODIFIED,
        REJECTED,
        NOTED;

        public boolean taken() {
            return this == ACCEPTED || this == ACCEPTED_MODIFIED;
        }
    }

    /** A comment of a mirror committee member, the secretariat's decision on it, and its disposition. */
    public record NationalComment(
            long id,
            long ballotId,
            String author,
            String clause,
            CommentType type,
            String comment,
            String proposedChange,
            Instant createdAt,
            Decision decision,
            String reason,
            String decidedBy,
            Instant decidedAt,
            Disposition disposition,
            String dispositionBy,
            Instant dispositionAt) {}
}
