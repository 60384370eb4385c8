package org.stdtrack.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stdtrack.ballot.Ballots;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.export.Table;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standardsystem.SystemTables;

/**
 * A programme's standards as a portfolio file, in exactly the import's format: the standards the reader
 * may import (all for administrators, their committees' for a secretariat), each with the dates its
 * history holds, so that importing the file back changes nothing.
 */
@Component
class PortfolioTemplate {

    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final StageHistory stageHistory;
    private final Consultations consultations;
    private final Ballots ballots;
    private final ProgrammeClock clock;
    private final SystemTables systemTables;
    private final int pageSize;

    PortfolioTemplate(
            ReferenceData referenceData,
            StandardRepository standards,
            Consultations consultations,
            Ballots ballots,
            ProgrammeClock clock,
            StageHistory stageHistory,
            SystemTables systemTables,
            @Value("${stdtrack.imports.template-page-size:500}") int pageSize) {
        this.pageSize = pageSize;
        this.systemTables = systemTables;
        this.stageHistory = stageHistory;
        this.referenceData = referenceData;
        this.standards = standards;
        this.consultations = consultations;
        this.ballots = ballots;
        this.clock = clock;
    }

    /** The file's name and columns (404 for an unknown programme); its rows come from {@link #rows}. */
    Table header(String programme) {
        referenceData.requireProgramme(programme);
        return Table.withColumnNames("portfolio-" + programme, ImportColumn.headers(), List.of());
    }

    /**
     * The rows, read {@code stdtrack.imports.template-page-size} standards at a time as the file is written: a national programme holds more
     * standards than a node's memory should, and each page's stage dates come in one query, not one per row.
     */
    Table.RowSource rows(AppUser reader, String programme) {
        return row -> {
            Map<Long, Long> systemRows = systemTables.filledRowsOfCurrent(programme);
            long after = 0;
            List<Standard> page;
            while (!(page = standards.inProgrammeAfter(programme, after, pageSize)).isEmpty()) {
                after = page.get(page.size() - 1).id();
                List<Standard> readable = page.stream()
                        .filter(s -> reader.isAdmin() || reader.has(Role.SECRETARIAT, s.committee()))
                        .toList();
                Map<Long, Instant> since = stageHistory.currentStageSince(
                        readable.stream().map(Standard::id).toList());
                readable.forEach(s -> row.accept(row(s, since.get(s.id()), systemRows.get(s.id()))));
            }
        };
    }

    private List<Object> row(Standard s, Instant stageSince, Long systemRow) {
        Stage stage = s.stage();
        boolean enteredCounts = stage.isInDevelopment() || stage == Stage.PERIODIC_REVIEW || stage == Stage.CANCELLED;
        LocalDate since = date(stageSince);
        return Arrays.asList(
                s.title(),
                s.titleZh(),
                s.type().name(),
                s.domain(),
                s.committee(),
                s.leadOrganisation(),
                s.internationalReference(),
                s.internationalDegree() == null ? null : s.internationalDegree().name(),
                stage.name(),
                enteredCounts ? since : null,
                s.planNumber(),
                s.developmentStartedAt() == null ? null : date(s.developmentStartedAt()),
                s.publishedNumber(),
                s.publicationDate(),
                s.implementationDate(),
                stage == Stage.WITHDRAWN ? since : null,
                stage == Stage.CONSULTATION
                        ? consultations
                                .latestRound(s.id())
                                .map(r -> lastDay(r.closesAt()))
                                .orElse(null)
                        : null,
                stage == Stage.TECHNICAL_REVIEW
                        ? ballots.ballots(s.id()).stream()
                                .reduce((first, second) -> second)
                                .map(b -> lastDay(b.closesAt()))
                                .orElse(null)
                        : null,
                systemRow);
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(clock.zone()).toLocalDate();
    }

    /** The last day on which comments or votes are taken: the day before the closing instant's. */
    private LocalDate lastDay(Instant closes) {
        return date(closes.minusNanos(1));
    }
}
