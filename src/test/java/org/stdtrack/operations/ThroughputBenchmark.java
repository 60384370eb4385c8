package org.stdtrack.operations;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.spi.ToolProvider;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.StdtrackApplication;
import org.stdtrack.support.BenchmarkData;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * Throughput on H2 (file) and PostgreSQL side by side, and with history level full against audit: boot
 * time (a JVM of its own, launched as the container image launches it, with and without a class data
 * sharing archive); standards registered over HTTP up to their first task, per second; tasks completed
 * over HTTP per second with latency percentiles, 8 clients; how fast the job executor fires timers that
 * fall due together; heap in use with 100,000 standards and 1,000,000 stage events loaded.
 * Run with {@code mvn -Pbenchmark test -Dtest=ThroughputBenchmark}; writes target/throughput.md.
 * Asserts nothing about time.
 */
class ThroughputBenchmark {

    private static final int CLIENTS = 8;
    private static final int STANDARDS = 400;
    /**
     * Standards registered and completed, untimed, before measuring. A server that has run for a while
     * has its hot paths compiled; on 2 cores the JIT compiler needs about this much work to get there (the
     * completion rate still rose by a tenth between the 1,500th and the 2,400th in a trial).
     */
    private static final int WARM_UP = 2_000;

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder("""
            | database, history | boot: first start / restart | boot with CDS archive: first start / restart | registrations/s (to first task) | completions/s | completion p50 / p95 / p99 | CPU per registration / completion | timers fired/s | heap used, 100,000 standards |
            |---|---|---|---|---|---|---|---|---|
            """);

    @Test
    void throughput() throws Exception {
        run("H2 (file), full", h2("full"), () -> h2("full-boot" + System.nanoTime()), "sa", "", "full");
        run("H2 (file), audit", h2("audit"), () -> h2("audit-boot" + System.nanoTime()), "sa", "", "audit");
        run(
                "PostgreSQL 15, full",
                EmbeddedPostgres.newDatabase("tp" + System.nanoTime() % 100000),
                () -> EmbeddedPostgres.newDatabase("tpboot" + System.nanoTime() % 100000),
                "postgres",
                "postgres",
                "full");
        run(
                "PostgreSQL 15, audit",
                EmbeddedPostgres.newDatabase("tpa" + System.nanoTime() % 100000),
                () -> EmbeddedPostgres.newDatabase("tpaboot" + System.nanoTime() % 100000),
                "postgres",
                "postgres",
                "audit");
        Files.createDirectories(Path.of("target"));
        results.append(warmUpRates).append(System.lineSeparator());
        Files.writeString(Path.of("target/throughput.md"), results.toString());
        System.out.println(results);
    }

    /** The options of application.yml's H2 URL, on a file of this run. */
    private String h2(String name) {
        return "jdbc:h2:file:" + h2Dir.resolve(name) + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * The time from starting a JVM with the tracker to its readiness probe answering UP: on an empty
     * database (first start: schemas created), then again on the same one (a node's usual restart). The
     * JVM is launched as the container image launches it: the application's classes in a jar, its runtime
     * libraries beside it, and with {@code cds} the class data sharing archive the image's build records.
     */
    private Duration[] boot(String url, String user, String password, String historyLevel, boolean cds)
            throws Exception {
        Duration[] boots = new Duration[2];
        List<String> jvm = new ArrayList<>(List.of("-XX:+UseParallelGC"));
        if (cds) {
            jvm.addAll(List.of("-XX:SharedArchiveFile=" + cdsArchive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        for (int i = 0; i < boots.length; i++) {
            long start = System.nanoTime();
            try (AppProcess app = AppProcess.start(
                    BOOT_LOG,
                    launchClassPath(),
                    jvm,
                    List.of(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + user,
                            "--spring.datasource.password=" + password,
                            "--stdtrack.demo.standards=false",
                            "--camunda.bpm.history-level=" + historyLevel,
                            "--logging.level.root=WARN"))) {
                boots[i] = Duration.ofNanos(System.nanoTime() - start);
            }
        }
        return boots;
    }

    private static final Path BOOT_LOG = Path.of("target", "throughput-boot.log");
    private String launchClassPath;
    private Path cdsArchive;

    /**
     * target/classes as a jar (class data sharing archives classes from jars only) and the runtime
     * libraries, as listed by the benchmark profile's dependency:build-classpath.
     */
    private String launchClassPath() throws Exception {
        if (launchClassPath == null) {
            Path jar = h2Dir.resolve("stdtrack.jar");
            // The JDK's jar tool: it writes the directory entries that classpath scanning (Flyway, templates) needs.
            int exit = ToolProvider.findFirst("jar")
                    .orElseThrow()
                    .run(System.out, System.err, "--create", "--file", jar.toString(), "-C", "target/classes", ".");
            if (exit != 0) {
                throw new IllegalStateException("jar exited with " + exit);
            }
            launchClassPath = jar
                    + File.pathSeparator
                    + Files.readString(Path.of("target", "runtime-classpath.txt"))
                            .strip();
        }
        return launchClassPath;
    }

    /** Records the archive as the Dockerfile does: one start on a scratch H2 database, ended once refreshed. */
    private Path cdsArchive() throws Exception {
        if (cdsArchive == null) {
            cdsArchive = h2Dir.resolve("stdtrack.jsa");
            int exit = AppProcess.run(
                    BOOT_LOG,
                    launchClassPath(),
                    List.of(
                            "-XX:+UseParallelGC",
                            "-XX:ArchiveClassesAtExit=" + cdsArchive,
                            "-Dspring.context.exit=onRefresh"),
                    List.of(
                            "--spring.datasource.url=" + h2("cds-training"),
                            "--stdtrack.demo.standards=false",
                            "--logging.level.root=WARN"));
            if (exit != 0 || !Files.exists(cdsArchive)) {
                throw new IllegalStateException("No class data sharing archive (exit " + exit + "); see " + BOOT_LOG);
            }
        }
        return cdsArchive;
    }

    private void run(
            String name, String url, Callable<String> bootUrl, String user, String password, String historyLevel)
            throws Exception {
        if (!name.contains(System.getProperty("benchmark.only", ""))) {
            return;
        }
        Duration[] boot = boot(bootUrl.call(), user, password, historyLevel, false);
        Duration[] cdsBoot = boot(bootUrl.call(), user, password, historyLevel, true);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StdtrackApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--stdtrack.demo.standards=false",
                        "--camunda.bpm.history-level=" + historyLevel,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            HttpApi demo = new HttpApi(
                    Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), UnaryOperator.identity());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            demo.simpleProcedure("admin");
            demo.get("secretary", "/api/tasks"); // sign-in remembered, as for a client that is already working
            Set<String> warmedUp = warmUp(name, demo, jdbc);

            long registrationCpu = cpuNanos();
            double registrations =
                    STANDARDS / seconds(parallel(i -> demo.register("secretary", "Throughput " + i), STANDARDS));
            registrationCpu = cpuNanos() - registrationCpu;

            List<String> tasks = submitProposalTasks(jdbc);
            tasks.removeAll(warmedUp);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            // -Dbenchmark.profile=true records where the completions spend their time (JDK Flight Recorder).
            jdk.jfr.Recording recording = Boolean.getBoolean("benchmark.profile")
                    ? new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))
                    : null;
            if (recording != null) {
                recording.start();
            }
            long completionCpu = cpuNanos();
            double completions = tasks.size()
                    / seconds(parallel(
                            i -> {
                                long begin = System.nanoTime();
                                complete(demo, tasks.get(i));
                                latencies.add(System.nanoTime() - begin);
                            },
                            tasks.size()));
            completionCpu = cpuNanos() - completionCpu;
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of("target", "completions-" + name.replaceAll("\\W+", "-") + ".jfr"));
                recording.close();
            }
            Collections.sort(latencies);

            // Each completion started the proposal's comment period (a timer, 30 days): all fall due at
            // once when the clock passes it, and the job executor works them off.
            int due = warmedUp.size() + tasks.size();
            ClockUtil.setCurrentTime(
                    Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));
            long timersStart = System.nanoTime();
            try {
                while (jdbc.queryForObject(
                                "select count(*) from open_task where task_key = 'approveProposal'", Long.class)
                        < due) {
                    Thread.sleep(100);
                }
            } finally {
                ClockUtil.reset();
            }
            double timers = due / seconds(System.nanoTime() - timersStart);

            BenchmarkData.load(jdbc, 100_000, 10);
            demo.get("observer", "/api/reports/stages?programme=BENCH&groupBy=domain");
            demo.get("observer", "/api/standards?programme=BENCH&size=500");
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

            results.append(
                    "| %s | %.1f s / %.1f s | %.1f s / %.1f s | %.0f | %.0f | %s / %s / %s | %.1f ms / %.1f ms | %.0f | %d MB |%n"
                            .formatted(
                                    name,
                                    boot[0].toMillis() / 1000.0,
                                    boot[1].toMillis() / 1000.0,
                                    cdsBoot[0].toMillis() / 1000.0,
                                    cdsBoot[1].toMillis() / 1000.0,
                                    registrations,
                                    completions,
                                    ms(latencies, 0.5),
                                    ms(latencies, 0.95),
                                    ms(latencies, 0.99),
                                    registrationCpu / 1e6 / STANDARDS,
                                    completionCpu / 1e6 / tasks.size(),
                                    timers,
                                    heap >> 20));
        }
    }

    /**
     * The warm-up: standards registered and their first tasks completed, untimed, in rounds of
     * {@link #STANDARDS}; returns the tasks completed.
     */
    private Set<String> warmUp(String name, HttpApi demo, JdbcTemplate jdbc) throws Exception {
        Set<String> completed = new HashSet<>();
        List<String> rates = new ArrayList<>();
        for (int done = 0; done < WARM_UP; done += STANDARDS) {
            parallel(i -> demo.register("secretary", "Warm-up " + i), STANDARDS);
            List<String> tasks = submitProposalTasks(jdbc);
            tasks.removeAll(completed);
            rates.add("%.0f"
                    .formatted(tasks.size() / seconds(parallel(i -> complete(demo, tasks.get(i)), tasks.size()))));
            completed.addAll(tasks);
        }
        warmUpRates.append("%n- %s: %s".formatted(name, String.join(", ", rates)));
        return completed;
    }

    /** Completions per second in each warm-up round, per configuration: how long the JIT compiler takes. */
    private final StringBuilder warmUpRates = new StringBuilder("\nCompletions/s in the warm-up rounds of 400:");

    private static List<String> submitProposalTasks(JdbcTemplate jdbc) {
        return new ArrayList<>(
                jdbc.queryForList("select task_id from open_task where task_key = 'submitProposal'", String.class));
    }

    private static void complete(HttpApi demo, String taskId) {
        var answer = demo.send("secretary", "POST", "/api/tasks/" + taskId + "/complete", Map.of());
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.body().toString());
        }
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /** Runs the steps 0..total-1 on {@link #CLIENTS} clients; returns the elapsed nanoseconds. */
    private static long parallel(Step step, int total) throws Exception {
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

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String ms(List<Long> sorted, double quantile) {
        return "%.0f ms"
                .formatted(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1))
                        / 1e6);
    }
}
