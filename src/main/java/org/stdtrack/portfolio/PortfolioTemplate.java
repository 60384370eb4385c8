package org.stdtrack.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    PortfolioTemplate(
            ReferenceData referenceData,
            StandardRepository standards,
            Consultations consultations,
            Ballots ballots,
            ProgrammeClock clock,
            StageHistory stageHistory,
            SystemTables systemTables) {
        this.systemTables = systemTables;
        this.stageHistory = stageHistory;
        this.referenceData = referenceData;
        this.standards = standards;
        this.consultations = consultations;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Table of(AppUser reader, String programme) {
        referenceData.requireProgramme(programme);
        List<List<Object>> rows = new ArrayList<>();
        Map<Long, Long> systemRows = systemTables.filledRowsOfCurrent(programme);
        for (Standard s : standards.inProgramme(programme)) {
            if (reader.isAdmin() || reader.has(Role.SECRETARIAT, s.committee())) {
                rows.add(row(s, systemRows.get(s.id())));
            }
        }
        return Table.withColumnNames("portfolio-" + programme, ImportColumn.headers(), rows);
    }

    private List<Object> row(Standard s, Long systemRow) {
        Stage stage = s.stage();
        boolean enteredCounts = stage.isInDevelopment() || stage == Stage.PERIODIC_REVIEW || stage == Stage.CANCELLED;
        LocalDate since = date(stageHistory.currentStageSince(s.id()));
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
