package org.stdtrack.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.standard.StandardConditions;
import org.stdtrack.support.BenchmarkData;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * Issue 34: the country's standards system ({@link NationalData}) built through the portfolio import beside the
 * engine's own process starts for as many standards, then what users do with 50 concurrent clients over HTTP,
 * each read beside the engine's own REST query for the nearest answer in the same run; completions while others
 * read beside the same completions alone; the lag of due timers while the rest wait; and the same mixed load on
 * one, two and three nodes on one PostgreSQL, with the CPU each request costs the nodes and the database.
 *
 * <p>Run with {@code mvn -Pbenchmark test -Dtest=NationalScaleBenchmark -Dbenchmark.scale=0.1} (1.0 = the
 * national figures; default 0.1); {@code -Dbenchmark.databases=postgres} or {@code h2} for one database (H2 is
 * built at a tenth of the scale). Writes target/benchmarks-national.md. Asserts nothing about time. {@code
 * -Dbenchmark.keep=<directory>} keeps the PostgreSQL data set for later runs, {@code -Dbenchmark.phases} and {@code
 * -Dbenchmark.reads} choose what they measure.
 */
class NationalScaleBenchmark {

    private static final int CLIENTS = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 4));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.measureSeconds", 8));
    /**
     * A user's pause between answers. Users read what they asked for: 50 users who never pause would be 50
     * requests always queued on 2 cores, and every percentile would be the queue's length. The nodes' table
     * measures that saturation on purpose (no pause).
     */
    private static final Duration THINK = Duration.ofMillis(Long.getLong("benchmark.thinkMillis", 1000));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path workDir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void nationalScale() throws Exception {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "0.1"));
        String databases = System.getProperty("benchmark.databases", "postgres,h2");
        Files.createDirectories(Path.of("target"));
        if (databases.contains("postgres")) {
            // -Dbenchmark.keep=<directory> keeps the PostgreSQL data set there: a later run with the same
            // directory measures it again without building it (the migrations added since still run).
            String keep = System.getProperty("benchmark.keep");
            String url = keep == null
                    ? EmbeddedPostgres.newDatabase("national" + System.nanoTime() % 100000)
                    : EmbeddedPostgres.keptDatabase(Path.of(keep), "national");
            run("PostgreSQL 15", url, "postgres", "postgres", scale, true);
        }
        if (databases.contains("h2")) {
            String url = "jdbc:h2:file:" + workDir.resolve("national")
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            run("H2 (file)", url, "sa", "", scale / 10, false);
        }
    }

    private void run(String name, String url, String user, String password, double scale, boolean everything)
            throws Exception {
        try (ConfigurableApplicationContext node = node(url, user, password)) {
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            // A kept data set (a directory whose build stopped half-way is to be deleted, not reused).
            if (jdbc.queryForObject(
                            "select count(*) from standard where programme_code = ?", Long.class, NationalData.ALL)
                    > 0) {
                section("%s, data set kept from an earlier run (%s)".formatted(name, LocalDate.now()));
                measure(url, user, password, node, jdbc, everything);
                return;
            }
            NationalData.Built built = profiled(
                    "build",
                    () -> new NationalData(node)
                            .build(NationalData.Size.at(scale), Files.createDirectories(workDir.resolve("files"))));
            // -Dbenchmark.reference=false skips the engine's starts (an hour at national scale) when a run measured
            // them.
            Duration engine = Boolean.parseBoolean(System.getProperty("benchmark.reference", "true"))
                    ? profiled("reference", () -> NationalData.engineStarts(node, built.withProcess()))
                    : null;
            jdbc.execute(url.startsWith("jdbc:postgresql") ? "vacuum analyze" : "analyze");
            section("%s, scale %s (%s)".formatted(name, scale, LocalDate.now()));
            building(built, engine, jdbc);
            save();
            // -Dbenchmark.phases=build stops here: the data set and its import, measured.
            if (!System.getProperty("benchmark.phases", "all").equals("build")) {
                measure(url, user, password, node, jdbc, everything);
            }
        }
        System.out.println(results);
    }

    private void measure(
            String url,
            String user,
            String password,
            ConfigurableApplicationContext node,
            JdbcTemplate jdbc,
            boolean everything)
            throws Exception {
        Sample sample = new Sample(jdbc);
        Base base = new Base(node);
        signIn(base);
        if (phase("reads")) {
            profiled("reads", () -> {
                reads(base, sample);
                return null;
            });
            save();
        }
        if (phase("export")) {
            export(base, sample);
            save();
        }
        // Nodes before writes: the periodic reviews that fall due keep the job executor and the outboxes busy for a
        // while after.
        if (everything && phase("nodes")) {
            nodes(url, user, password, base, sample);
            save();
        }
        if (everything && phase("writes")) {
            completionsAndTimers(node, base, sample);
            save();
        }
    }

    /**
     * -Dbenchmark.phases: {@code all} (the default), {@code build} (stop after building), or some of {@code
     * reads,export,nodes,writes}.
     */
    private static boolean phase(String name) {
        String phases = System.getProperty("benchmark.phases", "all");
        return phases.equals("all") || List.of(phases.split(",")).contains(name);
    }

    /** A node as docker-compose.yml runs one, with its job executor, on the given database. */
    private static ConfigurableApplicationContext node(String url, String user, String password) {
        return BenchmarkData.node(url, user, password, "--stdtrack.imports.max-rows=" + NationalData.FILE_ROWS);
    }

    private void building(NationalData.Built built, Duration engine, JdbcTemplate jdbc) {
        NationalData.Size size = built.size();
        results.append("""
                Data set: %,d committees, %,d accounts (%,d role grants), %,d standards imported (%,d national and \
                %,d sector published or in force, %,d in development, %,d withdrawn), %,d running lifecycle \
                instances, %,d open tasks, %,d timers waiting.

                | step | time | per standard | reference: engine starts alone, same count | ratio | heap peak |
                |---|---|---|---|---|---|
                | committees and accounts (JDBC) | %.1f s | | | | |
                | portfolio import, %,d files | %.1f s | %.2f ms | %s | %s | %,d MB |

                """.formatted(
                        size.committees(),
                        size.accounts(),
                        jdbc.queryForObject("select count(*) from user_role", Long.class),
                        built.importedRows(),
                        size.nationalPublished(),
                        size.sectorPublished(),
                        size.inDevelopment(),
                        size.withdrawn(),
                        built.withProcess(),
                        built.openTasks(),
                        built.timers(),
                        seconds(built.accounts()),
                        built.files().size(),
                        seconds(built.imports()),
                        built.imports().toNanos() / 1e6 / built.importedRows(),
                        engine == null
                                ? "not measured in this run"
                                : "%.1f s (%.2f ms each)"
                                        .formatted(seconds(engine), engine.toNanos() / 1e6 / built.withProcess()),
                        engine == null ? "" : "%.2f×".formatted(seconds(built.imports()) / seconds(engine)),
                        built.heapPeakMb()));
    }

    /** The ids and codes the requests pick from, read once from the data set. */
    private static final class Sample {
        final List<Long> developing;
        final Map<Long, String> processInstances = new HashMap<>();
        /** The big committee's standards in development, as business keys: what its dashboard is about. */
        final String inDevelopmentKeys;

        final List<String> committees;
        final String definition;
        final int exportRows;

        Sample(JdbcTemplate jdbc) {
            jdbc.query(
                    "select id, process_instance_id from standard where committee_code = ?"
                            + " and process_instance_id is not null",
                    (ResultSet rs) -> {
                        processInstances.put(rs.getLong(1), rs.getString(2));
                    },
                    NationalData.BIG_COMMITTEE);
            developing = processInstances.keySet().stream().sorted().toList();
            inDevelopmentKeys = String.join(
                    ",",
                    jdbc.queryForList(
                            "select cast(id as varchar(20)) from standard where committee_code = ? and "
                                    + StandardConditions.inDevelopment(null) + " order by id",
                            String.class,
                            NationalData.BIG_COMMITTEE));
            committees = jdbc.queryForList("select code from committee order by code", String.class);
            definition = jdbc.queryForObject(
                    "select id_ from act_re_procdef where key_ = 'standardLifecycle' order by version_ desc"
                            + " fetch first 1 rows only",
                    String.class);
            exportRows = jdbc.queryForObject(
                    "select count(*) from standard where programme_code = ?", Integer.class, NationalData.ALL);
        }

        long standard(int i) {
            return developing.get(Math.floorMod(i * 7919, developing.size()));
        }

        /**
         * What a standard's JSON and page hold, through the engine's API: its process instance, its variables,
         * its open tasks and its activity history (the timeline), four requests.
         */
        List<String> engineRecord(int i) {
            String instance = processInstances.get(standard(i));
            return List.of(
                    "/engine-rest/process-instance/" + instance,
                    "/engine-rest/process-instance/" + instance + "/variables",
                    "/engine-rest/task?processInstanceId=" + instance,
                    "/engine-rest/history/activity-instance?processInstanceId=" + instance
                            + "&sortBy=startTime&sortOrder=asc");
        }

        String committee(int i) {
            return committees.get(Math.floorMod(i * 31, committees.size()));
        }
    }

    /**
     * A read of the load: who sends it, and the paths of the i-th read: one request, or the several the engine's
     * API needs for what one answer of the product holds (sent one after another, timed together).
     */
    private record Request(String label, String user, IntFunction<List<String>> paths) {

        static Request of(String label, String user, IntFunction<String> path) {
            return new Request(label, user, i -> List.of(path.apply(i)));
        }
    }

    /** Each read with its nearest engine query, the product's first. */
    private void reads(Base base, Sample sample) throws Exception {
        String yearAgo = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
        String statistics = "/engine-rest/process-definition/" + sample.definition + "/statistics";
        String secretariatTasks = "/engine-rest/task?candidateGroup=secretariatTC28SC38&maxResults=50";
        String reviewerGroups = String.join(
                ",",
                sample.committees.subList(0, 5).stream()
                        .map(c -> "drafting" + c.replaceAll("[^A-Za-z0-9]", ""))
                        .toList());
        List<Request[]> pairs = List.of(
                pair(
                        Request.of("my tasks: a reviewer in 5 committees", "reviewer5", i -> "/api/tasks"),
                        "/engine-rest/task?candidateGroups=" + reviewerGroups + "&maxResults=50"),
                pair(
                        Request.of("my tasks: a secretariat of 300 standards", "secretary300", i -> "/api/tasks"),
                        secretariatTasks),
                pair(
                        Request.of("a standard, JSON", "secretary300", i -> "/api/standards/" + sample.standard(i)),
                        i -> "/engine-rest/process-instance?businessKey=" + sample.standard(i)),
                pairWithAll(
                        Request.of("a standard, JSON", "secretary300", i -> "/api/standards/" + sample.standard(i)),
                        sample::engineRecord),
                pair(
                        Request.of("a standard, page", "secretary300", i -> "/standards/" + sample.standard(i)),
                        i -> "/engine-rest/process-instance?businessKey=" + sample.standard(i)),
                pairWithAll(
                        Request.of("a standard, page", "secretary300", i -> "/standards/" + sample.standard(i)),
                        sample::engineRecord),
                pair(
                        Request.of(
                                "standards list: a title word",
                                "nat-observer",
                                i -> "/api/standards?q=" + NationalData.WORDS[i % NationalData.WORDS.length]),
                        "/engine-rest/process-instance?processDefinitionKey=standardLifecycle&maxResults=50"),
                pair(
                        Request.of(
                                "standards list: a number prefix",
                                "nat-observer",
                                i -> "/api/standards?q=" + encode("GB/T 1" + i % 10)),
                        i -> "/engine-rest/process-instance?businessKeyLike=" + encode("1" + i % 10 + "%")
                                + "&maxResults=50"),
                pair(
                        Request.of(
                                "standards list: a committee and a stage",
                                "nat-observer",
                                i -> "/api/standards?committee=" + sample.committee(i) + "&stage=IN_FORCE"),
                        "/engine-rest/process-instance?processDefinitionKey=standardLifecycle&activityIdIn="
                                + "periodicReviewDue&maxResults=50"),
                pair(
                        Request.of(
                                "stage report, the national programme",
                                "nat-observer",
                                i -> "/api/reports/stages?programme=" + NationalData.ALL
                                        + (i % 2 == 0 ? "" : "&asOf=" + yearAgo)),
                        statistics),
                pair(
                        Request.of(
                                "targets and forecast, " + NationalData.CLOUD,
                                "nat-manager",
                                i -> "/api/reports/targets?programme=" + NationalData.CLOUD),
                        statistics),
                pair(
                        Request.of(
                                "committee dashboard, " + NationalData.BIG_COMMITTEE,
                                "secretary300",
                                i -> "/api/committees/" + NationalData.BIG_COMMITTEE + "/dashboard"),
                        "/engine-rest/task?candidateGroup=secretariatTC28SC38"),
                // Who each of the committee's standards waits on, as the engine knows it: their open tasks.
                pair(
                        Request.of(
                                "committee dashboard, " + NationalData.BIG_COMMITTEE,
                                "secretary300",
                                i -> "/api/committees/" + NationalData.BIG_COMMITTEE + "/dashboard"),
                        "/engine-rest/task?processInstanceBusinessKeyIn=" + sample.inDevelopmentKeys));
        results.append(("Reads, %d concurrent users each pausing %d ms between answers, %d s each after %d s of"
                                + " warm-up (p50 / p95, requests/s):%n%n")
                        .formatted(CLIENTS, THINK.toMillis(), MEASURE.toSeconds(), WARM_UP.toSeconds()))
                .append("| read | product p50 / p95 | product/s | engine reference | engine p50 / p95 | engine/s |"
                        + " product ÷ engine time (p95) |\n|---|---|---|---|---|---|---|\n");
        // -Dbenchmark.reads=<words> measures only the reads whose label contains them.
        String only = System.getProperty("benchmark.reads", "");
        for (Request[] pair : pairs) {
            if (!pair[0].label().contains(only)) {
                continue;
            }
            Stats product = load(base, List.of(pair[0]), CLIENTS, WARM_UP, MEASURE);
            Stats engine = load(base, List.of(pair[1]), CLIENTS, WARM_UP, MEASURE);
            results.append("| %s | %s | %.0f | `%s` | %s | %.0f | %.2f |%n"
                    .formatted(
                            pair[0].label(),
                            product.percentiles(),
                            product.rate(),
                            String.join(" + ", pair[1].paths().apply(0))
                                    .replace(sample.definition, "{id}")
                                    .replace(sample.processInstances.get(sample.standard(0)), "{instance}")
                                    .replace(sample.inDevelopmentKeys, "{the committee's standards in development}"),
                            engine.percentiles(),
                            engine.rate(),
                            product.p95() / (double) engine.p95()));
        }
    }

    private interface Phase<T> {
        T run() throws Exception;
    }

    /**
     * -Dbenchmark.profile=true records where a phase (the build, the reference, the reads) spends its time with
     * JDK Flight Recorder, in
     * target/national-{name}.jfr (read with {@code jfr print --stack-depth 64 --events jdk.ExecutionSample}).
     */
    private static <T> T profiled(String name, Phase<T> phase) throws Exception {
        if (!Boolean.getBoolean("benchmark.profile")) {
            return phase.run();
        }
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.start();
            T result = phase.run();
            recording.stop();
            recording.dump(Path.of("target", "national-" + name + ".jfr"));
            return result;
        }
    }

    private static Request[] pair(Request product, String engine) {
        return pair(product, i -> engine);
    }

    private static Request[] pair(Request product, IntFunction<String> engine) {
        return new Request[] {product, Request.of("engine", "national-admin", engine)};
    }

    /** The product's read beside all the engine requests that together hold what its answer holds. */
    private static Request[] pairWithAll(Request product, IntFunction<List<String>> engine) {
        return new Request[] {product, new Request("engine", "national-admin", engine)};
    }

    /**
     * The national programme's standards as a portfolio file (CSV, then XLSX) by 5 clients at once, beside the
     * engine's historic-instance list of as many, as JSON; the heap's peak while they run.
     */
    private void export(Base base, Sample sample) throws Exception {
        results.append("\nThe national programme's %,d standards exported, %d clients, %d files each:%n%n"
                        .formatted(sample.exportRows, exportClients(sample), exportFiles(sample)))
                .append("| file | p50 / p95 | size | heap peak during |\n|---|---|---|---|\n");
        String template = "/api/imports/standards/template?programme=" + NationalData.ALL + "&format=";
        for (String format : List.of("csv", "xlsx")) {
            exportRow(
                    base,
                    sample,
                    "portfolio " + format.toUpperCase(),
                    Request.of("export", "national-admin", i -> template + format));
        }
        exportRow(
                base,
                sample,
                "engine: historic instances, JSON (reference)",
                Request.of(
                        "export",
                        "national-admin",
                        i -> "/engine-rest/history/process-instance?processDefinitionKey=standardLifecycle"
                                + "&maxResults=" + sample.exportRows));
        results.append('\n');
    }

    /**
     * One export at a time of a national programme's file, which takes a minute: the engine's reference answers
     * with a list of every instance built in memory, and two at once would measure the benchmark's heap.
     */
    private static int exportClients(Sample sample) {
        return sample.exportRows > 50_000 ? 1 : 5;
    }

    private static int exportFiles(Sample sample) {
        return sample.exportRows > 50_000 ? 1 : 3;
    }

    private void exportRow(Base base, Sample sample, String label, Request request) throws Exception {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong bytes = new AtomicLong();
        int files = exportClients(sample) * exportFiles(sample);
        Stats stats = fixedCount(base, request, exportClients(sample), exportFiles(sample), bytes);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        results.append("| %s | %s | %.1f MB | %,d MB |%n"
                .formatted(label, stats.percentiles(), bytes.get() / files / 1e6, peak >> 20));
    }

    /**
     * Registrations (a standard registered and its first task completed) by 25 clients alone, then the same
     * beside 25 clients reading; while they run, {@code timers} periodic-review timers of the data set fall due
     * and the job executor's lag in firing them is measured from the engine's history.
     */
    private void completionsAndTimers(ConfigurableApplicationContext node, Base base, Sample sample) throws Exception {
        Stats alone =
                load(base, List.of(), 0, CLIENTS / 2, THINK, WARM_UP, MEASURE).writes();

        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        List<String> timers = jdbc.queryForList(
                "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.execution_id_"
                        + " where j.type_ = 'timer' and e.act_id_ = 'periodicReviewDue' order by j.id_"
                        + " fetch first 500 rows only",
                String.class);
        long waiting = jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer'", Long.class);
        ManagementService management = node.getBean(ManagementService.class);
        Instant due = Instant.now();
        timers.forEach(id -> management.setJobDuedate(id, Date.from(due)));

        List<Request> mixed = new ArrayList<>(readMix(sample));
        Stats together = load(base, mixed, CLIENTS / 2, CLIENTS / 2, THINK, WARM_UP, MEASURE);

        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && remaining(jdbc, timers) > 0) {
            Thread.sleep(500);
        }
        List<Long> lags = jdbc
                .queryForList(
                        "select end_time_ from act_hi_actinst where act_id_ = 'periodicReviewDue'"
                                + " and end_time_ >= ? order by end_time_",
                        Timestamp.class,
                        Timestamp.from(due))
                .stream()
                .map(t -> Duration.between(due, t.toInstant()).toMillis())
                .toList();
        results.append(
                        ("Registrations, completions and votes (each timed alone), %d users pausing %d ms (p50 / p95 / p99,"
                                        + " per second):%n%n")
                                .formatted(CLIENTS / 2, THINK.toMillis()))
                .append(
                        "| load | registrations, completions and votes p50 / p95 / p99 | per second | reads beside them p50 / p95 |"
                                + " reads/s |\n|---|---|---|---|---|\n")
                .append("| completions alone (reference) | %s | %.0f | | |%n"
                        .formatted(alone.percentiles3(), alone.rate()))
                .append("| completions beside %d reading clients | %s | %.0f | %s | %.0f |%n%n"
                        .formatted(
                                CLIENTS / 2,
                                together.writes().percentiles3(),
                                together.writes().rate(),
                                together.percentiles(),
                                together.rate()))
                .append("Timers: %,d waiting; %d periodic reviews made due at once while the load ran: %d fired,"
                        .formatted(waiting, timers.size(), lags.size()))
                .append(" lag after the due time p50 %s, max %s (remaining unfired after 3 minutes: %d).%n%n"
                        .formatted(
                                lags.isEmpty() ? "—" : lags.get(lags.size() / 2) / 1000.0 + " s",
                                lags.isEmpty() ? "—" : lags.get(lags.size() - 1) / 1000.0 + " s",
                                remaining(jdbc, timers)));
    }

    private static long remaining(JdbcTemplate jdbc, List<String> jobs) {
        return jdbc.queryForObject(
                "select count(*) from act_ru_job where id_ in ("
                        + String.join(",", Collections.nCopies(jobs.size(), "?")) + ")",
                Long.class,
                jobs.toArray());
    }

    private static List<Request> readMix(Sample sample) {
        return List.of(
                Request.of("tasks", "secretary300", i -> "/api/tasks"),
                Request.of("standard", "secretary300", i -> "/api/standards/" + sample.standard(i)),
                Request.of("list", "nat-observer", i -> "/api/standards?q=" + NationalData.WORDS[i % 8]),
                Request.of("stages", "nat-observer", i -> "/api/reports/stages?programme=" + NationalData.CLOUD),
                Request.of(
                        "dashboard",
                        "secretary300",
                        i -> "/api/committees/" + NationalData.BIG_COMMITTEE + "/dashboard"));
    }

    /**
     * The mixed load (half reading, half registering) on one, two and three nodes on the one database: the
     * clients spread over the nodes; requests per second, and the CPU a request costs the JVM (nodes and clients)
     * and PostgreSQL's processes.
     */
    private void nodes(String url, String user, String password, Base first, Sample sample) throws Exception {
        results.append(("One, two and three nodes on one PostgreSQL, %d clients that never pause (half reading, half"
                                + " registering), to saturation:%n%n")
                        .formatted(CLIENTS))
                .append(
                        "| nodes | requests/s | reads p95 | registrations, completions and votes p95 | JVM CPU per request | PostgreSQL CPU"
                                + " per request |\n|---|---|---|---|---|---|\n");
        List<ConfigurableApplicationContext> more = new ArrayList<>();
        try {
            List<Base> bases = new ArrayList<>(List.of(first));
            for (int nodes = 1; nodes <= 3; nodes++) {
                if (nodes > 1) {
                    ConfigurableApplicationContext added = node(url, user, password);
                    more.add(added);
                    bases.add(new Base(added));
                    signIn(bases.get(bases.size() - 1));
                }
                Base spread = Base.spread(bases);
                long jvm = cpuNanos();
                long database = PostgresCpu.nanos();
                Stats stats = load(spread, readMix(sample), CLIENTS / 2, CLIENTS / 2, Duration.ZERO, WARM_UP, MEASURE);
                long requests = stats.count() + stats.writes().count();
                results.append("| %d | %.0f | %d ms | %d ms | %.1f ms | %.1f ms |%n"
                        .formatted(
                                nodes,
                                stats.rate() + stats.writes().rate(),
                                stats.p95() / 1_000_000,
                                stats.writes().p95() / 1_000_000,
                                (cpuNanos() - jvm) / 1e6 / requests,
                                (PostgresCpu.nanos() - database) / 1e6 / requests));
            }
        } finally {
            more.forEach(ConfigurableApplicationContext::close);
        }
        results.append('\n');
    }

    /** The CPU time of PostgreSQL's processes on this machine (its server and backends), from /proc. */
    private static final class PostgresCpu {
        /** Clock ticks per second of /proc's times: 100 on Linux. */
        private static final long TICKS = 100;

        static long nanos() throws Exception {
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes
                        .filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (!name.startsWith("postgres")) {
                            continue;
                        }
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime, stime, cutime, cstime (fields 14-17 of proc(5); 12-15 after the name)
                        for (int f = 11; f <= 14; f++) {
                            ticks += Long.parseLong(fields[f]);
                        }
                    } catch (java.io.IOException gone) {
                        // the process ended while listed
                    }
                }
            }
            return ticks * 1_000_000_000L / TICKS;
        }
    }

    // ---- the load harness ----

    /**
     * Each user of the load signs in once on the node before it is measured, as users already at work are: a
     * node checks a password once (bcrypt, tens of milliseconds by design) and then remembers it (decision 0025).
     */
    private static void signIn(Base base) throws Exception {
        for (String user : List.of("reviewer5", "secretary300", "nat-observer", "nat-manager", "national-admin")) {
            send(base.url(0), user, "/api/me/watches", null);
        }
    }

    /** The nodes requests go to, in turn. */
    private record Base(List<String> urls) {
        Base(ConfigurableApplicationContext node) {
            this(List.of("http://localhost:" + node.getEnvironment().getProperty("local.server.port")));
        }

        static Base spread(List<Base> bases) {
            return new Base(bases.stream().flatMap(b -> b.urls().stream()).toList());
        }

        String url(int i) {
            return urls.get(Math.floorMod(i, urls.size()));
        }
    }

    /** Latencies in nanoseconds over a measured time, and of the writes beside them. */
    private record Stats(List<Long> nanos, Duration time, Stats writes) {
        long p95() {
            return at(0.95);
        }

        long at(double quantile) {
            return nanos.isEmpty()
                    ? 0
                    : nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(quantile * nanos.size()) - 1));
        }

        long count() {
            return nanos.size();
        }

        double rate() {
            return nanos.size() / seconds(time);
        }

        String percentiles() {
            return "%d / %d ms".formatted(at(0.5) / 1_000_000, p95() / 1_000_000);
        }

        String percentiles3() {
            return "%d / %d / %d ms".formatted(at(0.5) / 1_000_000, p95() / 1_000_000, at(0.99) / 1_000_000);
        }
    }

    private Stats load(Base base, List<Request> reads, int clients, Duration warmUp, Duration measure)
            throws Exception {
        return load(base, reads, clients, 0, THINK, warmUp, measure);
    }

    /**
     * {@code readers} clients sending the reads in turn and {@code writers} clients writing (half registering
     * standards, half voting in the big committee's ballots, each as a voter of its own), for the warm-up
     * (discarded) and then the measured time. Any answer but 2xx stops the run.
     */
    private Stats load(
            Base base, List<Request> reads, int readers, int writers, Duration think, Duration warmUp, Duration measure)
            throws Exception {
        List<Long> readNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> writeNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serial = new AtomicInteger();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(readers + writers);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < readers + writers; c++) {
            boolean writing = c >= readers;
            int writer = c - readers;
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = serial.getAndIncrement();
                    long begin = System.nanoTime();
                    if (writing) {
                        List<Long> timed = begin >= measureFrom ? writeNanos : null;
                        try {
                            if (writer % 2 == 0
                                    || !vote(
                                            base, i, NationalData.voter(writer / 2 % NationalData.VOTERS + 1), timed)) {
                                register(base, i, timed);
                            }
                        } catch (IllegalStateException refused) {
                            failed(refused);
                        }
                    } else {
                        Request r = reads.get(i % reads.size());
                        try {
                            for (String path : r.paths().apply(i)) {
                                send(base.url(i), r.user(), path, null);
                            }
                            if (begin >= measureFrom && System.nanoTime() <= end) {
                                readNanos.add(System.nanoTime() - begin);
                            }
                        } catch (IllegalStateException refused) {
                            failed(refused);
                        }
                    }
                    Thread.sleep(think.toMillis());
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        List<Long> r = new ArrayList<>(readNanos);
        List<Long> w = new ArrayList<>(writeNanos);
        r.sort(null);
        w.sort(null);
        return new Stats(r, measure, new Stats(w, measure, null));
    }

    /** {@code count} requests by each of {@code clients}, timed one by one; the bytes answered are summed. */
    private Stats fixedCount(Base base, Request request, int clients, int count, AtomicLong bytes) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < count; i++) {
                    long begin = System.nanoTime();
                    for (String path : request.paths().apply(i)) {
                        bytes.addAndGet(send(base.url(i), request.user(), path, null));
                    }
                    nanos.add(System.nanoTime() - begin);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return new Stats(sorted, Duration.ofNanos(System.nanoTime() - start), null);
    }

    /**
     * A registration: a standard of the big committee registered, then its first task completed; the time of each
     * of the two (not of the look-up of the task between them) goes to {@code nanos} when given.
     */
    private static void register(Base base, int i, List<Long> nanos) throws Exception {
        String url = base.url(i);
        String body = JSON.writeValueAsString(java.util.Map.of(
                "title",
                "Registered under load " + i + " " + System.nanoTime(),
                "type",
                "GB_T",
                "domain",
                "SRV.IAAS",
                "committee",
                NationalData.BIG_COMMITTEE,
                "programme",
                NationalData.CLOUD,
                "leadOrganisation",
                "CESI"));
        long begin = System.nanoTime();
        JsonNode created = JSON.readTree(answer(url, "secretary300", "/api/standards", body));
        if (nanos != null) {
            nanos.add(System.nanoTime() - begin);
        }
        long id = created.get("id").asLong();
        JsonNode tasks = JSON.readTree(answer(url, "secretary300", "/api/tasks?standard=" + id, null));
        for (JsonNode task : tasks) {
            if ("submitProposal".equals(task.get("key").asText())) {
                begin = System.nanoTime();
                answer(url, "secretary300", "/api/tasks/" + task.get("id").asText() + "/complete", "{}");
                if (nanos != null) {
                    nanos.add(System.nanoTime() - begin);
                }
                return;
            }
        }
        throw new IllegalStateException("no first task for " + id + ": " + tasks);
    }

    private static String answer(String base, String user, String path, String body) throws Exception {
        HttpResponse<String> response =
                HTTP.send(request(base, user, path, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Sends one request and reads the whole answer; returns its length in bytes. */
    private static long send(String base, String user, String path, String body) throws Exception {
        HttpResponse<InputStream> response =
                HTTP.send(request(base, user, path, body), HttpResponse.BodyHandlers.ofInputStream());
        long length;
        try (InputStream in = response.body()) {
            length = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + ": " + response.statusCode());
        }
        return length;
    }

    /** Answers other than 2xx in the run: counted and reported, not a reason to lose the run's figures. */
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private void failed(IllegalStateException refused) {
        failures.add(refused.getMessage());
    }

    /**
     * A vote: the voter's first open ballot task completed (approve); its completion's time goes to {@code nanos}
     * when given. False when the voter has voted in every ballot.
     */
    private static boolean vote(Base base, int i, String voter, List<Long> nanos) throws Exception {
        String url = base.url(i);
        for (JsonNode task : JSON.readTree(answer(url, voter, "/api/tasks", null))) {
            if ("castVote".equals(task.get("key").asText())) {
                long begin = System.nanoTime();
                answer(url, voter, "/api/tasks/" + task.get("id").asText() + "/complete", "{\"vote\":\"APPROVE\"}");
                if (nanos != null) {
                    nanos.add(System.nanoTime() - begin);
                }
                return true;
            }
        }
        return false;
    }

    private static HttpRequest request(String base, String user, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + NationalData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", path.startsWith("/standards/") ? "text/html" : "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return request.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void section(String title) {
        results.append("### ").append(title).append("\n\n");
    }

    /** The figures so far, written after each phase: a run of an hour keeps what it measured. */
    private void save() throws java.io.IOException {
        StringBuilder saved = new StringBuilder(results);
        if (!failures.isEmpty()) {
            saved.append("Answers other than 2xx during the run: %d (first: %s)%n%n"
                    .formatted(failures.size(), failures.get(0)));
        }
        Files.writeString(Path.of("target/benchmarks-national.md"), saved.toString());
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
