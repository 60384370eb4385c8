package org.stdtrack.standard;

import java.time.Instant;
import java.time.LocalDate;

/** A standard's record: what it is, where it stands, and the dates that drive its clocks. */
public record Standard(
        long id,
        String programme,
        String title,
        String titleZh,
        StandardType type,
        String domain,
        String committee,
        String leadOrganisation,
        String internationalReference,
        InternationalDegree internationalDegree,
        Stage stage,
        String stageCode,
        String planNumber,
        String publishedNumber,
        LocalDate publicationDate,
        LocalDate implementationDate,
        Instant developmentStartedAt,
        Instant developmentDueAt,
        Instant submittedForApprovalAt,
        Long revisionOf,
        String processInstanceId,
        Instant createdAt,
        String createdBy,
        /** When it entered its current stage (a repeated stage is not re-entered). */
        Instant stageEnteredAt) {

    /**
     * The development clock ran past its limit before the standard was submitted for approval
     * ({@link StandardConditions#overdue} is the same rule in SQL).
     */
    public boolean isOverdue(Instant now) {
        return developmentDueAt != null
                && submittedForApprovalAt == null
                && stage != Stage.CANCELLED
                && now.isAfter(developmentDueAt);
    }

    /** IDT and MOD adoptions of an international standard skip drafting. */
    public boolean isFastTrack() {
        return internationalDegree != null && internationalDegree.allowsFastTrack();
    }
}
