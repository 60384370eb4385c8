package org.stdtrack.standardsystem;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a programme's system table (标准体系表). */
public record SystemTable(
        long id,
        String programme,
        String version,
        String titleEn,
        String titleZh,
        LocalDate publishedOn,
        boolean current,
        String basedOn,
        Instant createdAt,
        String createdBy) {

    /** A node of a version's tree: a domain or sub-area as it stood when the version was made, or added since. */
    public record Node(String code, String parent, String nameEn, String nameZh, int position, boolean retired) {}
}
