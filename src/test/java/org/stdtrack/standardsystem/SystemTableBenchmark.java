package org.stdtrack.standardsystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.report.StageReportForBenchmarks;
import org.stdtrack.support.BenchmarkData;

/**
 * A national-size system table (issue 30, item 5): 10,000 rows over 500 nodes, each filled by a tracked standard
 * with its stage history; the gap report (for a reader who sees every draft and for one who sees none), as of a
 * past date, the version's tree and its XLSX, side by side with the stage report over the same standards,
 * measured in the same run. Run with {@code mvn -Pbenchmark test -Dtest=SystemTableBenchmark}; writes
 * target/system-table-benchmark.md. Not part of the test suite, and asserts nothing about time.
 */
class SystemTableBenchmark {

    private static final int ROWS = 10_000;
    private static final int ROOTS = 20;
    private static final int CHILDREN_PER_ROOT = 24;
    private static final int EVENTS_PER_STANDARD = 10;
    private static final AppUser ADMIN =
            new AppUser("admin", "Benchmark", null, Set.of(new RoleGrant(Role.ADMIN, null, null)));
    private static final AppUser ENTERPRISE =
            new AppUser("enterprise", "Benchmark", null, Set.of(new RoleGrant(Role.ENTERPRISE, null, null)));

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void gapReportOfANationalSizeSystemTable() throws Exception {
        results.append("| database | gap report, administrator (median) | gap report, enterprise (median) | "
                + "gap report as of a past date (median) | the version's tree (median) | XLSX export (median) | "
                + "stage report over the same " + ROWS + " standards (median) | gap report / stage report |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(h2Dir, this::run);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/system-table-benchmark.md"), results.toString());
        System.out.println(results);
    }

    private void run(String name, String url, String user, String password) {
        try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            BenchmarkData.load(jdbc, ROWS, EVENTS_PER_STANDARD);
            loadSystemTable(jdbc);
            jdbc.execute(url.startsWith("jdbc:postgresql") ? "vacuum analyze" : "analyze");

            SystemGaps gaps = app.getBean(SystemGaps.class);
            SystemTables tables = app.getBean(SystemTables.class);
            SystemTableExport export = app.getBean(SystemTableExport.class);
            LocalDate past = LocalDate.of(2025, 6, 30);
            Runnable write = () -> touch(jdbc);
            Duration admin = BenchmarkData.median(20, write, () -> gaps.report(ADMIN, "BENCH", null, null, null));
            Duration enterprise =
                    BenchmarkData.median(20, write, () -> gaps.report(ENTERPRISE, "BENCH", null, null, null));
            Duration asOf = BenchmarkData.median(10, write, () -> gaps.report(ADMIN, "BENCH", null, past, null));
            Duration tree = BenchmarkData.median(20, write, () -> tables.view(ADMIN, "BENCH", "2025"));
            Duration xlsx = BenchmarkData.median(
                    5, write, () -> export.xlsx(tables.view(ADMIN, "BENCH", "2025"), Locale.CHINESE).length);
            Duration stageReport =
                    BenchmarkData.median(20, write, () -> StageReportForBenchmarks.countToday(app, "BENCH"));
            results.append("| %s | %s | %s | %s | %s | %s | %s | %.1f |%n"
                    .formatted(
                            name,
                            BenchmarkData.ms(admin),
                            BenchmarkData.ms(enterprise),
                            BenchmarkData.ms(asOf),
                            BenchmarkData.ms(tree),
                            BenchmarkData.ms(xlsx),
                            BenchmarkData.ms(stageReport),
                            (double) admin.toNanos() / stageReport.toNanos()));
        }
    }

    /**
     * The current version of programme BENCH: {@link #ROOTS} top nodes of {@link #CHILDREN_PER_ROOT} each (500
     * nodes), and a row under a child node for each of the programme's standards, linked since 2024; every third
     * row a target row due in 2026 or 2027.
     */
    private static void loadSystemTable(JdbcTemplate jdbc) {
        Timestamp created = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
        jdbc.update(
                "insert into system_table (programme_code, version, title_en, title_zh, is_current, created_at, "
                        + "created_by) values ('BENCH', '2025', 'Benchmark system', '基准体系', true, ?, 'bench')",
                created);
        long table = jdbc.queryForObject("select id from system_table where programme_code = 'BENCH'", Long.class);
        List<Object[]> nodes = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        for (int r = 0; r < ROOTS; r++) {
            String root = "R%02d".formatted(r);
            nodes.add(new Object[] {table, root, null, "Root " + r, "根 " + r, r});
            for (int c = 0; c < CHILDREN_PER_ROOT; c++) {
                String child = root + ".C%02d".formatted(c);
                nodes.add(new Object[] {table, child, root, "Child " + c, "子 " + c, c});
                leaves.add(child);
            }
        }
        jdbc.batchUpdate(
                "insert into system_node (table_id, code, parent_code, name_en, name_zh, position) "
                        + "values (?, ?, ?, ?, ?, ?)",
                nodes);
        List<Long> standards =
                jdbc.queryForList("select id from standard where programme_code = 'BENCH' order by id", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            rows.add(new Object[] {
                table,
                leaves.get(i % leaves.size()),
                "Planned standard " + i,
                "规划标准 " + i,
                i % 3 == 0,
                i % 3 == 0 ? 2026 + i % 2 : null,
                standards.get(i),
                created
            });
        }
        jdbc.batchUpdate(
                "insert into system_row (table_id, node_code, title, title_zh, level, target, priority, target_year, "
                        + "standard_id, created_at, created_by) values (?, ?, ?, ?, 'GB_T', ?, 'MEDIUM', ?, ?, ?, 'bench')",
                rows);
        jdbc.update("insert into system_row_link (row_id, standard_id, linked_at, linked_by) "
                + "select id, standard_id, created_at, 'bench' from system_row where table_id = " + table);
    }

    /** A real write to the tables read between timed runs: H2 reuses a query's result while they are unchanged. */
    private static void touch(JdbcTemplate jdbc) {
        jdbc.update("update standard set stage_code = stage_code where id = (select min(id) from standard)");
        jdbc.update("update stage_event set code = code where id = (select min(id) from stage_event)");
        jdbc.update("update system_row set title = title where id = (select min(id) from system_row)");
        jdbc.update(
                "update system_row_link set linked_by = linked_by where id = (select min(id) from system_row_link)");
    }
}
