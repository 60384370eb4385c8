package org.stdtrack.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Track;

/**
 * Simulates the programme many times over, each standard in progress stage by stage, from what the
 * programme has measured: how long a stage takes and how it ends (forward, sent back, repeated, cancelled).
 * Where few stages have been measured, the policy's typical duration stands in as a prior (a log-normal
 * around it) and the prior outcome is "forward". Seeded per standard: the same history gives the same
 * answer, whatever the number of threads.
 *
 * <p>Times are in days from now. A standard's first stage continues from where it is: its duration is drawn
 * among those longer than the time already spent there, and what is left of it counts; a standard that has
 * overrun every duration the stage could take starts a fresh one (it is still there, after all).
 */
public final class ForecastSimulation {

    /** The stages before publication, in order. */
    public static final List<Stage> DEVELOPMENT = List.of(
            Stage.PRELIMINARY,
            Stage.PROPOSAL,
            Stage.DRAFTING,
            Stage.CONSULTATION,
            Stage.TECHNICAL_REVIEW,
            Stage.APPROVAL);

    /** Entries of each stage's inverse distribution table: a draw is one random index. */
    public static final int TABLE = 1024;

    /** How the measured end of a stage went. */
    enum Ending {
        FORWARD,
        BACK,
        REPEAT,
        CANCELLED
    }

    /** One measured stay in a stage: its length in days and how it ended (BACK: to which stage). */
    record Episode(Stage stage, double days, Ending ending, Stage backTo) {}

    /** A standard in progress: where it is, how long it has been there, and its track (what it skips). */
    public record Standing(long id, Stage stage, double daysInStage, Track track) {}

    /** The simulation's knobs (policy). */
    record Settings(int runs, long seed, double priorWeight, double priorSpread, double horizonDays) {}

    /** What a stage takes and how it ends, as the simulation draws it. */
    public record StageModel(
            double[] durations, double forward, double back, double repeat, int backTo, int measured, double median) {}

    /** Per standard: the chance of publication by the deadline and the 10th, 50th, 90th percentile days. */
    public record StandardOutcome(long id, double pByDeadline, double p10Days, double p50Days, double p90Days) {}

    /** The whole programme: in how many runs at least {@code needed} were published by the deadline. */
    public record Outcome(
            double pTarget, int p10, int p50, int p90, double mean, List<StandardOutcome> standards, List<Band> band) {}

    /** The count published by a checkpoint ({@code days} from now): its 10th, 50th and 90th percentile. */
    public record Band(double days, int p10, int p50, int p90) {}

    private ForecastSimulation() {}

    /** Each stage's model from the measured episodes and the policy's typical durations (days). */
    static Map<Stage, StageModel> models(List<Episode> episodes, Map<Stage, Double> policyDays, Settings settings) {
        Map<Stage, StageModel> models = new EnumMap<>(Stage.class);
        for (Stage stage : DEVELOPMENT) {
            List<Episode> measured =
                    episodes.stream().filter(e -> e.stage() == stage).toList();
            double prior = settings.priorWeight();
            double n = measured.size();
            // Outcomes: the measured counts, with the prior's weight on "forward".
            double forward =
                    measured.stream().filter(e -> e.ending() == Ending.FORWARD).count() + prior;
            double back =
                    measured.stream().filter(e -> e.ending() == Ending.BACK).count();
            double repeat =
                    measured.stream().filter(e -> e.ending() == Ending.REPEAT).count();
            double total = n + prior;
            // Sent back: to where it was most often sent back, else the stage before.
            int backTo = measured.stream()
                    .filter(e -> e.ending() == Ending.BACK && DEVELOPMENT.contains(e.backTo()))
                    .collect(java.util.stream.Collectors.groupingBy(
                            e -> DEVELOPMENT.indexOf(e.backTo()), java.util.stream.Collectors.counting()))
                    .entrySet()
                    .stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(Math.max(0, DEVELOPMENT.indexOf(stage) - 1));
            double[] table = durationTable(
                    measured.stream().mapToDouble(Episode::days).sorted().toArray(),
                    policyDays.get(stage),
                    prior,
                    settings.priorSpread());
            models.put(
                    stage,
                    new StageModel(
                            table,
                            forward / total,
                            back / total,
                            repeat / total,
                            backTo,
                            measured.size(),
                            table[TABLE / 2]));
        }
        return models;
    }

    /**
     * The inverse distribution of a stage's duration as a table of {@link #TABLE} quantiles: the measured
     * durations with weight n, the prior (log-normal with median {@code policy} and spread {@code sigma})
     * with weight {@code priorWeight}.
     */
    static double[] durationTable(double[] sortedMeasured, double policy, double priorWeight, double sigma) {
        int n = sortedMeasured.length;
        double share = n / (n + priorWeight);
        double[] table = new double[TABLE];
        // The mixture's quantiles by bisection on its distribution function.
        for (int i = 0; i < TABLE; i++) {
            double u = (i + 0.5) / TABLE;
            double lo = 0;
            double hi = Math.max(policy * Math.exp(6 * sigma), n == 0 ? 0 : sortedMeasured[n - 1]) + 1;
            for (int step = 0; step < 60; step++) {
                double mid = (lo + hi) / 2;
                double cdf = share * empirical(sortedMeasured, mid) + (1 - share) * logNormal(mid, policy, sigma);
                if (cdf < u) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            table[i] = hi;
        }
        return table;
    }

    private static double empirical(double[] sorted, double x) {
        if (sorted.length == 0) {
            return 0;
        }
        int at = Arrays.binarySearch(sorted, x);
        int count = at >= 0 ? upper(sorted, at) : -at - 1;
        return (double) count / sorted.length;
    }

    private static int upper(double[] sorted, int at) {
        int i = at;
        while (i < sorted.length && sorted[i] == sorted[at]) {
            i++;
        }
        return i;
    }

    /** The log-normal's distribution function; with no spread, a step at the median. */
    private static double logNormal(double x, double median, double sigma) {
        if (x <= 0) {
            return 0;
        }
        if (sigma <= 0) {
            return x >= median ? 1 : 0;
        }
        return 0.5 * (1 + erf(Math.log(x / median) / (sigma * Math.sqrt(2))));
    }

    /** Abramowitz and Stegun 7.1.26: enough for a table of quantiles (error below 1.5e-7). */
    private static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1
                - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                        * t
                        * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }

    /**
     * Runs the programme {@code settings.runs()} times: how many standards are published by the deadline
     * ({@code deadlineDays} from now) in each run, added to {@code alreadyPublished}.
     */
    static Outcome run(
            List<Standing> standards,
            Map<Stage, StageModel> models,
            double deadlineDays,
            long alreadyPublished,
            int target,
            Settings settings) {
        return run(standards, models, new double[] {deadlineDays}, alreadyPublished, target, settings);
    }

    /**
     * As above, the deadline being the last of the {@code checkpoints} (days from now, ascending); the outcome
     * also gives, at each checkpoint, the 10th, 50th and 90th percentile of the count published by then.
     */
    static Outcome run(
            List<Standing> standards,
            Map<Stage, StageModel> models,
            double[] checkpoints,
            long alreadyPublished,
            int target,
            Settings settings) {
        int runs = settings.runs();
        double deadlineDays = checkpoints[checkpoints.length - 1];
        StageModel[] byIndex = DEVELOPMENT.stream().map(models::get).toArray(StageModel[]::new);
        double cap = Math.max(deadlineDays, 0) + settings.horizonDays();
        StandardOutcome[] outcomes = new StandardOutcome[standards.size()];
        // Each worker counts, per checkpoint and run, the standards it simulated that were first published by
        // then (in the interval before it); summed over workers and then over checkpoints at the end.
        int[][] counts = IntStream.range(0, standards.size())
                .parallel()
                .collect(
                        () -> new Worker(runs, checkpoints),
                        (worker, i) -> outcomes[i] = worker.simulate(standards.get(i), byIndex, cap, settings),
                        Worker::add)
                .published;
        List<Band> band = new ArrayList<>();
        int[] total = new int[runs];
        Arrays.fill(total, (int) alreadyPublished);
        for (int c = 0; c < checkpoints.length; c++) {
            for (int r = 0; r < runs; r++) {
                total[r] += counts[c][r];
            }
            int[] sorted = total.clone();
            Arrays.sort(sorted);
            band.add(new Band(
                    checkpoints[c], percentile(sorted, 0.10), percentile(sorted, 0.50), percentile(sorted, 0.90)));
        }
        long reached = 0;
        double sum = 0;
        for (int r = 0; r < runs; r++) {
            reached += total[r] >= target ? 1 : 0;
            sum += total[r];
        }
        Band atDeadline = band.get(band.size() - 1);
        return new Outcome(
                (double) reached / runs,
                atDeadline.p10(),
                atDeadline.p50(),
                atDeadline.p90(),
                sum / runs,
                List.of(outcomes),
                band);
    }

    private static int percentile(int[] sorted, double q) {
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }

    /** A worker's running counts, and room for one standard's runs. */
    private static final class Worker {
        final int[][] published;
        final double[] days;
        final double[] checkpoints;

        Worker(int runs, double[] checkpoints) {
            this.checkpoints = checkpoints;
            published = new int[checkpoints.length][runs];
            days = new double[runs];
        }

        StandardOutcome simulate(Standing standing, StageModel[] stages, double cap, Settings settings) {
            SplittableRandom random = new SplittableRandom(settings.seed() * 31 + standing.id());
            int start = DEVELOPMENT.indexOf(standing.stage());
            int longer = longerThan(stages[start].durations(), standing.daysInStage());
            double deadline = checkpoints[checkpoints.length - 1];
            int inTime = 0;
            for (int r = 0; r < days.length; r++) {
                double day = publication(start, longer, standing, stages, cap, random);
                days[r] = day;
                if (day <= deadline) {
                    inTime++;
                    int c = 0;
                    while (checkpoints[c] < day) {
                        c++;
                    }
                    published[c][r]++;
                }
            }
            // The median first: selecting it leaves the smaller values before it and the larger after,
            // which shortens the two selections that follow.
            double p50 = quantile(days, 0.50);
            return new StandardOutcome(
                    standing.id(), (double) inTime / days.length, quantile(days, 0.10), p50, quantile(days, 0.90));
        }

        void add(Worker other) {
            for (int c = 0; c < published.length; c++) {
                for (int r = 0; r < published[c].length; r++) {
                    published[c][r] += other.published[c][r];
                }
            }
        }
    }

    /** Days from now to the standard's publication in one run; infinity if cancelled or beyond the cap. */
    static double publication(Standing standing, StageModel[] stages, double cap, SplittableRandom random) {
        int start = DEVELOPMENT.indexOf(standing.stage());
        return publication(
                start, longerThan(stages[start].durations(), standing.daysInStage()), standing, stages, cap, random);
    }

    /**
     * One run of a standard that stands at stage {@code start}, whose current stay is one of the durations
     * from table index {@code longer} on (all of them longer than the time spent), or a fresh one when none is.
     */
    private static double publication(
            int start, int longer, Standing standing, StageModel[] stages, double cap, SplittableRandom random) {
        int at = start;
        long bits = random.nextLong();
        double[] table = stages[at].durations();
        double t = longer < TABLE
                ? table[longer + (int) (((random.nextLong() >>> 32) * (TABLE - longer)) >>> 32)]
                        - standing.daysInStage()
                : table[(int) (bits & (TABLE - 1))];
        while (true) {
            StageModel stage = stages[at];
            double u = (bits >>> 11) * 0x1.0p-53;
            if (u < stage.forward()) {
                at = next(at, standing.track());
                if (at >= stages.length) {
                    return t <= cap ? t : Double.POSITIVE_INFINITY;
                }
            } else if (u < stage.forward() + stage.back()) {
                at = stage.backTo();
            } else if (u >= stage.forward() + stage.back() + stage.repeat()) {
                return Double.POSITIVE_INFINITY;
            }
            if (t > cap) {
                return Double.POSITIVE_INFINITY;
            }
            bits = random.nextLong();
            t += stages[at].durations()[(int) (bits & (TABLE - 1))];
        }
    }

    /** The first index of the (sorted) table whose duration is longer than {@code spent}; TABLE if none is. */
    static int longerThan(double[] table, double spent) {
        int from = Arrays.binarySearch(table, spent);
        from = from >= 0 ? from + 1 : -from - 1;
        while (from < TABLE && table[from] <= spent) {
            from++;
        }
        return from;
    }

    /** The stage after this one, past those the track skips (drafting; for some, consultation too). */
    private static int next(int at, Track track) {
        int next = at + 1;
        while (next < DEVELOPMENT.size() && skips(track, DEVELOPMENT.get(next))) {
            next++;
        }
        return next;
    }

    private static boolean skips(Track track, Stage stage) {
        return (stage == Stage.DRAFTING && track.skipsDrafting())
                || (stage == Stage.CONSULTATION && track.skipsConsultation());
    }

    /** The q-quantile of the values (infinity counts as later than any day); the array is reordered. */
    static double quantile(double[] values, double q) {
        int k = (int) Math.floor(q * (values.length - 1));
        return select(values, k);
    }

    /** The k-th smallest value (Hoare's selection, expected linear time). */
    private static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
