package org.stdtrack.patent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A patent disclosed for a standard, as its latest version says, with every version before it, its withdrawal
 * and the committee's decision on the latest version where the holder refuses a licence.
 */
public record PatentDisclosure(
        long id,
        long standardId,
        int version,
        String holder,
        String patentNumber,
        String title,
        String jurisdiction,
        Licensing licensing,
        LocalDate disclosedOn,
        String documentVersion,
        Instant recordedAt,
        String recordedBy,
        Instant withdrawnAt,
        String withdrawalReason,
        Decision decision,
        List<Version> history) {

    /** What the holder offers: free, on fair, reasonable and non-discriminatory terms, or no licence at all. */
    public enum Licensing {
        FREE,
        FAIR_REASONABLE_NON_DISCRIMINATORY,
        REFUSED
    }

    /** The committee's decision where a licence is refused: the draft no longer needs it, or the approver decides. */
    public enum Outcome {
        DRAFT_AVOIDS_PATENT,
        REFER_TO_APPROVER
    }

    public record Decision(int version, Outcome outcome, String reason, Instant decidedAt, String decidedBy) {}

    /** One version as recorded. */
    public record Version(
            int version,
            String holder,
            String patentNumber,
            String title,
            String jurisdiction,
            Licensing licensing,
            LocalDate disclosedOn,
            String documentVersion,
            Instant recordedAt,
            String recordedBy) {}

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** A refused licence the committee has not decided on (for this version): it holds up the submission. */
    public boolean awaitsDecision() {
        return !withdrawn() && licensing == Licensing.REFUSED && (decision == null || decision.version() != version);
    }
}
