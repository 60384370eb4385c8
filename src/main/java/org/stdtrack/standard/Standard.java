package org.stdtrack.standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.stdtrack.identity.EngineGroups;

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
        Instant stageEnteredAt,
        /** When the public notice before approval (sector standards) ends; null when none was given. */
        Instant approvalNoticeEndsAt,
        Track track,
        /** The sector or group standard a conversion or group adoption takes up, by its number. */
        String sourceStandard,
        /** Since when that group standard has been in use. */
        LocalDate sourceInUseSince) {

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

    /** The title in the reader's language: the Chinese one for Chinese readers when there is one. */
    public String title(Locale locale) {
        return titleIn(locale, title, titleZh);
    }

    /** What the standard is known by: its published number, else its plan number (null before the plan). */
    public String designation() {
        return publishedNumber != null ? publishedNumber : planNumber;
    }

    /** The rule of {@link #title(Locale)} for titles kept apart from the standard (a notification's words). */
    public static String titleIn(Locale locale, String title, String titleZh) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) && titleZh != null ? titleZh : title;
    }

    /** The engine group of its approving body: SAC's approvers for a national standard, MIIT's for a sector one. */
    public String approvingBodyGroup() {
        return EngineGroups.approvingBody(type.isNational());
    }

    /** Its track skips drafting (IDT/MOD adoptions, revisions and conversions). */
    public boolean isFastTrack() {
        return track.skipsDrafting();
    }
}
