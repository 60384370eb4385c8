package org.stdtrack.forecast;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The forecast's simulation ({@code stdtrack.forecast.simulation}): how many programmes it runs, its seed,
 * how much the policy durations weigh against measured ones (as so many measurements), how widely a stage
 * may take longer or shorter than its policy duration (the log-normal's sigma), how far past the deadline
 * a run follows a standard, and the probabilities from which the target is "on track" or "at risk".
 */
@ConfigurationProperties("stdtrack.forecast.simulation")
public record ForecastPolicy(
        int runs,
        long seed,
        double priorWeight,
        double priorSpread,
        Period horizon,
        double onTrackFrom,
        double atRiskFrom,
        int calibrationRuns) {

    public ForecastPolicy {
        if (runs < 100 || calibrationRuns < 100) {
            throw new IllegalArgumentException("stdtrack.forecast.simulation: at least 100 runs");
        }
        if (!(0 <= atRiskFrom && atRiskFrom <= onTrackFrom && onTrackFrom <= 1)) {
            throw new IllegalArgumentException("stdtrack.forecast.simulation: 0 <= at-risk-from <= on-track-from <= 1");
        }
    }

    ForecastSimulation.Settings settings(int runs) {
        return new ForecastSimulation.Settings(
                runs, seed, priorWeight, priorSpread, horizon.toTotalMonths() * 30.0 + horizon.getDays());
    }

    public Verdict verdict(double probabilityOfTarget) {
        return probabilityOfTarget >= onTrackFrom
                ? Verdict.ON_TRACK
                : probabilityOfTarget >= atRiskFrom ? Verdict.AT_RISK : Verdict.OFF_TRACK;
    }
}
