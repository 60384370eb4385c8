package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stdtrack.StdtrackApplication;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * What a request to the product's API costs next to the engine's own REST API for the same kind of
 * answer, measured side by side in one run on the demo programme, on an H2 file and on PostgreSQL
 * (issue 12, item 12). Each pair is measured in alternating rounds by 8 concurrent clients with HTTP Basic,
 * after a warm-up, so that both sides see the same JIT state, the same machine load and the same
 * authentication chain. Results go to target/api-cost.md and docs/benchmarks.md.
 */
class ApiCostBenchmark {

    private static final int CLIENTS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(8);
    private static final Duration ROUND = Duration.ofSeconds(4);
    private static final int ROUNDS = 3;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path h2Dir;

    private final StringBuilder results = new StringBuilder("""
            | database | product request | requests/s | engine request | requests/s | ratio | goal |
            |---|---|---|---|---|---|---|
            """);

    /** A product request, its engine reference, and the least ratio of their throughputs that is the goal. */
    private record Pair(String product, String productUser, String engine, double goal) {}

    @Test
    void productApiAgainstTheEnginesOwn() throws Exception {
        List<String> missed = new ArrayList<>();
        missed.addAll(measure(
                "H2 (file)",
                "jdbc:h2:file:" + h2Dir.resolve("stdtrack") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "sa",
                ""));
        missed.addAll(measure(
                "PostgreSQL 15",
                EmbeddedPostgres.newDatabase("cost" + System.nanoTime() % 100000),
                "postgres",
                "postgres"));
        Path trace = h2Dir.resolve("stdtrack.trace.db");
        long traceBytes = Files.exists(trace) ? Files.size(trace) : 0;
        results.append("%nH2 trace file after the run: %d bytes%n".formatted(traceBytes));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/api-cost.md"), results.toString());
        System.out.println(results);
        assertThat(traceBytes).as("nothing throws on every query").isLessThan(1 << 20);
        assertThat(missed).as("goals missed").isEmpty();
    }

    private List<String> measure(String database, String url, String user, String password) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StdtrackApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String definition = new ObjectMapper()
                    .readTree(get(HTTP, base + "/engine-rest/process-definition/key/standardLifecycle", "admin"))
                    .get("id")
                    .asText();
            List<Pair> pairs = List.of(
                    new Pair("/api/programmes", "secretary", "/engine-rest/process-definition/count", 0.7),
                    new Pair("/api/tasks", "secretary", "/engine-rest/task?candidateGroup=secretariatTC28SC38", 1.0),
                    new Pair(
                            "/api/reports/stages?programme=CLOUD-2025",
                            "observer",
                            "/engine-rest/process-definition/" + definition + "/statistics",
                            1.0));
            List<String> missed = new ArrayList<>();
            for (Pair pair : pairs) {
                rate(base + pair.product(), pair.productUser(), WARM_UP);
                rate(base + pair.engine(), "admin", WARM_UP);
                List<Double> product = new ArrayList<>();
                List<Double> engine = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    product.add(rate(base + pair.product(), pair.productUser(), ROUND));
                    engine.add(rate(base + pair.engine(), "admin", ROUND));
                }
                double productRate = median(product);
                double engineRate = median(engine);
                double ratio = productRate / engineRate;
                results.append("| %s | `GET %s` (%s) | %.0f | `GET %s` (admin) | %.0f | %.2f× | ≥ %.1f× |%n"
                        .formatted(
                                database,
                                pair.product(),
                                pair.productUser(),
                                productRate,
                                pair.engine().replace(definition, "{id}"),
                                engineRate,
                                ratio,
                                pair.goal()));
                if (ratio < pair.goal()) {
                    missed.add(database + " " + pair.product() + ": " + "%.2f".formatted(ratio));
                }
            }
            return missed;
        }
    }

    /** Requests per second that {@link #CLIENTS} clients get answered (all 200) in the given time. */
    private static double rate(String url, String user, Duration duration) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong answered = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        get(HTTP, url, user);
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return answered.get() / (duration.toNanos() / 1e9);
    }

    private static String get(HttpClient http, String url, String user) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
