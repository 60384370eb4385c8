package org.stdtrack.international;

import java.time.Instant;
import java.time.LocalDate;
import org.stdtrack.standard.InternationalDegree;

/** An international project as stored: its stage a harmonized code, the body's own code beside it. */
public record IntlProject(
        long id,
        String programme,
        IntlBody body,
        String reference,
        Long isoId,
        String title,
        String titleZh,
        String ownerCommittee,
        DeliverableType deliverableType,
        String stage,
        String bodyStage,
        ChinaRole chinaRole,
        String domain,
        LocalDate targetDate,
        LocalDate limitDate,
        LocalDate publicationDate,
        String replacedBy,
        Instant createdAt,
        String createdBy) {

    /** A national standard that corresponds to the project, and how closely. */
    public record Counterpart(long standardId, InternationalDegree degree) {}

    /** An expert's part in the project: its leader, or one of its editors. */
    public record Staffing(long expertId, Expert.Role role) {}

    /** A stage the project entered, on a day, recorded by hand or by an import of ISO's data. */
    public record StageEntry(
            String code, String bodyStage, LocalDate on, Source source, Instant recordedAt, String recordedBy) {}

    public enum Source {
        MANUAL,
        ISO_IMPORT
    }
}
