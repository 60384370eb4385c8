package org.stdtrack.standard;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The typical time of each development stage (domain reference, "typical limit";
 * {@code stdtrack.forecast.stage-duration}): the forecast's prior until enough standards have been measured,
 * and the line past which a standard waiting in its stage is stalled.
 */
@ConfigurationProperties("stdtrack.forecast")
public record StageDurations(Map<Stage, Period> stageDuration) {

    public StageDurations {
        for (Stage stage : Stage.values()) {
            if (stage.isInDevelopment() && (stageDuration == null || !stageDuration.containsKey(stage))) {
                throw new IllegalArgumentException("stdtrack.forecast.stage-duration." + stage + " is missing");
            }
        }
    }

    /** Calendar months counted as 30 days: these are estimates, not deadlines. */
    public Map<Stage, Duration> durations() {
        Map<Stage, Duration> durations = new EnumMap<>(Stage.class);
        stageDuration.forEach((stage, period) -> durations.put(stage, duration(period)));
        return durations;
    }

    /**
     * Since when the standard has waited in its stage, if that is longer than the stage's typical time:
     * the one rule of "stalled", for the pages and the API.
     */
    public Optional<Instant> stalledSince(Standard standard, Instant now) {
        Period typical = stageDuration.get(standard.stage());
        Instant entered = standard.stageEnteredAt();
        if (typical == null || entered == null || !standard.stage().isInDevelopment()) {
            return Optional.empty();
        }
        return now.isAfter(entered.plus(duration(typical))) ? Optional.of(entered) : Optional.empty();
    }

    private static Duration duration(Period period) {
        return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
    }
}
