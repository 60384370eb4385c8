package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.StdtrackApplication;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * Fifty concurrent clients over real HTTP against the postgres profile, each taking one standard from
 * registration through consultation (a comment and its resolution; the period then made to end, the
 * job executor closing it) and the technical review ballot
 * (four votes) to approval, reading a report on the way; the first task of each standard is raced for by
 * two secretaries at once (its client and its neighbour's). Asserts: no 5xx, a 409 (or 404, the task
 * already gone) only in those races, every acknowledged operation in the database and in the audit trail.
 * Writes throughput and latency percentiles to target/load-test.md; no assertion on time.
 */
class LoadTest {

    private static final int CLIENTS = 50;
    private static final List<String> REVIEWERS = List.of("loadrev1", "loadrev2", "loadrev3", "loadrev4");
    /**
     * Clients watch for the next task (after a timer, a consultation closing, the ballot) at this pace, looking
     * first at once: most tasks are open as soon as the previous step answered (Awaitility would otherwise wait
     * one interval before its first look).
     */
    private static final Duration POLL = Duration.ofSeconds(2);

    private record Sample(String operation, int status, long nanos) {}

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Map<Long, String> submitProposalTasks = new ConcurrentHashMap<>();

    @TempDir
    Path uploads;

    private JdbcClient jdbc;
    private ManagementService management;

    /** The Word draft every client uploads; written once. */
    private Path drafts;

    @Test
    void fiftyClientsTakeStandardsToApproval() throws Exception {
        String url = EmbeddedPostgres.newDatabase(
                "load" + UUID.randomUUID().toString().substring(0, 8).replace("-", ""));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StdtrackApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=postgres",
                        "--STDTRACK_DB_URL=" + url,
                        "--STDTRACK_DB_USER=postgres",
                        "--STDTRACK_DB_PASSWORD=postgres",
                        "--STDTRACK_ADMIN_PASSWORD=" + HttpApi.ADMIN_PASSWORD,
                        "--stdtrack.policy.proposal-comment-period=P0D",
                        "--stdtrack.policy.consultation-min-period.national=P0D",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            HttpApi api = new HttpApi(app);
            jdbc = app.getBean(JdbcClient.class);
            management = app.getBean(ManagementService.class);
            drafts = Files.write(uploads.resolve("draft.docx"), Drafts.docx("1 Scope", "5.2 Availability"));
            api.simpleProcedure("admin");
            api.createUser("admin", "loadsec", null, Map.of("SECRETARIAT", "TC28-SC38"));
            api.createUser("admin", "loadsec2", null, Map.of("SECRETARIAT", "TC28-SC38"));
            api.createUser("admin", "loaddraft", "CESI", Map.of("DRAFTING_GROUP", "TC28-SC38"));
            api.createUser("admin", "loadsac", null, Map.of("APPROVER_SAC", ""));
            for (String reviewer : REVIEWERS) {
                api.createUser(
                        "admin",
                        reviewer,
                        null,
                        Map.of("INDUSTRY_REVIEWER", "TC28-SC38", "VOTING_MEMBER", "TC28-SC38"));
            }

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CyclicBarrier allRegistered = new CyclicBarrier(CLIENTS);
            List<Long> ids = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(CLIENTS, 0L)));
            long start = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    long id = register(api, client);
                    ids.set(client, id);
                    submitProposalTasks.put(id, api.taskId("loadsec", id, "submitProposal"));
                    allRegistered.await(120, TimeUnit.SECONDS);
                    // Contention on purpose: each first task is raced for by its client and the neighbour's.
                    race(api, "loadsec", submitProposalTasks.get(id));
                    race(api, "loadsec2", submitProposalTasks.get(ids.get((client + 1) % CLIENTS)));
                    developToApproval(api, id);
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(samples).as("no server error").noneMatch(s -> s.status() >= 500);
            assertThat(samples)
                    .as("refusals only in the races, and only 'already taken' or 'already gone'")
                    .filteredOn(s -> s.status() >= 400)
                    .allMatch(s -> s.operation().startsWith("race") && (s.status() == 409 || s.status() == 404));

            for (long id : ids) {
                assertThat(jdbc.sql("select stage from standard where id = ?")
                                .param(id)
                                .query(String.class)
                                .single())
                        .as("standard " + id)
                        .isEqualTo("APPROVAL");
                assertThat(jdbc.sql(
                                        "select count(*) from consultation_comment where standard_id = ? and resolution = 'ACCEPTED'")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                assertThat(jdbc.sql("select approve from ballot where standard_id = ?")
                                .param(id)
                                .query(Integer.class)
                                .single())
                        .as("every acknowledged vote counted")
                        .isEqualTo(REVIEWERS.size());
            }
            long acknowledged = samples.stream().filter(s -> s.status() < 300).count();
            assertThat(audited(jdbc, "REGISTER")).isEqualTo(acknowledged("create"));
            assertThat(audited(jdbc, "CLAIM_TASK")).isEqualTo(acknowledged("race-claim"));
            assertThat(audited(jdbc, "COMPLETE_TASK"))
                    .isEqualTo(acknowledged("race-complete") + acknowledged("complete") + acknowledged("vote"));
            assertThat(audited(jdbc, "COMMENT")).isEqualTo(acknowledged("comment"));
            assertThat(audited(jdbc, "RESOLVE_COMMENT")).isEqualTo(acknowledged("resolve"));
            report(seconds, acknowledged);
        }
    }

    private long register(HttpApi api, int client) {
        long begin = System.nanoTime();
        var answer = api.send(
                "loadsec",
                "POST",
                "/api/standards",
                Map.of(
                        "title",
                        "Load " + client,
                        "type",
                        "GB_T",
                        "domain",
                        "SRV.IAAS",
                        "committee",
                        "TC28-SC38",
                        "programme",
                        "CLOUD-2025",
                        "leadOrganisation",
                        "CESI"));
        record("create", answer.status(), begin);
        assertThat(answer.status()).isEqualTo(201);
        return answer.body().get("id").asLong();
    }

    /** Claims the task and, having it, completes it; another secretary may be doing the same. */
    private void race(HttpApi api, String user, String taskId) {
        long begin = System.nanoTime();
        int claimed = api.send(user, "POST", "/api/tasks/" + taskId + "/claim", Map.of())
                .status();
        record("race-claim", claimed, begin);
        if (claimed == 200) {
            begin = System.nanoTime();
            record(
                    "race-complete",
                    api.send(user, "POST", "/api/tasks/" + taskId + "/complete", Map.of())
                            .status(),
                    begin);
        }
    }

    private long acknowledged(String operation) {
        return samples.stream()
                .filter(s -> s.operation().equals(operation) && s.status() < 300)
                .count();
    }

    private static long audited(JdbcClient jdbc, String action) {
        return jdbc.sql("select count(*) from audit_event where outcome = 'DONE' and action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private void developToApproval(HttpApi api, long id) {
        complete(
                api,
                "loadsac",
                id,
                "approveProposal",
                Map.of("outcome", "APPROVE", "planNumber", "2026" + id + "-T-469"));
        complete(api, "loaddraft", id, "submitDraft", Map.of());
        upload(api, id, "DRAFT_FOR_COMMENTS");
        upload(api, id, "DRAFTING_EXPLANATION");
        // A period long enough for the comment under any load; the comment in, the period is cut short below.
        String deadline = OffsetDateTime.now().plusHours(1).toString();
        complete(api, "loadsec", id, "openConsultation", Map.of("commentDeadline", deadline));
        long begin = System.nanoTime();
        var comment = api.send(
                REVIEWERS.get((int) (id % REVIEWERS.size())),
                "POST",
                "/api/standards/" + id + "/comments",
                Map.of("clause", "4.1", "type", "TECHNICAL", "text", "Load comment on " + id));
        record("comment", comment.status(), begin);
        begin = System.nanoTime();
        var resolved = api.send(
                "loaddraft",
                "PUT",
                "/api/standards/" + id + "/comments/" + comment.body().get("id").asLong() + "/resolution",
                Map.of("resolution", "ACCEPTED"));
        record("resolve", resolved.status(), begin);
        upload(api, id, "DRAFT_FOR_REVIEW");
        endConsultationNow(id);
        complete(api, "loaddraft", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        for (String reviewer : REVIEWERS) {
            complete(api, reviewer, id, "castVote", Map.of("vote", "APPROVE"), "vote");
        }
        begin = System.nanoTime();
        record(
                "report",
                api.send("loadsac", "GET", "/api/reports/stages?programme=CLOUD-2025&groupBy=domain", null)
                        .status(),
                begin);
        await().atMost(Duration.ofSeconds(180))
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(() -> openTask(api, id, "submitForApproval") != null);
    }

    /**
     * Makes the consultation's closing timer due now, for the job executor to fire among the clients'
     * requests as it fires any timer, instead of every client idling through a real comment period.
     */
    private void endConsultationNow(long id) {
        String process = jdbc.sql("select process_instance_id from standard where id = ?")
                .param(id)
                .query(String.class)
                .single();
        Job closing = management
                .createJobQuery()
                .processInstanceId(process)
                .activityId("consultationClosed")
                .singleResult();
        management.setJobDuedate(closing.getId(), new Date());
    }

    /** The drafting group uploads a small Word draft, as the task gates need. */
    private void upload(HttpApi api, long id, String kind) {
        long begin = System.nanoTime();
        var uploaded = api.upload("loaddraft", id, kind, drafts);
        record("upload", uploaded.status(), begin);
    }

    private void complete(HttpApi api, String user, long id, String key, Map<String, Object> body) {
        complete(api, user, id, key, body, "complete");
    }

    /** Waits until the task is there (timers and the ballot open it), then completes it. */
    private void complete(HttpApi api, String user, long id, String key, Map<String, Object> body, String operation) {
        String task = await().atMost(Duration.ofSeconds(180))
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(() -> openTask(api, id, key), t -> t != null);
        long begin = System.nanoTime();
        record(
                operation,
                api.send(user, "POST", "/api/tasks/" + task + "/complete", body).status(),
                begin);
    }

    /** The standard's open task with this key, from the standard's record (what a client would watch). */
    private static String openTask(HttpApi api, long id, String key) {
        for (var task : api.get("admin", "/api/standards/" + id).get("tasks")) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    private void record(String operation, int status, long begin) {
        samples.add(new Sample(operation, status, System.nanoTime() - begin));
    }

    private void report(double seconds, long acknowledged) throws IOException {
        Map<String, List<Long>> byOperation = new TreeMap<>();
        for (Sample sample : samples) {
            byOperation
                    .computeIfAbsent(sample.operation(), k -> new ArrayList<>())
                    .add(sample.nanos());
            byOperation.computeIfAbsent("all", k -> new ArrayList<>()).add(sample.nanos());
        }
        StringBuilder table = new StringBuilder("| operation | count | p50 | p95 | p99 |\n|---|---|---|---|---|\n");
        byOperation.forEach((operation, nanos) -> {
            Collections.sort(nanos);
            table.append("| %s | %d | %s | %s | %s |%n"
                    .formatted(operation, nanos.size(), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99)));
        });
        long conflicts = samples.stream().filter(s -> s.status() >= 400).count();
        String text =
                "%d clients, %d operations (%d acknowledged, %d refused in the races, as expected) in %.1f s: %.1f operations/s "
                                .formatted(
                                        CLIENTS,
                                        samples.size(),
                                        acknowledged,
                                        conflicts,
                                        seconds,
                                        samples.size() / seconds)
                        + "(including the time standards wait for their timers and consultations to close)\n\n" + table;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/load-test.md"), text);
        System.out.println(text);
    }

    private static String ms(List<Long> sorted, double quantile) {
        return "%.0f ms"
                .formatted(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1))
                        / 1e6);
    }
}
