package org.stdtrack.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageDurations;
import org.stdtrack.standard.StandardAccess;

@Service
class TargetReports {

    private final ReferenceData referenceData;
    private final ProgrammeHistory history;
    private final StageDurations policy;
    private final ProgrammeClock clock;
    private final StandardAccess access;

    TargetReports(
            ReferenceData referenceData,
            ProgrammeHistory history,
            StageDurations policy,
            ProgrammeClock clock,
            StandardAccess access) {
        this.access = access;
        this.referenceData = referenceData;
        this.history = history;
        this.policy = policy;
        this.clock = clock;
    }

    record StageEstimate(long quickDays, long typicalDays, long slowDays, int measured) {}

    record StandardForecast(long id, Stage stage, LocalDate early, LocalDate expected, LocalDate late) {}

    record ForecastView(
            long expected,
            long low,
            long high,
            Forecast.Verdict verdict,
            Map<Stage, StageEstimate> stageDurations,
            List<StandardForecast> standards) {}

    record TargetReport(
            String programme,
            int target,
            LocalDate deadline,
            long publishedBeforeDeadline,
            long published,
            long inProgress,
            long cancelled,
            long overdue,
            ForecastView forecast) {}

    /** The counts are the programme's; the per-standard rows only the standards the reader may see. */
    TargetReport report(AppUser reader, String programme) {
        Programme p = referenceData.requireProgramme(programme);
        Instant now = clock.now();
        Instant deadline = clock.startOf(p.targetDate().plusDays(1));
        var totals = history.totals(p.code(), deadline, now);
        var inProgress = history.inProgress(p.code());
        var result = Forecast.forecast(
                p.targetStandards(),
                deadline,
                now,
                totals.publishedBefore(),
                inProgress.stream().map(ProgrammeHistory.InProgress::progress).toList(),
                history.stageDurations(p.code()),
                policy.durations());

        Map<Stage, StageEstimate> estimates = new LinkedHashMap<>();
        result.durations()
                .forEach((stage, d) -> estimates.put(
                        stage,
                        new StageEstimate(
                                d.quick().toDays(),
                                d.typical().toDays(),
                                d.slow().toDays(),
                                d.samples())));
        Map<Long, Stage> visible = new LinkedHashMap<>();
        inProgress.stream()
                .filter(s -> access.canSee(reader, s.committee(), s.progress().stage()))
                .forEach(s -> visible.put(s.progress().id(), s.progress().stage()));
        List<StandardForecast> standards = result.standards().stream()
                .filter(e -> visible.containsKey(e.id()))
                .map(e -> new StandardForecast(
                        e.id(), visible.get(e.id()), day(e.early()), day(e.typical()), day(e.late())))
                .toList();
        return new TargetReport(
                p.code(),
                p.targetStandards(),
                p.targetDate(),
                totals.publishedBefore(),
                totals.published(),
                totals.inProgress(),
                totals.cancelled(),
                totals.overdue(),
                new ForecastView(
                        result.expected(), result.low(), result.high(), result.verdict(), estimates, standards));
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.zone());
    }
}
