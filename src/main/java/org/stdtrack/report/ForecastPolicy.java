package org.stdtrack.report;

import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.stdtrack.standard.Stage;

/** Policy durations of the development stages, used by the forecast until enough have been measured. */
@ConfigurationProperties("stdtrack.forecast")
record ForecastPolicy(Map<Stage, Period> stageDuration) {

    ForecastPolicy {
        for (Stage stage : Forecast.DEVELOPMENT) {
            if (stageDuration == null || !stageDuration.containsKey(stage)) {
                throw new IllegalArgumentException("stdtrack.forecast.stage-duration." + stage + " is missing");
            }
        }
    }

    /** Calendar months counted as 30 days: these are estimates, not deadlines. */
    Map<Stage, Duration> durations() {
        Map<Stage, Duration> durations = new EnumMap<>(Stage.class);
        stageDuration.forEach((stage, period) ->
                durations.put(stage, Duration.ofDays(period.toTotalMonths() * 30 + period.getDays())));
        return durations;
    }
}
