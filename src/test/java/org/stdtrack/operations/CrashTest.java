package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * The tracker as its own process under load from concurrent clients, killed with SIGKILL mid-run and
 * started again, on PostgreSQL and on the H2 file: every request that was answered 2xx is there, each
 * standard's record agrees with its history and its process, the processes go on, and timers (some due
 * while the process was dead) still fire.
 */
class CrashTest {

    private static final int CLIENTS = 8;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(4);
    /**
     * A timer the killed process had taken stays locked to it until the lock expires (60 s in production);
     * 5 s here, so that the test sees the restarted process take it over.
     */
    private static final String QUICK_LOCK_EXPIRY = "--camunda.bpm.job-execution.lock-time-in-millis=5000";

    @TempDir
    Path dataDir;

    /** The mail server the tracker sends notifications to, outside the process that is killed. */
    private static GreenMail mail;

    @BeforeAll
    static void startMailServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            mail = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @Test
    void onPostgres() throws Exception {
        String url = EmbeddedPostgres.newDatabase(
                "crash" + UUID.randomUUID().toString().substring(0, 8).replace("-", ""));
        List<String> arguments = List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--stdtrack.notifications.delivery-interval=PT0.2S",
                "--stdtrack.notifications.claim-for=PT3S",
                "--spring.profiles.active=postgres",
                "--STDTRACK_DB_URL=" + url,
                "--STDTRACK_DB_USER=postgres",
                "--STDTRACK_DB_PASSWORD=postgres",
                "--STDTRACK_ADMIN_PASSWORD=" + HttpApi.ADMIN_PASSWORD,
                "--stdtrack.policy.proposal-comment-period=P0D",
                "--logging.level.root=WARN",
                QUICK_LOCK_EXPIRY);
        crashAndRecover(
                "postgres",
                arguments,
                HttpApi::password,
                api -> {
                    api.simpleProcedure("admin");
                    api.createUser("admin", "crashsec", null, Map.of("SECRETARIAT", "TC28-SC38"));
                    api.send("admin", "PUT", "/api/users/crashsec/email", Map.of("email", "crashsec@example.org"));
                    api.createUser("admin", "crashsac", null, Map.of("APPROVER_SAC", ""));
                },
                "crashsec",
                "crashsac",
                () -> everyNotificationSentOnce(url));
    }

    @Test
    void onTheH2File() throws Exception {
        List<String> arguments = List.of(
                "--stdtrack.data-dir=" + dataDir,
                "--stdtrack.demo.standards=false",
                "--stdtrack.policy.proposal-comment-period=P0D",
                "--logging.level.root=WARN",
                QUICK_LOCK_EXPIRY);
        crashAndRecover(
                "h2",
                arguments,
                UnaryOperator.identity(),
                api -> api.simpleProcedure("admin"),
                "secretary",
                "sac",
                () -> {});
    }

    private static Map<String, Object> approve(long id) {
        return Map.of("outcome", "APPROVE", "planNumber", "2026" + id + "-T-469");
    }

    /** What else to check while the restarted process runs. */
    private interface AfterRestart {
        void check() throws Exception;
    }

    private void crashAndRecover(
            String name,
            List<String> arguments,
            UnaryOperator<String> passwords,
            Consumer<HttpApi> setUp,
            String secretary,
            String approver,
            AfterRestart afterRestart)
            throws Exception {
        Path log = Path.of("target", "crash-" + name + ".log");
        Set<Long> registered = ConcurrentHashMap.newKeySet();
        Set<Long> approved = ConcurrentHashMap.newKeySet();
        try (AppProcess first = AppProcess.start(log, arguments)) {
            HttpApi api = new HttpApi(first.port, passwords);
            setUp.accept(api);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        try {
                            long id = api.register(secretary, "Crash " + name + " " + client + "-" + i);
                            registered.add(id);
                            if (api.tryComplete(secretary, id, "submitProposal", Map.of()) == 200
                                    && api.tryComplete(approver, id, "approveProposal", approve(id)) == 200) {
                                approved.add(id);
                            }
                        } catch (UncheckedIOException | AssertionError | IllegalStateException killed) {
                            return; // the server went away mid-request: that request was never answered
                        }
                    }
                });
            }
            // Killed in full flight: after a few seconds of load, and once every client could have approved one
            // (a busy machine gets there later).
            Thread.sleep(LOAD_BEFORE_KILL.toMillis());
            await().atMost(Duration.ofSeconds(60)).until(() -> approved.size() > CLIENTS);
            first.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(registered).as("the load got somewhere before the kill").hasSizeGreaterThan(CLIENTS);

        try (AppProcess second = AppProcess.start(log, arguments)) {
            HttpApi api = new HttpApi(second.port, passwords);
            JsonNode all = api.get("admin", "/api/standards?size=500");
            List<Long> present = new ArrayList<>();
            all.get("items").forEach(s -> present.add(s.get("id").asLong()));
            assertThat(present).as("every acknowledged registration survived").containsAll(registered);

            for (long id : present) {
                JsonNode standard = api.get("admin", "/api/standards/" + id);
                JsonNode history = standard.get("history");
                assertThat(history.size())
                        .as("standard " + id + " has its history")
                        .isPositive();
                assertThat(standard.get("stage").asText())
                        .as("standard " + id + ": record and history agree")
                        .isEqualTo(history.get(history.size() - 1).get("to").asText());
            }
            // Acknowledged approvals are done; any standard still before approval has its task; every
            // approved one reaches drafting through its comment period's timer, due or past due, now on the
            // new process.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (long id : present) {
                    List<String> tasks = new ArrayList<>();
                    api.get("admin", "/api/standards/" + id)
                            .get("tasks")
                            .forEach(t -> tasks.add(t.get("key").asText()));
                    if (approved.contains(id)) {
                        assertThat(tasks).as("standard " + id + " was approved").containsExactly("submitDraft");
                    } else {
                        assertThat(tasks)
                                .as("standard " + id)
                                .hasSize(1)
                                .first()
                                .isIn("submitProposal", "approveProposal", "submitDraft");
                    }
                }
            });
            // New work goes on.
            long next = api.register(secretary, "Crash " + name + " after the restart");
            api.complete(secretary, next, "submitProposal", Map.of());
            api.complete(approver, next, "approveProposal", approve(next));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(api.get("admin", "/api/standards/" + next)
                                    .get("stage")
                                    .asText())
                            .isEqualTo("DRAFTING"));
            afterRestart.check();
        }
    }

    /**
     * The notifications the killed process was writing and sending: once the restarted one has delivered,
     * every one was sent, and none twice but those of the one batch in flight at the kill.
     */
    private static void everyNotificationSentOnce(String url) throws Exception {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select count(*) from notification where email_status = 'PENDING'")
                                        .query(Long.class)
                                        .single())
                                .isZero());
        List<Long> sent = jdbc.sql("select id from notification where email_status = 'SENT'")
                .query(Long.class)
                .list();
        Map<Long, Integer> copies = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            copies.merge(Long.valueOf(message.getHeader("X-Stdtrack-Notification")[0]), 1, Integer::sum);
        }
        assertThat(sent).as("notifications were written under the load").isNotEmpty();
        assertThat(copies.keySet()).as("nothing lost").containsAll(sent);
        assertThat(copies.values().stream().filter(n -> n > 1).count())
                .as("repeated: only the batch in flight at the kill")
                .isLessThanOrEqualTo(100);
        assertThat(copies.values()).allMatch(n -> n <= 2);
    }
}
