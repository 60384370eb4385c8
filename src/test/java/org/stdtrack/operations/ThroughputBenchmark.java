package org.stdtrack.operations;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.StdtrackApplication;
import org.stdtrack.support.BenchmarkData;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * Throughput on H2 (file) and PostgreSQL side by side, and with history level full against audit:
 * boot time (a JVM of its own, on an empty database, until ready); standards registered over HTTP up to their first task, per second; tasks completed over
 * HTTP per second with latency percentiles, 8 clients; how fast the job executor works off the timers
 * those completions leave due; heap in use with 100,000 standards and 1,000,000 stage events loaded.
 * Run with {@code mvn -Pbenchmark test}; writes target/throughput.md. Asserts nothing about time.
 */
class ThroughputBenchmark {

    private static final int CLIENTS = 8;
    private static final int STANDARDS = 400;
    private static final int WARM_UP = 200;

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder("""
            | database, history | boot: first start / restart | registrations/s (to first task) | completions/s | completion p50 / p95 / p99 | timers fired/s | heap used, 100,000 standards |
            |---|---|---|---|---|---|---|
            """);

    @Test
    void throughput() throws Exception {
        run("H2 (file), full", h2("full"), h2("full-boot"), "sa", "", "full");
        run("H2 (file), audit", h2("audit"), h2("audit-boot"), "sa", "", "audit");
        run("PostgreSQL 15, full", EmbeddedPostgres.newDatabase("tp" + System.nanoTime() % 100000),
                EmbeddedPostgres.newDatabase("tpboot" + System.nanoTime() % 100000), "postgres", "postgres", "full");
        run("PostgreSQL 15, audit", EmbeddedPostgres.newDatabase("tpa" + System.nanoTime() % 100000),
                EmbeddedPostgres.newDatabase("tpaboot" + System.nanoTime() % 100000), "postgres", "postgres", "audit");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/throughput.md"), results.toString());
        System.out.println(results);
    }

    private String h2(String name) {
        return "jdbc:h2:file:" + h2Dir.resolve(name) + ";WRITE_DELAY=0";
    }

    /**
     * The time from starting a JVM with the tracker to its readiness probe answering UP: on an empty
     * database (first start: schemas created), then again on the same one (a node's usual restart).
     */
    private static Duration[] boot(String url, String user, String password, String historyLevel) throws Exception {
        Duration[] boots = new Duration[2];
        for (int i = 0; i < boots.length; i++) {
            long start = System.nanoTime();
            try (AppProcess app = AppProcess.start(Path.of("target", "throughput-boot.log"), List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password, "--stdtrack.demo.standards=false",
                    "--camunda.bpm.history-level=" + historyLevel, "--logging.level.root=WARN"))) {
                boots[i] = Duration.ofNanos(System.nanoTime() - start);
            }
        }
        return boots;
    }

    private void run(String name, String url, String bootUrl, String user, String password, String historyLevel) throws Exception {
        if (!name.contains(System.getProperty("benchmark.only", ""))) {
            return;
        }
        Duration[] boot = boot(bootUrl, user, password, historyLevel);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StdtrackApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--stdtrack.demo.standards=false", "--camunda.bpm.history-level=" + historyLevel,
                "--stdtrack.policy.proposal-comment-period=P0D", "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            HttpApi demo = new HttpApi(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), UnaryOperator.identity());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            demo.get("secretary", "/api/tasks"); // sign-in remembered, as for a client that is already working
            warmUp(demo, jdbc);

            List<Long> ids = Collections.synchronizedList(new ArrayList<>());
            double registrations = STANDARDS / seconds(parallel(i -> ids.add(demo.register("secretary", "Throughput " + i)), null));

            List<String> tasks = jdbc.queryForList("select task_id from open_task where task_key = 'submitProposal'", String.class);
            tasks.removeAll(warmedUp);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            // -Dbenchmark.profile=true records where the completions spend their time (JDK Flight Recorder).
            jdk.jfr.Recording recording = Boolean.getBoolean("benchmark.profile")
                    ? new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile")) : null;
            if (recording != null) {
                recording.start();
            }
            long completionsStart = System.nanoTime();
            double completions = tasks.size() / seconds(parallel(i -> {
                long begin = System.nanoTime();
                var answer = demo.send("secretary", "POST", "/api/tasks/" + tasks.get(i) + "/complete", Map.of());
                latencies.add(System.nanoTime() - begin);
                if (answer.status() != 200) {
                    throw new IllegalStateException(answer.body().toString());
                }
            }, tasks.size()));
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of("target", "completions-" + name.replaceAll("\\W+", "-") + ".jfr"));
                recording.close();
            }
            // Every completion left a timer due at once (P0D): how soon the job executor has fired them all.
            awaitApprovals(jdbc, warmedUp.size() + tasks.size());
            double timers = tasks.size() / ((System.nanoTime() - completionsStart) / 1e9);
            Collections.sort(latencies);

            BenchmarkData.load(jdbc, 100_000, 10);
            demo.get("observer", "/api/reports/stages?programme=BENCH&groupBy=domain");
            demo.get("observer", "/api/standards?programme=BENCH&size=500");
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

            results.append("| %s | %.1f s / %.1f s | %.0f | %.0f | %s / %s / %s | %.0f | %d MB |%n".formatted(name,
                    boot[0].toMillis() / 1000.0, boot[1].toMillis() / 1000.0,
                    registrations, completions, ms(latencies, 0.5), ms(latencies, 0.95), ms(latencies, 0.99), timers, heap >> 20));
        }
    }

    /** Task ids completed during the warm-up, not counted again. */
    private final List<String> warmedUp = new ArrayList<>();

    /**
     * The same work, untimed, before measuring: without it the first configuration in the JVM is measured
     * while the JIT compiler still works (a first run measured H2 at less than half its warm rate).
     */
    private void warmUp(HttpApi demo, JdbcTemplate jdbc) throws Exception {
        parallel(i -> demo.register("secretary", "Warm-up " + i), WARM_UP);
        List<String> tasks = jdbc.queryForList("select task_id from open_task where task_key = 'submitProposal'", String.class);
        parallel(i -> demo.send("secretary", "POST", "/api/tasks/" + tasks.get(i) + "/complete", Map.of()), tasks.size());
        warmedUp.clear();
        warmedUp.addAll(tasks);
        awaitApprovals(jdbc, tasks.size());
    }

    /** Until the job executor has fired the timers: that many approveProposal tasks are open. */
    private static void awaitApprovals(JdbcTemplate jdbc, int count) throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from open_task where task_key = 'approveProposal'", Long.class) < count) {
            Thread.sleep(100);
        }
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /** Runs the steps 0..count-1 on {@link #CLIENTS} clients; returns the elapsed nanoseconds. */
    private static long parallel(Step step, Integer count) throws Exception {
        int total = count == null ? STANDARDS : count;
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    step.run(i);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String ms(List<Long> sorted, double quantile) {
        return "%.0f ms".formatted(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6);
    }

}
