package org.stdtrack.portfolio;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.support.BenchmarkData;

/**
 * Imports 10,000 standards spread over every stage, dry run and commit, on H2 and PostgreSQL, beside the
 * engine's own cost of starting as many process instances before an activity (the floor of placing
 * them), measured in the same run. Run with {@code mvn -Pbenchmark test -Dtest=ImportBenchmark}; writes
 * target/import-benchmark.md. Not part of the test suite, and asserts nothing about time.
 */
class ImportBenchmark {

    private static final int ROWS = 10_000;
    private static final AppUser ADMIN =
            new AppUser("admin", "Benchmark", null, Set.of(new RoleGrant(Role.ADMIN, null)));

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void importTenThousandRows() throws Exception {
        results.append("| database | rows | file | dry run | commit | per row (commit) | engine starts alone, " + ROWS
                + " | heap before → peak during → after (MB) |\n|---|---|---|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(h2Dir, this::run);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/import-benchmark.md"), results.toString());
        System.out.println(results);
    }

    private void run(String name, String url, String user, String password) throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
            Path file = Files.createTempFile("import-benchmark-", ".csv");
            Files.write(file, file(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
            var upload = new PortfolioImport.Upload(
                    "bench.csv", PortfolioFile.CSV, file, Sha256.of(Files.readAllBytes(file)));
            PortfolioImport imports = app.getBean(PortfolioImport.class);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

            long start = System.nanoTime();
            var dry = imports.run(ADMIN, "CLOUD-2025", true, upload);
            Duration dryRun = Duration.ofNanos(System.nanoTime() - start);
            if (!dry.errors().isEmpty()) {
                throw new IllegalStateException(
                        "benchmark file has errors: " + dry.errors().subList(0, 3));
            }
            start = System.nanoTime();
            var done = imports.run(ADMIN, "CLOUD-2025", false, upload);
            Duration commit = Duration.ofNanos(System.nanoTime() - start);
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();

            Duration engine = engineStarts(app);
            results.append("| %s | %d created | %.1f MB | %.1f s | %.1f s | %.1f ms | %.1f s | %d → %d → %d |%n"
                    .formatted(
                            name,
                            done.created(),
                            Files.size(file) / 1e6,
                            dryRun.toMillis() / 1000.0,
                            commit.toMillis() / 1000.0,
                            commit.toNanos() / 1e6 / ROWS,
                            engine.toMillis() / 1000.0,
                            heapBefore >> 20,
                            heapPeak >> 20,
                            heapAfter >> 20));
        }
    }

    /** The reference: as many bare process starts before the same activities, in one transaction. */
    private static Duration engineStarts(ConfigurableApplicationContext app) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String[] waits = {"submitProposal", "submitDraft", "submitForApproval", "periodicReview"};
        long first = jdbc.queryForObject("select min(id) from standard", Long.class);
        long start = System.nanoTime();
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (int i = 0; i < ROWS; i++) {
                BenchmarkData.engineStart(runtime, first, waits[i % waits.length]);
            }
            status.setRollbackOnly();
        });
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** 10,000 rows, a standard at each of the eleven stages in turn. */
    private static byte[] file(LocalDate today) {
        StringBuilder csv = new StringBuilder("title,type,domain,committee,lead_organisation,stage,stage_entered_on,"
                + "plan_number,plan_approved_on,published_number,publication_date,implementation_date,withdrawn_on\n");
        String[] stages = {
            "PRELIMINARY",
            "PROPOSAL",
            "DRAFTING",
            "CONSULTATION",
            "TECHNICAL_REVIEW",
            "APPROVAL",
            "PUBLISHED",
            "IN_FORCE",
            "PERIODIC_REVIEW",
            "WITHDRAWN",
            "CANCELLED"
        };
        for (int i = 0; i < ROWS; i++) {
            String stage = stages[i % stages.length];
            boolean planned = i % stages.length >= 2;
            boolean published = i % stages.length >= 6 && i % stages.length <= 9;
            LocalDate publication = today.minusYears(2);
            csv.append("Benchmark standard ")
                    .append(i)
                    .append(",GB_T,SRV.IAAS,TC28-SC38,CESI,")
                    .append(stage)
                    .append(',')
                    .append(published && !stage.equals("PERIODIC_REVIEW") ? "" : today.minusDays(10))
                    .append(',')
                    .append(planned ? "BENCH-" + i : "")
                    .append(',')
                    .append(planned ? today.minusYears(3) : "")
                    .append(',')
                    .append(published ? "GB/T " + (100000 + i) + "-" + publication.getYear() : "")
                    .append(',')
                    .append(published ? publication : "")
                    .append(',')
                    .append(
                            published
                                    ? (stage.equals("PUBLISHED") ? today.plusMonths(1) : publication.plusMonths(6))
                                    : "")
                    .append(',')
                    .append(stage.equals("WITHDRAWN") ? today.minusDays(5) : "")
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
