package org.stdtrack.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.DateRange;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.StandardAccess;

/**
 * How good the forecast has been: forecasts made on past days, each with only what was known then, set
 * against what happened next. For each standard in progress on such a day, the predicted chance of its
 * publication within the horizon and whether it was published; the Brier score is the mean squared
 * difference (0 is perfect; always saying 50 % scores 0.25).
 */
@Service
public class ForecastCalibration {

    /** At most so many past days per request: each is a simulation of its own. */
    static final int MAX_POINTS = 120;

    private final ReferenceData referenceData;
    private final ProgrammeHistory history;
    private final ProgrammeForecast forecasts;
    private final ForecastPolicy policy;
    private final ProgrammeClock clock;
    private final StandardAccess access;

    ForecastCalibration(
            ReferenceData referenceData,
            ProgrammeHistory history,
            ProgrammeForecast forecasts,
            ForecastPolicy policy,
            ProgrammeClock clock,
            StandardAccess access) {
        this.referenceData = referenceData;
        this.history = history;
        this.forecasts = forecasts;
        this.policy = policy;
        this.clock = clock;
        this.access = access;
    }

    public record Prediction(LocalDate asOf, long standardId, double predicted, boolean published) {}

    public record Point(LocalDate asOf, int standards, double expectedPublished, long published, Double brier) {}

    public record Calibration(
            String programme,
            Period horizon,
            Period every,
            int runs,
            Double brier,
            List<Point> points,
            List<Prediction> predictions) {}

    /** Scores cover every standard; the per-standard predictions only those the reader may see. */
    public Calibration calibrate(AppUser reader, String programme, Period horizon, Period every, LocalDate from) {
        Programme p = referenceData.requireProgramme(programme);
        DateRange.requirePeriod("horizon", horizon);
        DateRange.requirePeriod("every", every);
        Instant now = clock.now();
        LocalDate day = from != null
                ? from
                : LocalDate.ofInstant(history.firstEvent(p.code()).orElse(now), clock.zone())
                        .plus(every);
        LocalDate last = LocalDate.ofInstant(now, clock.zone()).minus(horizon);
        List<LocalDate> days = new ArrayList<>();
        for (; !day.isAfter(last); day = day.plus(every)) {
            if (days.size() == MAX_POINTS) {
                throw ApiException.invalid(
                        "every",
                        "More than " + MAX_POINTS + " forecasts would be made: ask for a later start or a longer"
                                + " period.");
            }
            days.add(day);
        }
        Map<Long, Instant> publishedAt = history.firstPublication(p.code());

        List<Point> points = new ArrayList<>();
        List<Prediction> shown = new ArrayList<>();
        double squares = 0;
        int scored = 0;
        for (LocalDate asOf : days) {
            Instant at = clock.startOf(asOf.plusDays(1));
            Instant until = clock.startOf(asOf.plus(horizon).plusDays(1));
            var forecast = forecasts.at(
                    p.code(), at, until, new double[] {ProgrammeForecast.days(at, until)}, 0, policy.calibrationRuns());
            ProgrammeHistory.Pace pace = forecast.pace();
            var outcome = forecast.outcome();
            double pointSquares = 0;
            double expected = 0;
            long published = 0;
            for (int i = 0; i < pace.inProgress().size(); i++) {
                ProgrammeHistory.Standing standing = pace.inProgress().get(i);
                double predicted = outcome.standards().get(i).pByDeadline();
                Instant when = publishedAt.get(standing.standing().id());
                boolean happened = when != null && when.isBefore(until);
                pointSquares += (predicted - (happened ? 1 : 0)) * (predicted - (happened ? 1 : 0));
                expected += predicted;
                published += happened ? 1 : 0;
                if (access.canSee(
                        reader, standing.committee(), standing.standing().stage())) {
                    shown.add(new Prediction(asOf, standing.standing().id(), predicted, happened));
                }
            }
            int n = pace.inProgress().size();
            squares += pointSquares;
            scored += n;
            points.add(new Point(asOf, n, expected, published, n == 0 ? null : pointSquares / n));
        }
        return new Calibration(
                p.code(),
                horizon,
                every,
                policy.calibrationRuns(),
                scored == 0 ? null : squares / scored,
                points,
                shown);
    }
}
