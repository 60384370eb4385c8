package org.stdtrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.TestTime;

/**
 * A programme's simulation is kept: asked again with the same history it is not run again (a programme of 2,000
 * standards costs about a second of CPU, and a programme office's dashboard asks often); any change to what it
 * depends on runs it afresh.
 */
@OnH2
class ProgrammeForecastOnH2Test {

    private static final String PROGRAMME = "CLOUD-2025";

    @Autowired
    ProgrammeForecast forecasts;

    @Autowired
    Journeys journeys;

    private ProgrammeForecast.Result forecast() {
        Instant origin = TestTime.now().truncatedTo(ChronoUnit.HOURS);
        Instant deadline = origin.plus(Duration.ofDays(365));
        return forecasts.at(
                PROGRAMME, ProgrammeHistory.EVERYTHING, origin, deadline, new double[] {182.5, 365}, 30, 200);
    }

    @Test
    void theSameHistoryIsSimulatedOnceAndAnyChangeAgain() {
        journeys.importedAtApproval("Kept forecast", "GB_T", "TC28-SC38", "CESI");
        ProgrammeForecast.Result first = forecast();

        ProgrammeForecast.Result again = forecast();
        assertThat(again.outcome()).as("the kept simulation").isSameAs(first.outcome());
        assertThat(again.models()).isSameAs(first.models());

        journeys.importedAtApproval("Changes the forecast", "GB_T", "TC28-SC38", "CESI");
        ProgrammeForecast.Result changed = forecast();
        assertThat(changed.pace().inProgress())
                .hasSize(first.pace().inProgress().size() + 1);
        assertThat(changed.outcome())
                .as("a new standard in progress: simulated afresh")
                .isNotSameAs(first.outcome());
        assertThat(changed.outcome().standards())
                .hasSize(changed.pace().inProgress().size());
    }
}
