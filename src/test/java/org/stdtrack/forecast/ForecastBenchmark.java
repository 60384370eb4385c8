package org.stdtrack.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stdtrack.forecast.ForecastSimulation.Ending;
import org.stdtrack.forecast.ForecastSimulation.Episode;
import org.stdtrack.forecast.ForecastSimulation.Settings;
import org.stdtrack.forecast.ForecastSimulation.Standing;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Track;

/**
 * The target forecast's simulation: 10,000 programmes of 1,000 standards in progress, on a history of
 * 3,000 measured stays with send-backs, repeats and cancellations; next to the bare cost of the random
 * numbers the same runs draw (the floor no simulation of this kind goes below) and the same simulation on
 * one thread. Run with {@code mvn -Pbenchmark test}; appends to target/benchmarks-forecast.md. Asserts
 * nothing about time.
 */
class ForecastBenchmark {

    private static final int STANDARDS = 1_000;
    private static final int RUNS = 10_000;

    @Test
    void simulation() throws Exception {
        SplittableRandom history = new SplittableRandom(7);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Stage stage = ForecastSimulation.DEVELOPMENT.get(i % ForecastSimulation.DEVELOPMENT.size());
            double u = history.nextDouble();
            Ending ending =
                    u < 0.8 ? Ending.FORWARD : u < 0.9 ? Ending.BACK : u < 0.96 ? Ending.REPEAT : Ending.CANCELLED;
            episodes.add(new Episode(
                    stage, 20 + history.nextDouble() * 200, ending, ending == Ending.BACK ? Stage.PRELIMINARY : null));
        }
        Map<Stage, Double> policy = new EnumMap<>(Stage.class);
        ForecastSimulation.DEVELOPMENT.forEach(stage -> policy.put(stage, 60.0));
        List<Standing> standards = new ArrayList<>();
        for (int i = 0; i < STANDARDS; i++) {
            standards.add(new Standing(
                    i,
                    ForecastSimulation.DEVELOPMENT.get(i % 6),
                    history.nextDouble() * 100,
                    i % 10 == 0 ? Track.ADOPTION : Track.REGULAR));
        }
        Settings settings = new Settings(RUNS, 20251001, 3, 0.35, 3650);
        var models = ForecastSimulation.models(episodes, policy, settings);

        // Warm up the JIT on a smaller problem, then measure each way three times and keep the best.
        ForecastSimulation.run(standards.subList(0, 100), models, 400, 0, 30, settings);
        long parallel = best(() -> ForecastSimulation.run(standards, models, 400, 0, 300, settings));
        long sequential = best(() -> {
            ForecastSimulation.StageModel[] stages = ForecastSimulation.DEVELOPMENT.stream()
                    .map(models::get)
                    .toArray(ForecastSimulation.StageModel[]::new);
            for (Standing s : standards) {
                SplittableRandom random = new SplittableRandom(s.id());
                for (int r = 0; r < RUNS; r++) {
                    ForecastSimulation.publication(s, stages, 4000, random);
                }
            }
        });
        long[] draws = {0};
        long floor = best(() -> {
            SplittableRandom random = new SplittableRandom(1);
            long sum = 0;
            // Seven stays per standard and run on average in this history: one 64-bit draw each.
            for (long i = 0; i < (long) STANDARDS * RUNS * 7; i++) {
                sum += random.nextLong();
            }
            draws[0] = sum;
        });
        var outcome = ForecastSimulation.run(standards, models, 400, 0, 300, settings);
        String result = """
                ## Forecast simulation (%d programmes × %d standards in progress, %d cores)

                | what | time |
                |---|---|
                | the report's simulation, all cores | %d ms |
                | the same runs on one thread | %d ms |
                | the random numbers alone (7 × %,d draws, one thread) | %d ms |

                P(target of 300 by day 400) = %.3f; published p10/p50/p90 = %d/%d/%d (checksum %d).

                """.formatted(
                        RUNS,
                        STANDARDS,
                        Runtime.getRuntime().availableProcessors(),
                        parallel,
                        sequential,
                        (long) STANDARDS * RUNS,
                        floor,
                        outcome.pTarget(),
                        outcome.p10(),
                        outcome.p50(),
                        outcome.p90(),
                        draws[0] & 0xff);
        Files.writeString(
                Path.of("target/benchmarks-forecast.md"), result, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(result);
    }

    private static long best(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }
}
