package org.stdtrack.portfolio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of a portfolio file, named by its header row in any order; the names are the file format. */
enum ImportColumn {
    TITLE("title"),
    TITLE_ZH("title_zh"),
    TYPE("type"),
    DOMAIN("domain"),
    COMMITTEE("committee"),
    LEAD_ORGANISATION("lead_organisation"),
    INTERNATIONAL_REFERENCE("international_reference"),
    INTERNATIONAL_DEGREE("international_degree"),
    STAGE("stage"),
    STAGE_ENTERED_ON("stage_entered_on"),
    PLAN_NUMBER("plan_number"),
    PLAN_APPROVED_ON("plan_approved_on"),
    PUBLISHED_NUMBER("published_number"),
    PUBLICATION_DATE("publication_date"),
    IMPLEMENTATION_DATE("implementation_date"),
    WITHDRAWN_ON("withdrawn_on"),
    COMMENT_DEADLINE("comment_deadline"),
    BALLOT_CLOSES_ON("ballot_closes_on"),
    /** The row of a system table the standard fills (its id, as the standard system page shows it). */
    SYSTEM_ROW("system_row");

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    static Optional<ImportColumn> named(String header) {
        return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::header).toList();
    }
}
