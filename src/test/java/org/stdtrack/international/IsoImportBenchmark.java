package org.stdtrack.international;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.support.BenchmarkData;

/**
 * ISO's whole deliverables file (80,000 lines in ISO's JSON Lines format, generated; scopes of a few hundred
 * characters as ISO's have) dry-run against 2,000 tracked projects of 50 committees, beside reading the same
 * file with the JSON library alone (the floor: every line must be parsed), with the heap before, at its peak and
 * after. Run with {@code mvn -Pbenchmark test -Dtest=IsoImportBenchmark}; writes target/iso-import-benchmark.md.
 * Not part of the test suite, and asserts nothing about time.
 */
class IsoImportBenchmark {

    private static final int LINES = 80_000;
    private static final int PROJECTS = 2_000;
    private static final int COMMITTEES = 50;
    private static final AppUser ADMIN =
            new AppUser("admin", "Benchmark", null, Set.of(new RoleGrant(Role.ADMIN, null, null)));

    @TempDir
    Path dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void isosWholeDeliverablesFile() throws Exception {
        Path file = dir.resolve("iso_deliverables_metadata.jsonl");
        write(file);
        results.append("| database | lines | file | JSON library alone | dry run | commit | dry run / library |"
                + " heap before → peak during → after (MB) |\n|---|---|---|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(dir, (name, url, user, password) -> run(name, url, user, password, file));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/iso-import-benchmark.md"), results.toString());
        System.out.println(results);
    }

    private void run(String name, String url, String user, String password, Path file) throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkData.application(url, user, password)) {
            track(app.getBean(JdbcTemplate.class));
            IsoImports imports = app.getBean(IsoImports.class);
            var upload = new IsoImports.Upload("bench", IsoOpenData.JSON_LINES, file, "bench");

            long start = System.nanoTime();
            long parsed = parseAlone(file);
            Duration library = Duration.ofNanos(System.nanoTime() - start);

            System.gc();
            long heapBefore =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            start = System.nanoTime();
            IsoImports.DeliverablesResult dry = imports.deliverables(ADMIN, true, upload);
            Duration dryRun = Duration.ofNanos(System.nanoTime() - start);
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            System.gc();
            long heapAfter =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (!dry.errors().isEmpty() || dry.rows() != parsed) {
                throw new IllegalStateException(
                        "the benchmark file is not clean: " + dry.errors().subList(0, 3));
            }
            start = System.nanoTime();
            IsoImports.DeliverablesResult done = imports.deliverables(ADMIN, false, upload);
            Duration commit = Duration.ofNanos(System.nanoTime() - start);
            results.append(
                    "| %s | %d (%d matched, %d stage changes, %d discovered) | %.0f MB | %.1f s | %.1f s | %.1f s | %.1f | %d → %d → %d |%n"
                            .formatted(
                                    name,
                                    dry.rows(),
                                    done.matched(),
                                    done.stageChanges(),
                                    done.discoveredTotal(),
                                    Files.size(file) / 1e6,
                                    library.toMillis() / 1000.0,
                                    dryRun.toMillis() / 1000.0,
                                    commit.toMillis() / 1000.0,
                                    (double) dryRun.toNanos() / library.toNanos(),
                                    heapBefore >> 20,
                                    heapPeak >> 20,
                                    heapAfter >> 20));
        }
    }

    /** Every line read and parsed with Jackson, and nothing else. */
    private static long parseAlone(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (json.readTree(line).isObject()) {
                    lines++;
                }
            }
        }
        return lines;
    }

    /** {@link #COMMITTEES} tracked committees and {@link #PROJECTS} projects, ISO's ids 1 to 2,000. */
    private static void track(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> committees = new ArrayList<>();
        for (int c = 0; c < COMMITTEES; c++) {
            committees.add(new Object[] {"ISO/TC " + (100 + c), 5_000_000L + c, "Committee " + c, "技术委员会 " + c, now});
        }
        jdbc.batchUpdate(
                "insert into intl_committee (code, body, iso_id, name_en, name_zh, china_membership, updated_at,"
                        + " updated_by) values (?, 'ISO', ?, ?, ?, 'P', ?, 'bench')",
                committees);
        List<Object[]> projects = new ArrayList<>();
        for (int p = 1; p <= PROJECTS; p++) {
            projects.add(
                    new Object[] {"ISO " + p, (long) p, "Deliverable " + p, "ISO/TC " + (100 + p % COMMITTEES), now});
        }
        jdbc.batchUpdate(
                "insert into intl_project (programme_code, body, reference, iso_id, title, owner_committee,"
                        + " deliverable_type, stage_code, china_role, created_at, created_by)"
                        + " values ('CLOUD-2025', 'ISO', ?, ?, ?, ?, 'IS', '30.20', 'PARTICIPATING', ?, 'bench')",
                projects);
    }

    /**
     * ISO's file as ISO writes it: every field of a deliverable, a scope of a few hundred characters; half the
     * tracked projects moved on, one line in ten of a tracked committee.
     */
    private static void write(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String scope = "This document specifies concepts, terms and definitions for cloud computing and distributed "
                + "platforms, including the roles, activities and components of a cloud service, and gives guidance "
                + "on their use in procurement, design, operation and assessment of cloud services. ".repeat(2);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int id = 1; id <= LINES; id++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", id);
                line.put("deliverableType", "IS");
                line.put("supplementType", null);
                line.put("reference", "ISO " + id);
                line.put("title", Map.of("en", "Deliverable " + id, "fr", "Livrable " + id));
                line.put("publicationDate", id % 3 == 0 ? "2024-05-31" : null);
                line.put("edition", 1 + id % 4);
                line.put("icsCode", List.of("35.210", "35.020"));
                line.put(
                        "ownerCommittee", "ISO/TC " + (100 + (id % 10 == 0 ? id % COMMITTEES : COMMITTEES + id % 300)));
                line.put("currentStage", id <= PROJECTS && id % 2 == 0 ? 4020 : 3020);
                line.put("replaces", List.of());
                line.put("replacedBy", null);
                line.put("languages", List.of("en", "fr"));
                line.put("pages", Map.of("en", 20 + id % 80));
                line.put("scope", Map.of("en", scope));
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
    }
}
