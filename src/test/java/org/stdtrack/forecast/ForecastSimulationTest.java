package org.stdtrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stdtrack.forecast.ForecastSimulation.Ending;
import org.stdtrack.forecast.ForecastSimulation.Episode;
import org.stdtrack.forecast.ForecastSimulation.Settings;
import org.stdtrack.forecast.ForecastSimulation.Standing;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Track;

/** The forecast's simulation on constructed histories whose answer is known. */
class ForecastSimulationTest {

    private static final Settings FIXED = new Settings(2_000, 42, 3, 0, 3650);
    private static final Settings SPREAD = new Settings(2_000, 42, 3, 0.35, 3650);

    /** Every stage measured 100 times at exactly {@code days}, always forward. */
    private static List<Episode> fixed(double days) {
        List<Episode> episodes = new ArrayList<>();
        for (Stage stage : ForecastSimulation.DEVELOPMENT) {
            for (int i = 0; i < 100; i++) {
                episodes.add(new Episode(stage, days, Ending.FORWARD, null));
            }
        }
        return episodes;
    }

    private static Map<Stage, Double> policy(double days) {
        Map<Stage, Double> policy = new EnumMap<>(Stage.class);
        ForecastSimulation.DEVELOPMENT.forEach(stage -> policy.put(stage, days));
        return policy;
    }

    private static List<Standing> atStart(int count) {
        List<Standing> standings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            standings.add(new Standing(i, Stage.PRELIMINARY, 0, Track.REGULAR));
        }
        return standings;
    }

    @Test
    void withoutAttritionAndWithFixedDurationsTheAnswerIsCertain() {
        var models = ForecastSimulation.models(fixed(30), policy(30), FIXED);
        // Six stages of 30 days: published on day 180, in every run.
        var inTime = ForecastSimulation.run(atStart(10), models, 181, 0, 10, FIXED);
        assertThat(inTime.pTarget()).isEqualTo(1.0);
        assertThat(inTime.p10()).isEqualTo(10);
        assertThat(inTime.p90()).isEqualTo(10);
        assertThat(inTime.standards().get(0).p50Days()).isEqualTo(180.0, within(0.01));
        assertThat(inTime.standards().get(0).pByDeadline()).isEqualTo(1.0);
        var tooLate = ForecastSimulation.run(atStart(10), models, 179, 0, 10, FIXED);
        assertThat(tooLate.pTarget()).isZero();
        assertThat(tooLate.p90()).isZero();
        assertThat(tooLate.standards().get(0).pByDeadline()).isZero();
    }

    @Test
    void withoutMeasurementsThePolicyIsThePriorAndItsSpreadGivesARange() {
        var certain = ForecastSimulation.models(List.of(), policy(30), FIXED);
        assertThat(certain.get(Stage.DRAFTING).median()).isEqualTo(30.0, within(0.01));
        assertThat(certain.get(Stage.DRAFTING).measured()).isZero();
        var spread = ForecastSimulation.models(List.of(), policy(30), SPREAD);
        var outcome = ForecastSimulation.run(atStart(1), spread, 180, 0, 1, SPREAD);
        var standard = outcome.standards().get(0);
        assertThat(standard.p50Days()).isBetween(170.0, 200.0);
        assertThat(standard.p10Days()).isLessThan(standard.p50Days());
        assertThat(standard.p90Days()).isGreaterThan(standard.p50Days());
        assertThat(standard.pByDeadline()).isBetween(0.25, 0.65);
    }

    @Test
    void aFiftyPercentCancellationRateHalvesTheExpectedCount() {
        List<Episode> episodes = new ArrayList<>(fixed(30));
        episodes.removeIf(e -> e.stage() == Stage.APPROVAL);
        for (int i = 0; i < 1_000; i++) {
            episodes.add(new Episode(Stage.APPROVAL, 30, i % 2 == 0 ? Ending.FORWARD : Ending.CANCELLED, null));
        }
        var settings = new Settings(2_000, 42, 0, 0, 3650);
        var models = ForecastSimulation.models(episodes, policy(30), settings);
        var outcome = ForecastSimulation.run(atStart(100), models, 400, 0, 50, settings);
        assertThat(outcome.mean()).isEqualTo(50.0, within(1.0));
        assertThat(outcome.pTarget()).isBetween(0.4, 0.65);
        var none = ForecastSimulation.run(
                atStart(100), ForecastSimulation.models(fixed(30), policy(30), settings), 400, 0, 50, settings);
        assertThat(none.mean()).isEqualTo(100.0);
    }

    @Test
    void fastTracksSkipDraftingAndRevisionsConsultationToo() {
        List<Episode> episodes = new ArrayList<>(fixed(30));
        episodes.removeIf(e -> e.stage() == Stage.DRAFTING);
        for (int i = 0; i < 100; i++) {
            episodes.add(new Episode(Stage.DRAFTING, 300, Ending.FORWARD, null));
        }
        var models = ForecastSimulation.models(episodes, policy(30), FIXED);
        var outcome = ForecastSimulation.run(
                List.of(
                        new Standing(1, Stage.PROPOSAL, 0, Track.ADOPTION),
                        new Standing(2, Stage.PROPOSAL, 0, Track.REGULAR),
                        new Standing(3, Stage.PROPOSAL, 0, Track.REVISION)),
                models,
                1000,
                0,
                3,
                FIXED);
        assertThat(outcome.standards().get(0).p50Days())
                .as("IDT/MOD: proposal, consultation, review, approval")
                .isEqualTo(120.0, within(0.01));
        assertThat(outcome.standards().get(1).p50Days()).isEqualTo(420.0, within(0.01));
        assertThat(outcome.standards().get(2).p50Days())
                .as("a revision: proposal, review, approval")
                .isEqualTo(90.0, within(0.01));
    }

    @Test
    void timeAlreadySpentCountsAsTheStageNotYetFinished() {
        List<Episode> episodes = new ArrayList<>(fixed(30));
        episodes.removeIf(e -> e.stage() == Stage.APPROVAL);
        for (int days = 10; days <= 100; days += 10) {
            for (int i = 0; i < 20; i++) {
                episodes.add(new Episode(Stage.APPROVAL, days, Ending.FORWARD, null));
            }
        }
        var models = ForecastSimulation.models(episodes, policy(30), new Settings(2_000, 42, 0, 0, 3650));
        var settings = new Settings(2_000, 42, 0, 0, 3650);
        var late = ForecastSimulation.run(
                List.of(new Standing(1, Stage.APPROVAL, 95, Track.REGULAR)), models, 1000, 0, 1, settings);
        assertThat(late.standards().get(0).p50Days())
                .as("only the 100-day stays last beyond 95 days")
                .isEqualTo(5.0, within(0.6));
        var fresh = ForecastSimulation.run(
                List.of(new Standing(1, Stage.APPROVAL, 0, Track.REGULAR)), models, 1000, 0, 1, settings);
        assertThat(fresh.standards().get(0).p50Days()).isBetween(45.0, 65.0);
        var overrun = ForecastSimulation.run(
                List.of(new Standing(1, Stage.APPROVAL, 500, Track.REGULAR)), models, 1000, 0, 1, settings);
        assertThat(overrun.standards().get(0).p50Days())
                .as("past every stay: a fresh one")
                .isBetween(45.0, 65.0);
    }

    @Test
    void sendingBackAndRepeatingTakeTime() {
        List<Episode> episodes = new ArrayList<>(fixed(30));
        episodes.removeIf(e -> e.stage() == Stage.TECHNICAL_REVIEW);
        for (int i = 0; i < 90; i++) {
            Ending ending = i % 3 == 0 ? Ending.FORWARD : i % 3 == 1 ? Ending.BACK : Ending.REPEAT;
            episodes.add(
                    new Episode(Stage.TECHNICAL_REVIEW, 30, ending, ending == Ending.BACK ? Stage.CONSULTATION : null));
        }
        var settings = new Settings(2_000, 42, 0, 0, 3650);
        var models = ForecastSimulation.models(episodes, policy(30), settings);
        assertThat(models.get(Stage.TECHNICAL_REVIEW).backTo())
                .isEqualTo(ForecastSimulation.DEVELOPMENT.indexOf(Stage.CONSULTATION));
        var outcome = ForecastSimulation.run(
                List.of(new Standing(1, Stage.TECHNICAL_REVIEW, 0, Track.REGULAR)), models, 10_000, 0, 1, settings);
        // Without a detour: review 30 + approval 30. Each review is left forwards with chance 1/3: on average
        // three reviews, and every send-back adds a consultation.
        assertThat(outcome.standards().get(0).p10Days()).isEqualTo(60.0, within(0.01));
        assertThat(outcome.standards().get(0).p50Days()).isGreaterThan(60.0);
        assertThat(outcome.standards().get(0).pByDeadline()).isEqualTo(1.0);
    }

    @Test
    void theSameHistoryGivesTheSameAnswer() {
        var models = ForecastSimulation.models(List.of(), policy(60), SPREAD);
        var once = ForecastSimulation.run(atStart(50), models, 365, 3, 30, SPREAD);
        var again = ForecastSimulation.run(atStart(50), models, 365, 3, 30, SPREAD);
        assertThat(again).isEqualTo(once);
        assertThat(once.p10()).isGreaterThanOrEqualTo(3);
    }
}
