package org.stdtrack.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.stdtrack.forecast.BandPoint;
import org.stdtrack.forecast.ForecastPolicy;
import org.stdtrack.forecast.ForecastSimulation;
import org.stdtrack.forecast.ProgrammeForecast;
import org.stdtrack.forecast.ProgrammeHistory;
import org.stdtrack.forecast.Verdict;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standardsystem.SystemGaps;

/**
 * Published before the deadline against the target, and the chance of making it: a simulation of the
 * programme ({@link ForecastSimulation}) from what was known on the day asked about (today by default).
 */
@Service
class TargetReports {

    private final ReferenceData referenceData;
    private final ProgrammeHistory history;
    private final ProgrammeForecast forecasts;
    private final ForecastPolicy policy;
    private final ProgrammeClock clock;
    private final StandardAccess access;
    private final SystemGaps gaps;

    TargetReports(
            ReferenceData referenceData,
            ProgrammeHistory history,
            ProgrammeForecast forecasts,
            ForecastPolicy policy,
            ProgrammeClock clock,
            StandardAccess access,
            SystemGaps gaps) {
        this.gaps = gaps;
        this.access = access;
        this.referenceData = referenceData;
        this.history = history;
        this.forecasts = forecasts;
        this.policy = policy;
        this.clock = clock;
    }

    /** A stage as the simulation draws it: quick, typical and slow durations, and how its stays ended. */
    record StageEstimate(
            long quickDays,
            long typicalDays,
            long slowDays,
            int measured,
            double forward,
            double sentBack,
            double repeated,
            double cancelled) {}

    /**
     * A standard in progress: the chance it is published by the deadline; early, expected and late are the
     * 10th, 50th and 90th percentiles of its publication date (null where fewer runs than that publish it).
     */
    record StandardForecast(
            long id,
            Stage stage,
            double pPublishedByDeadline,
            LocalDate early,
            LocalDate expected,
            LocalDate late,
            LocalDate p50Date,
            LocalDate p90Date) {}

    record PublishedCounts(int p10, int p50, int p90) {}

    /** {@code expected}, {@code low} and {@code high} are the median, 10th and 90th percentile counts. */
    record ForecastView(
            long expected,
            long low,
            long high,
            Verdict verdict,
            double probabilityOfTarget,
            PublishedCounts published,
            int runs,
            Map<Stage, StageEstimate> stageDurations,
            List<StandardForecast> standards,
            /** From the day of the forecast to the deadline: the count published by the end of each month. */
            List<BandPoint> band) {}

    record TargetReport(
            String programme,
            int target,
            LocalDate deadline,
            LocalDate asOf,
            long publishedBeforeDeadline,
            long published,
            long inProgress,
            long cancelled,
            long overdue,
            ForecastView forecast,
            /** The target standards as the current system table's named slots; null without one. */
            SystemGaps.Slots slots) {}

    /** The counts are the programme's; the per-standard rows only the standards the reader may see. */
    TargetReport report(AppUser reader, String programme, LocalDate asOf) {
        Programme p = referenceData.requireProgramme(programme);
        Instant now = clock.now();
        Instant at = asOf == null ? now : clock.startOf(asOf.plusDays(1));
        if (at.isAfter(now)) {
            throw ApiException.invalid("asOf", "asOf is a day that has passed (or today); " + asOf + " has not.");
        }
        Instant deadline = clock.startOf(p.targetDate().plusDays(1));
        // The simulation starts at the hour: asked twice within it, the same history gives the same answer.
        Instant origin = at.truncatedTo(ChronoUnit.HOURS);
        List<LocalDate> months = checkpoints(at, p.targetDate());
        var forecast = forecasts.at(
                p.code(),
                asOf == null ? ProgrammeHistory.EVERYTHING : at,
                origin,
                deadline,
                months.stream()
                        .mapToDouble(d -> ProgrammeForecast.days(origin, clock.startOf(d.plusDays(1))))
                        .toArray(),
                p.targetStandards(),
                policy.runs());
        ProgrammeHistory.Pace pace = forecast.pace();
        var models = forecast.models();
        var outcome = forecast.outcome();
        List<BandPoint> band = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            var b = outcome.band().get(i);
            band.add(new BandPoint(months.get(i), b.p10(), b.p50(), b.p90()));
        }

        Map<Stage, StageEstimate> estimates = new LinkedHashMap<>();
        models.forEach((stage, m) -> estimates.put(
                stage,
                new StageEstimate(
                        Math.round(m.durations()[ForecastSimulation.TABLE / 4]),
                        Math.round(m.median()),
                        Math.round(m.durations()[ForecastSimulation.TABLE * 3 / 4]),
                        m.measured(),
                        m.forward(),
                        m.back(),
                        m.repeat(),
                        Math.max(0, 1 - m.forward() - m.back() - m.repeat()))));
        List<StandardForecast> standards = new ArrayList<>();
        for (int i = 0; i < pace.inProgress().size(); i++) {
            ProgrammeHistory.Standing standing = pace.inProgress().get(i);
            Stage stage = standing.standing().stage();
            if (access.canSee(reader, standing.committee(), stage)) {
                var o = outcome.standards().get(i);
                LocalDate p50 = day(origin, o.p50Days());
                LocalDate p90 = day(origin, o.p90Days());
                standards.add(new StandardForecast(
                        o.id(), stage, o.pByDeadline(), day(origin, o.p10Days()), p50, p90, p50, p90));
            }
        }
        return new TargetReport(
                p.code(),
                p.targetStandards(),
                p.targetDate(),
                LocalDate.ofInstant(at.minusSeconds(1), clock.zone()),
                pace.publishedInTime(),
                pace.published(),
                pace.inProgress().size(),
                pace.cancelled(),
                history.overdue(p.code(), at),
                new ForecastView(
                        outcome.p50(),
                        outcome.p10(),
                        outcome.p90(),
                        policy.verdict(outcome.pTarget()),
                        outcome.pTarget(),
                        new PublishedCounts(outcome.p10(), outcome.p50(), outcome.p90()),
                        policy.runs(),
                        estimates,
                        standards,
                        band),
                gaps.slots(p.code(), at).orElse(null));
    }

    /**
     * The last day of each month from the forecast's day to the deadline, and the deadline itself (only the
     * deadline when it has passed).
     */
    private List<LocalDate> checkpoints(Instant at, LocalDate deadline) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate month = LocalDate.ofInstant(at, clock.zone())
                .withDayOfMonth(1)
                .plusMonths(1)
                .minusDays(1);
        for (; month.isBefore(deadline); month = month.plusDays(1).plusMonths(1).minusDays(1)) {
            days.add(month);
        }
        days.add(deadline);
        return days;
    }

    /** The day so many days after {@code from}; null for never. */
    private LocalDate day(Instant from, double days) {
        if (Double.isInfinite(days)) {
            return null;
        }
        return LocalDate.ofInstant(from.plusSeconds(Math.round(days * 86_400)), clock.zone());
    }
}
