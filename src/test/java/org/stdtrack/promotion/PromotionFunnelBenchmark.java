package org.stdtrack.promotion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.report.AdoptionReportForBenchmarks;
import org.stdtrack.support.BenchmarkData;

/**
 * The promotion funnel at national size (issue 32, item 5): 100,000 registrations for 500 events and 20,000
 * adoption declarations over 30,000 enterprises, side by side with the adoption report (today's enterprise KPI)
 * over the same data, measured in the same run. Run with {@code mvn -Pbenchmark test
 * -Dtest=PromotionFunnelBenchmark}; writes target/promotion-funnel-benchmark.md. Not part of the test suite,
 * and asserts nothing about time.
 */
class PromotionFunnelBenchmark {

    private static final int STANDARDS = 2_000;
    private static final int EVENTS = 500;
    private static final int REGISTRATIONS = 100_000;
    private static final int DECLARATIONS = 20_000;
    private static final int ENTERPRISES = 30_000;
    private static final AppUser ADMIN =
            new AppUser("admin", "Benchmark", null, Set.of(new RoleGrant(Role.ADMIN, null, null)));

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void funnelOverAHundredThousandRegistrations() throws Exception {
        results.append("| database | funnel (median) | funnel for one domain, as of a past day (median) | "
                + "adoption report over the same data (median) | funnel / adoption report |\n"
                + "|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(h2Dir, this::run);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/promotion-funnel-benchmark.md"), results.toString());
        System.out.println(results);
    }

    private void run(String name, String url, String user, String password) {
        try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            BenchmarkData.load(jdbc, STANDARDS, 4);
            load(jdbc);
            jdbc.execute(url.startsWith("jdbc:postgresql") ? "vacuum analyze" : "analyze");
            PromotionFunnel funnel = app.getBean(PromotionFunnel.class);
            // Both readings' tables written between runs: H2 would otherwise answer from its query cache.
            long firstEvent = jdbc.queryForObject("select min(id) from promotion_event", Long.class);
            long firstAdoption = jdbc.queryForObject("select min(id) from adoption", Long.class);
            Runnable write = () -> {
                jdbc.update("update promotion_event set title = title where id = ?", firstEvent);
                jdbc.update("update adoption set scope = scope where id = ?", firstAdoption);
            };
            Duration whole = BenchmarkData.median(10, write, () -> funnel.funnel("BENCH", null, null, null, null));
            Duration narrowed = BenchmarkData.median(
                    10, write, () -> funnel.funnel("BENCH", "SRV", null, null, LocalDate.of(2026, 6, 30)));
            Duration adoption =
                    BenchmarkData.median(10, write, () -> AdoptionReportForBenchmarks.report(app, ADMIN, "BENCH"));
            results.append("| %s | %s | %s | %s | %.1f |%n"
                    .formatted(
                            name,
                            BenchmarkData.ms(whole),
                            BenchmarkData.ms(narrowed),
                            BenchmarkData.ms(adoption),
                            (double) whole.toNanos() / adoption.toNanos()));
        }
    }

    /**
     * {@link #EVENTS} events of CESI in 2025 and 2026, each promoting one of BENCH's standards, with 200
     * registrations each (two in three present) from {@link #ENTERPRISES} enterprises, and {@link #DECLARATIONS}
     * declarations on the standards, half of them verified.
     */
    private static void load(JdbcTemplate jdbc) {
        Random random = new Random(7);
        List<Long> standards =
                jdbc.queryForList("select id from standard where programme_code = 'BENCH' order by id", Long.class);
        Instant start = Instant.parse("2025-01-01T01:00:00Z");
        List<Object[]> events = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            Instant at = start.plus(Duration.ofDays(e));
            events.add(new Object[] {
                "Benchmark training " + e, Timestamp.from(at), Timestamp.from(at.plus(Duration.ofHours(6)))
            });
        }
        jdbc.batchUpdate(
                "insert into promotion_event (programme_code, organiser, title, kind, starts_at, ends_at, place,"
                        + " capacity, hours, certificate_policy, walk_ins, created_at, created_by, updated_at,"
                        + " updated_by) values ('BENCH', 'CESI', ?, 'TRAINING', ?, ?, 'Beijing', 500, 6,"
                        + " 'ATTENDANCE', false, ?, 'bench', ?, 'bench')",
                events.stream()
                        .map(row -> new Object[] {row[0], row[1], row[2], row[1], row[1]})
                        .toList());
        List<Long> eventIds = jdbc.queryForList(
                "select id from promotion_event where programme_code = 'BENCH' order by id", Long.class);
        List<Object[]> promoted = new ArrayList<>();
        for (int e = 0; e < eventIds.size(); e++) {
            promoted.add(new Object[] {eventIds.get(e), standards.get(e % standards.size())});
        }
        jdbc.batchUpdate("insert into promotion_event_standard (event_id, standard_id) values (?, ?)", promoted);
        List<Object[]> registrations = new ArrayList<>();
        for (int r = 0; r < REGISTRATIONS; r++) {
            long event = eventIds.get(r % eventIds.size());
            registrations.add(new Object[] {
                event,
                "Person " + r,
                "Enterprise",
                code(random.nextInt(ENTERPRISES)),
                random.nextInt(3) > 0,
                Timestamp.from(start)
            });
            if (registrations.size() == 10_000) {
                insertRegistrations(jdbc, registrations);
            }
        }
        insertRegistrations(jdbc, registrations);
        List<Object[]> declarations = new ArrayList<>();
        for (int d = 0; d < DECLARATIONS; d++) {
            Instant at = start.plus(Duration.ofDays(random.nextInt(600)));
            boolean verified = d % 2 == 0;
            declarations.add(new Object[] {
                standards.get(d % standards.size()),
                code(random.nextInt(ENTERPRISES)),
                Timestamp.from(at),
                verified ? "VERIFIED" : "DECLARED",
                verified ? Timestamp.from(at.plus(Duration.ofDays(3))) : null
            });
        }
        jdbc.batchUpdate(
                "insert into adoption (standard_id, enterprise_name, credit_code, scope, products_or_services,"
                        + " implemented_on, evidence, aligned_areas, declared_by, declared_at, status, decided_at)"
                        + " values (?, 'Enterprise', ?, 'Scope', 'Products', date '2025-01-01',"
                        + " 'https://example.org', 'DELIVERY', 'bench', ?, ?, ?)",
                declarations);
    }

    private static void insertRegistrations(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into event_registration (event_id, name, enterprise, credit_code, present, registered_at,"
                        + " registered_by) values (?, ?, ?, ?, ?, ?, 'bench')",
                rows);
        rows.clear();
    }

    /** A made-up credit code per enterprise number, spread over a few provinces (not check-digit valid). */
    private static String code(int enterprise) {
        String[] provinces = {"11", "31", "44", "32", "33", "51"};
        return "91" + provinces[enterprise % provinces.length] + String.format("%014d", enterprise);
    }
}
