package org.stdtrack.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.standard.Stage;
import org.stdtrack.support.BenchmarkData;

/**
 * The stage report on 100,000 standards and 1,000,000 stage events, today and as of a past date, and
 * the same counts through the engine's query API. Run with {@code mvn -Pbenchmark test}; writes
 * target/benchmarks.md. Not part of the test suite, and asserts nothing about time.
 */
class ReportBenchmark {

    private static final int STANDARDS = 100_000;
    private static final int EVENTS_PER_STANDARD = 10;
    /** Process instances for the engine comparison: as many as the report's standards. */
    private static final int ENGINE_INSTANCES = STANDARDS;
    /** Process starts per transaction while loading the engine's side. */
    private static final int STARTS_PER_TRANSACTION = 500;
    /** A user task or timer where each stage's standards wait, for the engine's side. */
    private static final Map<Stage, String> WAITS_AT = Map.of(
            Stage.PRELIMINARY,
            "submitProposal",
            Stage.PROPOSAL,
            "approveProposal",
            Stage.DRAFTING,
            "submitDraft",
            Stage.CONSULTATION,
            "resolveComments",
            Stage.TECHNICAL_REVIEW,
            "decideFailedBallot",
            Stage.APPROVAL,
            "publish");

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void stageReports() throws Exception {
        results.append(
                "| database | stage report today (median) | as of a past date (median) | grouped by domain (median) | "
                        + "engine query, " + ENGINE_INSTANCES + " instances (median) | projection, same "
                        + ENGINE_INSTANCES
                        + " (median) | engine / projection | load time, projection | load time, engine instances |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(h2Dir, this::run);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmarks.md"), results.toString());
        System.out.println(results);
    }

    private void run(String name, String url, String user, String password) {
        try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long loadStart = System.nanoTime();
            BenchmarkData.load(jdbc, STANDARDS, EVENTS_PER_STANDARD);
            Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
            // Statistics as a maintained database has them (autovacuum / ANALYZE).
            jdbc.execute(url.startsWith("jdbc:postgresql") ? "vacuum analyze" : "analyze");
            StageCounts counts = app.getBean(StageCounts.class);
            Instant pastDate = LocalDate.of(2025, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC);
            Runnable write = () -> touch(jdbc);
            Duration today = BenchmarkData.median(50, write, () -> counts.current("BENCH", StageCounts.GroupBy.NONE));
            Duration asOf =
                    BenchmarkData.median(10, write, () -> counts.asOf("BENCH", pastDate, StageCounts.GroupBy.NONE));
            Duration grouped =
                    BenchmarkData.median(50, write, () -> counts.current("BENCH", StageCounts.GroupBy.DOMAIN));

            Duration engineLoad = startEngineInstances(app, jdbc);
            jdbc.execute(url.startsWith("jdbc:postgresql") ? "vacuum analyze" : "analyze");
            String definition = app.getBean(RepositoryService.class)
                    .createProcessDefinitionQuery()
                    .processDefinitionKey("standardLifecycle")
                    .latestVersion()
                    .singleResult()
                    .getId();
            ManagementService management = app.getBean(ManagementService.class);
            Duration engine = BenchmarkData.median(20, write, () -> {
                Map<String, Integer> perActivity = new HashMap<>();
                management
                        .createActivityStatisticsQuery(definition)
                        .list()
                        .forEach(a -> perActivity.put(a.getId(), a.getInstances()));
                return perActivity;
            });
            Duration projection =
                    BenchmarkData.median(20, write, () -> counts.current("BENCH-ENGINE", StageCounts.GroupBy.NONE));
            results.append("| %s | %s | %s | %s | %s | %s | %.1f | %s | %s (%.0f/s) |%n"
                    .formatted(
                            name,
                            BenchmarkData.ms(today),
                            BenchmarkData.ms(asOf),
                            BenchmarkData.ms(grouped),
                            BenchmarkData.ms(engine),
                            BenchmarkData.ms(projection),
                            (double) engine.toNanos() / projection.toNanos(),
                            seconds(load),
                            seconds(engineLoad),
                            ENGINE_INSTANCES / (engineLoad.toNanos() / 1e9)));
        }
    }

    /**
     * Standards of a second programme, each with a real process waiting where its stage waits; the
     * starts go in transactions of {@link #STARTS_PER_TRANSACTION}, as a bulk import would.
     */
    private static Duration startEngineInstances(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        long begin = System.nanoTime();
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        Long firstId = jdbc.queryForObject("select max(id) + 1 from standard", Long.class);
        List<Stage> stages = new ArrayList<>(WAITS_AT.keySet());
        for (int batch = 0; batch < ENGINE_INSTANCES; batch += STARTS_PER_TRANSACTION) {
            int from = batch;
            transaction.executeWithoutResult(status -> {
                List<Object[]> rows = new ArrayList<>();
                for (int i = from; i < Math.min(from + STARTS_PER_TRANSACTION, ENGINE_INSTANCES); i++) {
                    rows.add(new Object[] {
                        firstId + i, stages.get(i % stages.size()).name()
                    });
                }
                jdbc.batchUpdate(
                        "insert into standard (id, programme_code, title, type, domain_code, committee_code, stage, "
                                + "stage_code, created_at, created_by) values (?, 'BENCH-ENGINE', 'Engine benchmark', 'GB_T', 'SRV.IAAS', "
                                + "'TC28-SC38', ?, '00.00', current_timestamp, 'bench')",
                        rows);
                List<Object[]> processes = new ArrayList<>();
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    String process = runtime.createProcessInstanceByKey("standardLifecycle")
                            .businessKey(String.valueOf(id))
                            .setVariable("standardId", id)
                            .setVariable("secretariatGroup", "secretariatTC28SC38")
                            .setVariable("draftingGroup", "draftingTC28SC38")
                            .setVariable("approverGroup", "approverSAC")
                            .startBeforeActivity(WAITS_AT.get(Stage.valueOf((String) row[1])))
                            .execute()
                            .getId();
                    processes.add(new Object[] {process, id});
                }
                jdbc.batchUpdate("update standard set process_instance_id = ? where id = ?", processes);
            });
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /**
     * A real write to the tables the reports and the engine's query read, between timed runs: H2 reuses
     * the result of a query whose tables have not changed, which would measure a cache, not the query.
     */
    private static void touch(JdbcTemplate jdbc) {
        jdbc.update("update standard set stage_code = stage_code where id = (select min(id) from standard)");
        jdbc.update("update stage_event set code = code where id = (select min(id) from stage_event)");
        jdbc.update("update act_ru_execution set rev_ = rev_ where id_ = (select min(id_) from act_ru_execution)");
    }

    private static String seconds(Duration d) {
        return "%.0f s".formatted(d.toMillis() / 1000.0);
    }
}
