package org.stdtrack.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.catalogue.PublicCatalogue;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.support.BenchmarkData;

/**
 * Issue 33's speeds, each beside a reference measured in the same run: the committee dashboard of a committee
 * with 2,000 standards in development (each with an open task; 150 of them with a ballot's 30 votes, as the
 * national data set's big committee has them) beside reading the same 2,000 standards through
 * the list's query; and the public catalogue's search over 150,000 published standards beside the signed-in
 * list's search for the same words. p50 and p95 of 50 runs. Run with {@code mvn -Pbenchmark test
 * -Dtest=WhoActsNextBenchmark}; writes target/benchmarks-who-acts-next.md. Asserts nothing about time.
 */
class WhoActsNextBenchmark {

    private static final int IN_DEVELOPMENT = 2_000;
    /** Standards in technical review with a ballot open, and the votes each waits on (national size: issue 34). */
    private static final int BALLOTS = 150;

    private static final int VOTES = 30;
    private static final int PUBLISHED = 150_000;
    private static final int RUNS = 50;
    private static final String[] WORDS = {"cloud", "edge", "storage", "security", "service", "network", "data"};

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder(
            "| database | committee dashboard, " + IN_DEVELOPMENT + " in development (p50 / p95) | the same "
                    + IN_DEVELOPMENT + " standards read by the list's query (p50 / p95) | catalogue search, "
                    + PUBLISHED + " published (p50 / p95) | signed-in list search, same words (p50 / p95) |\n"
                    + "|---|---|---|---|---|\n");

    @Test
    void dashboardAndCatalogue() throws Exception {
        BenchmarkData.onEachDatabase(h2Dir, this::run);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmarks-who-acts-next.md"), results.toString());
        System.out.println(results);
    }

    private void run(String name, String url, String user, String password) {
        try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            load(jdbc);
            jdbc.execute(url.startsWith("jdbc:postgresql") ? "vacuum analyze" : "analyze");
            AppUser admin = new AppUser("bench", "Bench", null, Set.of(new RoleGrant(Role.ADMIN, null, null)));
            CommitteeDashboards dashboards = app.getBean(CommitteeDashboards.class);
            StandardRepository standards = app.getBean(StandardRepository.class);
            PublicCatalogue catalogue = app.getBean(PublicCatalogue.class);

            ObjectMapper json = app.getBean(ObjectMapper.class);
            // As the API answers it: read and written as JSON.
            long[] dashboard = timed(i ->
                    written(json, dashboards.committee(admin, "TC28-SC38", "BENCH", CommitteeDashboards.PER_STAGE)));
            long[] listed = timed(i -> standards.search(
                    new StandardRepository.Filter(
                            "BENCH", null, null, "TC28-SC38", null, null, null, List.of(), false, false, null),
                    0,
                    IN_DEVELOPMENT + 1));
            long[] search =
                    timed(i -> catalogue.search(WORDS[i % WORDS.length] + " " + (i % 9), null, null, null, 0, 20));
            long[] list = timed(i -> standards.search(
                    new StandardRepository.Filter(
                            null,
                            null,
                            null,
                            null,
                            WORDS[i % WORDS.length] + " " + (i % 9),
                            null,
                            null,
                            List.of(),
                            false,
                            true,
                            null),
                    0,
                    20));
            results.append("| %s | %s / %s | %s / %s | %s / %s | %s / %s |%n"
                    .formatted(
                            name,
                            ms(dashboard[0]),
                            ms(dashboard[1]),
                            ms(listed[0]),
                            ms(listed[1]),
                            ms(search[0]),
                            ms(search[1]),
                            ms(list[0]),
                            ms(list[1])));
        }
    }

    private static int written(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** p50 and p95 in nanoseconds of {@link #RUNS} runs after two untimed warm-ups. */
    private static long[] timed(IntFunction<?> query) {
        query.apply(0);
        query.apply(1);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.apply(i);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(null);
        return new long[] {nanos.get(RUNS / 2), nanos.get((int) Math.ceil(RUNS * 0.95) - 1)};
    }

    private static String ms(long nanos) {
        return "%.1f ms".formatted(nanos / 1_000_000.0);
    }

    /**
     * Programme BENCH: {@link #IN_DEVELOPMENT} standards of TC28-SC38 in development, each with an open task of
     * its secretariat or, for {@link #BALLOTS} in technical review, {@link #VOTES} members' votes; and {@link #PUBLISHED} published, in-force and withdrawn standards with numbers and titles
     * of a few words each.
     */
    private static void load(JdbcTemplate jdbc) {
        jdbc.update("insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises) "
                + "values ('BENCH', 'Benchmark', '基准', 30, date '2027-12-31', 1000)");
        Random random = new Random(33);
        long first = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from standard", Long.class);
        String[] developing = {"PRELIMINARY", "PROPOSAL", "DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL"};
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> candidates = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2026-01-05T08:00:00Z"));
        int ballots = 0;
        for (int i = 0; i < IN_DEVELOPMENT; i++) {
            long id = first + i;
            String stage = developing[i % developing.length];
            rows.add(new Object[] {id, "BENCH", "Developing " + i, stage, null, null, null});
            Timestamp since = Timestamp.from(created.toInstant().plusSeconds(random.nextInt(20_000_000)));
            if (stage.equals("TECHNICAL_REVIEW") && ballots++ < BALLOTS) {
                for (int v = 0; v < VOTES; v++) {
                    tasks.add(new Object[] {"bench-vote-" + id + "-" + v, id, "castVote", "voter" + v, since});
                }
            } else {
                String task = "bench-task-" + id;
                tasks.add(new Object[] {task, id, "submitDraft", null, since});
                candidates.add(new Object[] {task, "secretariatTC28SC38"});
            }
        }
        insert(jdbc, rows, "TC28-SC38");
        jdbc.batchUpdate(
                "insert into open_task (task_id, standard_id, task_key, assignee, created_at, name)"
                        + " values (?, ?, ?, ?, ?, 'Bench')",
                tasks);
        jdbc.batchUpdate("insert into open_task_candidate (task_id, group_id) values (?, ?)", candidates);
        String[] published = {"PUBLISHED", "IN_FORCE", "IN_FORCE", "PERIODIC_REVIEW", "WITHDRAWN"};
        for (int i = 0; i < PUBLISHED; i++) {
            long id = first + IN_DEVELOPMENT + i;
            int year = 2000 + random.nextInt(27);
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + random.nextInt(10) + " requirements " + i;
            rows.add(new Object[] {
                id,
                "BENCH",
                title,
                published[i % published.length],
                "GB/T " + (100_000 + i) + "-" + year,
                "GB/T " + (100_000 + i) + "-" + year,
                Date.valueOf(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)))
            });
            if (rows.size() == 5_000) {
                insert(jdbc, rows, "CCSA-TC1");
            }
        }
        insert(jdbc, rows, "CCSA-TC1");
    }

    /** The published standards are another committee's: the dashboard's committee holds its 2,000 in work. */
    private static void insert(JdbcTemplate jdbc, List<Object[]> rows, String committee) {
        jdbc.batchUpdate(
                "insert into standard (id, programme_code, title, type, domain_code, committee_code, stage, stage_code,"
                        + " published_number, national_number, publication_date, created_at, created_by)"
                        + " values (?, ?, ?, 'GB_T', 'SRV.IAAS', '" + committee + "', ?, '00.00', ?, ?, ?,"
                        + " current_timestamp, 'bench')",
                rows);
        rows.clear();
    }
}
