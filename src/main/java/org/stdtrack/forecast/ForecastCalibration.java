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
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageDataGeneration;
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

    /** Calibrations kept: a programme office asks for a few horizons and intervals, not dozens. */
    static final int KEPT = 8;

    private final ReferenceData referenceData;
    private final ProgrammeHistory history;
    private final ProgrammeForecast forecasts;
    private final ForecastPolicy policy;
    private final ProgrammeClock clock;
    private final StandardAccess access;

    /** What a calibration was asked for: the same on the same day, at the same stage data, is the same answer. */
    private record Asked(String programme, Period horizon, Period every, LocalDate from, LocalDate today) {}

    /** A prediction with what decides who may read it. */
    private record Scored(Prediction prediction, String committee, Stage stage) {}

    /** The whole programme's scores and every prediction, before they are cut to a reader's. */
    private record Scores(Double brier, List<Point> points, List<Scored> predictions) {}

    /**
     * Calibrations kept until the stage data changes (decision 0054): each makes a forecast for every past day
     * it scores (dozens), more than the forecasts and paces their own memos keep, so asked again it would make
     * every one of them again (3 s a request in the test suite).
     */
    private final StageDataGeneration.Kept<Asked, Scores> kept;

    ForecastCalibration(
            ReferenceData referenceData,
            ProgrammeHistory history,
            ProgrammeForecast forecasts,
            ForecastPolicy policy,
            ProgrammeClock clock,
            StandardAccess access,
            StageDataGeneration generation) {
        this.kept = generation.kept(KEPT);
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
        Scores scores = kept.get(
                new Asked(p.code(), horizon, every, from, LocalDate.ofInstant(now, clock.zone())),
                () -> score(p.code(), horizon, days));
        return new Calibration(
                p.code(),
                horizon,
                every,
                policy.calibrationRuns(),
                scores.brier(),
                scores.points(),
                scores.predictions().stream()
                        .filter(scored -> access.canSee(reader, scored.committee(), scored.stage()))
                        .map(Scored::prediction)
                        .toList());
    }

    private Scores score(String programme, Period horizon, List<LocalDate> days) {
        Map<Long, Instant> publishedAt = history.firstPublication(programme);
        List<Point> points = new ArrayList<>();
        List<Scored> predictions = new ArrayList<>();
        double squares = 0;
        int scored = 0;
        for (LocalDate asOf : days) {
            Instant at = clock.startOf(asOf.plusDays(1));
            Instant until = clock.startOf(asOf.plus(horizon).plusDays(1));
            var forecast = forecasts.at(
                    programme,
                    at,
                    until,
                    new double[] {ProgrammeForecast.days(at, until)},
                    0,
                    policy.calibrationRuns());
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
                predictions.add(new Scored(
                        new Prediction(asOf, standing.standing().id(), predicted, happened),
                        standing.committee(),
                        standing.standing().stage()));
            }
            int n = pace.inProgress().size();
            squares += pointSquares;
            scored += n;
            points.add(new Point(asOf, n, expected, published, n == 0 ? null : pointSquares / n));
        }
        return new Scores(scored == 0 ? null : squares / scored, points, predictions);
    }
}
