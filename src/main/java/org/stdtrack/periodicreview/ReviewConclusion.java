package org.stdtrack.periodicreview;

import java.time.Instant;
import java.util.Locale;
import org.stdtrack.standard.Standard;

/**
 * The conclusion of one standard's periodic review: what its secretariat proposed and why, where it stands in
 * its committee's batch of the year, the competent department's endorsement or return, and the approving
 * body's decision.
 */
public record ReviewConclusion(
        long id,
        long standardId,
        String standardNumber,
        String standardTitle,
        String standardTitleZh,
        String committee,
        int year,
        Outcome proposed,
        String reason,
        Status status,
        String proposedBy,
        Instant proposedAt,
        String submittedBy,
        Instant submittedAt,
        String endorsedBy,
        Instant endorsedAt,
        String returnedBy,
        String returnReason,
        Outcome decided,
        String decidedBy,
        Instant decidedAt,
        String decisionComment) {

    public enum Outcome {
        CONFIRM,
        REVISE,
        AMEND,
        WITHDRAW
    }

    public enum Status {
        /** Proposed by the secretariat, not yet submitted with the batch. */
        PROPOSED,
        /** Submitted; the committee's competent department endorses or returns it. */
        WITH_DEPARTMENT,
        /** Submitted (and endorsed, where there is a department); the approving body decides it. */
        WITH_APPROVER,
        /** Returned by the competent department: the secretariat proposes it again. */
        RETURNED,
        DECIDED
    }

    /** The standard's title in the reader's language, as a standard's page shows it. */
    public String standardTitle(Locale locale) {
        return Standard.titleIn(locale, standardTitle, standardTitleZh);
    }
}
