package org.stdtrack.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stdtrack.standard.Stage;

/**
 * Forecasts when unpublished standards will be published, from how long each stage has taken in this
 * programme.
 *
 * <p>For each development stage the durations measured so far (entry to leaving it forwards) give a
 * quick (25th percentile), a typical (median) and a slow (75th percentile) duration. With fewer than
 * {@link #MIN_SAMPLES} measurements, the stage's policy duration is used for all three. A standard's
 * expected publication is now, plus what remains of its current stage (the stage's duration less the
 * time already spent in it, never less than zero), plus the durations of the stages still ahead of it.
 * Counting the standards whose date falls before the deadline, added to those already published in
 * time, gives the expected number and its low (slow durations) to high (quick durations) range.
 *
 * <p>Verdict: ON_TRACK when even the low count reaches the target, AT_RISK when the high count does,
 * OFF_TRACK when not even the high count does.
 */
final class Forecast {

    static final int MIN_SAMPLES = 3;

    /** The stages a standard passes through before publication, in order. */
    static final List<Stage> DEVELOPMENT = List.of(
            Stage.PRELIMINARY,
            Stage.PROPOSAL,
            Stage.DRAFTING,
            Stage.CONSULTATION,
            Stage.TECHNICAL_REVIEW,
            Stage.APPROVAL);

    enum Verdict {
        ON_TRACK,
        AT_RISK,
        OFF_TRACK
    }

    /** An unpublished, uncancelled standard: where it is and since when. */
    record InProgress(long id, Stage stage, Instant stageEnteredAt) {}

    record StageDurations(Duration quick, Duration typical, Duration slow, int samples) {}

    record Expected(long id, Instant early, Instant typical, Instant late) {}

    record Result(
            int target,
            long publishedInTime,
            long expected,
            long low,
            long high,
            Verdict verdict,
            Map<Stage, StageDurations> durations,
            List<Expected> standards) {}

    private Forecast() {}

    static Result forecast(
            int target,
            Instant deadline,
            Instant now,
            long publishedInTime,
            List<InProgress> inProgress,
            Map<Stage, List<Duration>> measured,
            Map<Stage, Duration> policy) {
        Map<Stage, StageDurations> durations = new EnumMap<>(Stage.class);
        for (Stage stage : DEVELOPMENT) {
            durations.put(stage, durations(measured.getOrDefault(stage, List.of()), policy.get(stage)));
        }
        List<Expected> expected = new ArrayList<>();
        long typical = 0;
        long early = 0;
        long late = 0;
        for (InProgress standard : inProgress) {
            Expected e = new Expected(
                    standard.id(),
                    publication(standard, now, durations, StageDurations::quick),
                    publication(standard, now, durations, StageDurations::typical),
                    publication(standard, now, durations, StageDurations::slow));
            expected.add(e);
            typical += e.typical().isAfter(deadline) ? 0 : 1;
            early += e.early().isAfter(deadline) ? 0 : 1;
            late += e.late().isAfter(deadline) ? 0 : 1;
        }
        long low = publishedInTime + late;
        long high = publishedInTime + early;
        Verdict verdict = low >= target ? Verdict.ON_TRACK : high >= target ? Verdict.AT_RISK : Verdict.OFF_TRACK;
        return new Result(target, publishedInTime, publishedInTime + typical, low, high, verdict, durations, expected);
    }

    private static Instant publication(
            InProgress standard,
            Instant now,
            Map<Stage, StageDurations> durations,
            Function<StageDurations, Duration> pick) {
        int current = DEVELOPMENT.indexOf(standard.stage());
        Duration spent = Duration.between(standard.stageEnteredAt(), now);
        Duration remaining = pick.apply(durations.get(standard.stage())).minus(spent);
        Instant date = now.plus(remaining.isNegative() ? Duration.ZERO : remaining);
        for (Stage ahead : DEVELOPMENT.subList(current + 1, DEVELOPMENT.size())) {
            date = date.plus(pick.apply(durations.get(ahead)));
        }
        return date;
    }

    static StageDurations durations(List<Duration> samples, Duration policy) {
        if (samples.size() < MIN_SAMPLES) {
            return new StageDurations(policy, policy, policy, samples.size());
        }
        List<Duration> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return new StageDurations(
                percentile(sorted, 25), percentile(sorted, 50), percentile(sorted, 75), sorted.size());
    }

    /** Nearest-rank percentile of sorted values. */
    static Duration percentile(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
