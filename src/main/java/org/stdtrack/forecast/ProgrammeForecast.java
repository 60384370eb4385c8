package org.stdtrack.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageDurations;

/**
 * One programme's forecast as it could be made at a moment: its history read up to then, each stage
 * modelled from it with the policy as prior, and its standards in progress simulated. The target report
 * and the calibration both ask here.
 */
@Component
public class ProgrammeForecast {

    public record Result(
            ProgrammeHistory.Pace pace,
            Map<Stage, ForecastSimulation.StageModel> models,
            ForecastSimulation.Outcome outcome) {}

    private final ProgrammeHistory history;
    private final StageDurations stageDurations;
    private final ForecastPolicy policy;

    ProgrammeForecast(ProgrammeHistory history, StageDurations stageDurations, ForecastPolicy policy) {
        this.history = history;
        this.stageDurations = stageDurations;
        this.policy = policy;
    }

    /**
     * @param deadline what counts as published in time (for the count already published)
     * @param checkpoints days from {@code at}, ascending, the last one the deadline of the runs' counts
     */
    Result at(String programme, Instant at, Instant deadline, double[] checkpoints, int target, int runs) {
        return at(programme, at, at, deadline, checkpoints, target, runs);
    }

    /**
     * @param origin where the simulation's time starts (at most {@code at}, whose events it knows): the
     *     checkpoints count from it
     */
    public Result at(
            String programme,
            Instant at,
            Instant origin,
            Instant deadline,
            double[] checkpoints,
            int target,
            int runs) {
        ProgrammeHistory.Pace pace = history.pace(programme, at, origin, deadline);
        var settings = policy.settings(runs);
        var models = ForecastSimulation.models(pace.episodes(), policyDays(), settings);
        var outcome = ForecastSimulation.run(
                pace.inProgress().stream()
                        .map(ProgrammeHistory.Standing::standing)
                        .toList(),
                models,
                checkpoints,
                pace.publishedInTime(),
                target,
                settings);
        return new Result(pace, models, outcome);
    }

    public static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 86_400.0;
    }

    /** The policy's typical duration of each development stage, in days. */
    private Map<Stage, Double> policyDays() {
        Map<Stage, Double> days = new EnumMap<>(Stage.class);
        stageDurations.durations().forEach((stage, d) -> days.put(stage, days(Instant.EPOCH, Instant.EPOCH.plus(d))));
        return days;
    }
}
