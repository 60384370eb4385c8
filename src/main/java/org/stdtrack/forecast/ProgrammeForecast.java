package org.stdtrack.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stdtrack.persistence.KeptValues;
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

    /** The simulations kept: the last few programmes and days asked about. */
    static final int KEPT = 16;

    /**
     * Everything a simulation's answer depends on. The simulation is seeded and starts at the hour, so the same
     * inputs give the same answer: one kept is the answer, not an approximation of it, however its history is
     * read. A programme of 2,000 standards takes about a second of CPU to simulate (docs/benchmarks.md).
     */
    private record Inputs(
            List<ForecastSimulation.Episode> episodes,
            List<ForecastSimulation.Standing> standings,
            List<Double> checkpoints,
            long publishedInTime,
            int target,
            ForecastSimulation.Settings settings,
            Map<Stage, Double> policyDays) {}

    private record Simulated(Map<Stage, ForecastSimulation.StageModel> models, ForecastSimulation.Outcome outcome) {}

    /** The kept simulations, least recently asked for first; one being run is waited for, not run again. */
    private final KeptValues<Inputs, Simulated> kept = new KeptValues<>(KEPT);

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
        Inputs inputs = new Inputs(
                pace.episodes(),
                pace.inProgress().stream()
                        .map(ProgrammeHistory.Standing::standing)
                        .toList(),
                Arrays.stream(checkpoints).boxed().toList(),
                pace.publishedInTime(),
                target,
                policy.settings(runs),
                policyDays());
        Simulated simulated = simulated(inputs, checkpoints);
        return new Result(pace, simulated.models(), simulated.outcome());
    }

    private Simulated simulated(Inputs inputs, double[] checkpoints) {
        return kept.get(inputs, () -> {
            var models = ForecastSimulation.models(inputs.episodes(), inputs.policyDays(), inputs.settings());
            var outcome = ForecastSimulation.run(
                    inputs.standings(),
                    models,
                    checkpoints,
                    inputs.publishedInTime(),
                    inputs.target(),
                    inputs.settings());
            return new Simulated(models, outcome);
        });
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
