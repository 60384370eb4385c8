package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stdtrack.standard.Stage;

/** The forecast method of the README, on constructed histories. */
class ForecastTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-12-31T16:00:00Z");

    /** Policy durations: 30 days for every stage, so six stages take 180 days. */
    private static final Map<Stage, Duration> POLICY = policy(30);

    @Test
    void withoutMeasurementsThePolicyDurationsAreUsed() {
        var result = Forecast.forecast(
                2, DEADLINE, NOW, 0, List.of(new Forecast.InProgress(1, Stage.PRELIMINARY, NOW)), Map.of(), POLICY);
        Forecast.Expected expected = result.standards().get(0);
        assertThat(expected.typical()).isEqualTo(NOW.plus(Duration.ofDays(180)));
        assertThat(expected.early()).isEqualTo(expected.typical()).isEqualTo(expected.late());
        assertThat(result.durations().get(Stage.DRAFTING).samples()).isZero();
    }

    @Test
    void timeAlreadySpentInTheCurrentStageCounts() {
        Instant enteredLongAgo = NOW.minus(Duration.ofDays(100));
        Instant enteredRecently = NOW.minus(Duration.ofDays(10));
        var result = Forecast.forecast(
                1,
                DEADLINE,
                NOW,
                0,
                List.of(
                        new Forecast.InProgress(1, Stage.APPROVAL, enteredLongAgo),
                        new Forecast.InProgress(2, Stage.APPROVAL, enteredRecently)),
                Map.of(),
                POLICY);
        assertThat(result.standards().get(0).typical())
                .as("overrun: due now, never in the past")
                .isEqualTo(NOW);
        assertThat(result.standards().get(1).typical()).isEqualTo(NOW.plus(Duration.ofDays(20)));
    }

    @Test
    void measuredDurationsGiveQuickTypicalAndSlowEstimates() {
        Map<Stage, List<Duration>> measured = new EnumMap<>(Stage.class);
        measured.put(Stage.DRAFTING, days(100, 200, 300, 400));
        measured.put(Stage.CONSULTATION, days(60, 60)); // too few: policy applies
        var drafting = Forecast.durations(measured.get(Stage.DRAFTING), Duration.ofDays(30));
        assertThat(drafting.quick()).isEqualTo(Duration.ofDays(100));
        assertThat(drafting.typical()).isEqualTo(Duration.ofDays(200));
        assertThat(drafting.slow()).isEqualTo(Duration.ofDays(300));

        var result = Forecast.forecast(
                1, DEADLINE, NOW, 0, List.of(new Forecast.InProgress(7, Stage.DRAFTING, NOW)), measured, POLICY);
        Forecast.Expected e = result.standards().get(0);
        // drafting, then consultation, review and approval at 30 days each
        assertThat(e.early()).isEqualTo(NOW.plus(Duration.ofDays(100 + 90)));
        assertThat(e.typical()).isEqualTo(NOW.plus(Duration.ofDays(200 + 90)));
        assertThat(e.late()).isEqualTo(NOW.plus(Duration.ofDays(300 + 90)));
        assertThat(result.durations().get(Stage.CONSULTATION).typical()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theVerdictComparesTheRangeWithTheTarget() {
        // 10 published in time; 10 more each expected in 180 days (well before the deadline).
        List<Forecast.InProgress> onTheWay = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            onTheWay.add(new Forecast.InProgress(id, Stage.PRELIMINARY, NOW));
        }
        assertThat(Forecast.forecast(20, DEADLINE, NOW, 10, onTheWay, Map.of(), POLICY)
                        .verdict())
                .isEqualTo(Forecast.Verdict.ON_TRACK);
        assertThat(Forecast.forecast(21, DEADLINE, NOW, 10, onTheWay, Map.of(), POLICY)
                        .verdict())
                .isEqualTo(Forecast.Verdict.OFF_TRACK);

        // Drafting takes 100 to 700 days: quick ones make it, slow ones do not.
        Map<Stage, List<Duration>> spread = Map.of(Stage.DRAFTING, days(100, 300, 500, 700));
        List<Forecast.InProgress> drafting = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            drafting.add(new Forecast.InProgress(id, Stage.DRAFTING, NOW));
        }
        var result = Forecast.forecast(15, DEADLINE, NOW, 5, drafting, spread, POLICY);
        assertThat(result.low()).as("slow: 500 + 90 days is after the deadline").isEqualTo(5);
        assertThat(result.high()).as("quick: 100 + 90 days is before it").isEqualTo(15);
        assertThat(result.expected()).as("typical: 300 + 90 days is before it").isEqualTo(15);
        assertThat(result.verdict()).isEqualTo(Forecast.Verdict.AT_RISK);
    }

    @Test
    void percentilesAreNearestRank() {
        List<Duration> sorted = days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Forecast.percentile(sorted, 50)).isEqualTo(Duration.ofDays(5));
        assertThat(Forecast.percentile(sorted, 90)).isEqualTo(Duration.ofDays(9));
        assertThat(Forecast.percentile(sorted, 25)).isEqualTo(Duration.ofDays(3));
        assertThat(Forecast.percentile(days(42), 75)).isEqualTo(Duration.ofDays(42));
    }

    private static List<Duration> days(long... values) {
        List<Duration> durations = new ArrayList<>();
        for (long v : values) {
            durations.add(Duration.ofDays(v));
        }
        return durations;
    }

    private static Map<Stage, Duration> policy(long days) {
        Map<Stage, Duration> policy = new EnumMap<>(Stage.class);
        for (Stage stage : Forecast.DEVELOPMENT) {
            policy.put(stage, Duration.ofDays(days));
        }
        return policy;
    }
}
