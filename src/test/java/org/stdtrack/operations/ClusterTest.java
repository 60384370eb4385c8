package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.StdtrackApplication;
import org.stdtrack.files.TableFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.notification.NotificationPasses;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.portfolio.PortfolioImport;
import org.stdtrack.support.EmbeddedPostgres;

/**
 * Two nodes — two application contexts, each with its own web server and job executor — on one real
 * PostgreSQL, as docker-compose.yml runs them: work started on one node is finished on the other, timers
 * that fall due while both run fire exactly once, a race for one task across nodes has one winner, each
 * notification, reminder, digest and webhook delivery goes out once, the same import committed on both at once
 * creates each standard once, and both nodes report the same numbers.
 */
class ClusterTest {

    private static final int STANDARDS = 12;
    private static GreenMail mail;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static HttpApi a;
    private static HttpApi b;

    @BeforeAll
    static void startTwoNodes() {
        String url = EmbeddedPostgres.newDatabase(
                "cluster" + UUID.randomUUID().toString().substring(0, 8).replace("-", ""));
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String[] smtp = {
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + mail.getSmtp().getPort(),
            "--stdtrack.notifications.delivery-interval=PT1S",
            // The test's webhook receiver listens on the loopback; both nodes send every second.
            "--stdtrack.webhooks.allow-private-addresses=true",
            "--stdtrack.webhooks.delivery-interval=PT1S",
            // Both nodes look for due reminders every second.
            "--stdtrack.notifications.reminder-interval=PT1S"
        };
        nodeA = start(url, concat(smtp, "--STDTRACK_ADMIN_PASSWORD=" + HttpApi.ADMIN_PASSWORD));
        nodeB = start(url, smtp);
        a = new HttpApi(nodeA);
        b = new HttpApi(nodeB);
        a.simpleProcedure("admin");
        a.createUser("admin", "clustersec", null, Map.of("SECRETARIAT", "TC28-SC38"));
        a.send("admin", "PUT", "/api/users/clustersec/email", Map.of("email", "clustersec@example.org"));
        b.createUser("admin", "clustersac", null, Map.of("APPROVER_SAC", ""));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /**
     * Both nodes run their delivery pass every second over the one outbox: every notification is sent, and
     * each exactly once.
     */
    @Test
    void twoNodesSendEachNotificationOnce() throws Exception {
        for (int i = 0; i < STANDARDS; i++) {
            (i % 2 == 0 ? a : b).register("clustersec", "Mailed standard " + i);
        }
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from notification where recipient = 'clustersec' and email_status <> 'SENT'")
                                .query(Long.class)
                                .single())
                        .isZero());
        long notified = jdbc.sql("select count(*) from notification where recipient = 'clustersec'")
                .query(Long.class)
                .single();
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals("clustersec@example.org")) {
                copies.merge(message.getHeader("X-Stdtrack-Notification")[0], 1, Integer::sum);
            }
        }
        assertThat(notified).isGreaterThanOrEqualTo(STANDARDS);
        assertThat(copies).as("every notification sent").hasSize((int) notified);
        assertThat(copies.values()).as("by one node, once").allMatch(n -> n == 1);
    }

    /**
     * Both nodes run their webhook sender every second over the one outbox: every delivery reaches the receiver,
     * and each exactly once (issue 34, item 3).
     */
    @Test
    void twoNodesDeliverEachWebhookOnce() throws Exception {
        Map<String, Integer> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.merge(exchange.getRequestHeaders().getFirst("X-Stdtrack-Delivery"), 1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            HttpApi.Answer hook = a.send(
                    "admin",
                    "POST",
                    "/api/webhooks",
                    Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "events",
                            List.of("STAGE_CHANGED"),
                            "committee",
                            "TC28-SC38",
                            "secret",
                            "cluster-secret-of-some-length"));
            assertThat(hook.status()).as(hook.body().toString()).isEqualTo(201);
            long hookId = hook.body().get("id").asLong();
            for (int i = 0; i < STANDARDS; i++) {
                HttpApi node = i % 2 == 0 ? a : b;
                long id = node.register("clustersec", "Hooked standard " + i);
                node.complete("clustersec", id, "submitProposal", Map.of());
            }
            JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(jdbc.sql(
                                            "select count(*) from webhook_delivery where webhook_id = ? and status <> 'DELIVERED'")
                                    .param(hookId)
                                    .query(Long.class)
                                    .single())
                            .isZero());
            long deliveries = jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?")
                    .param(hookId)
                    .query(Long.class)
                    .single();
            assertThat(deliveries).isGreaterThanOrEqualTo(STANDARDS);
            assertThat(received).as("every delivery sent").hasSize((int) deliveries);
            assertThat(received.values()).as("by one node, once").allMatch(n -> n == 1);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void twoNodesShareTheWorkAndEveryTimerFiresOnce() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < STANDARDS; i++) {
            HttpApi registrar = i % 2 == 0 ? a : b;
            ids.add(registrar.register("clustersec", "Cluster standard " + i));
        }
        // Each proposal is submitted and approved on the other node than the one it was registered on; the
        // proposal comment period is P0D here, so every approval leaves a timer due at once, with both job
        // executors looking for it.
        for (int i = 0; i < STANDARDS; i++) {
            HttpApi other = i % 2 == 0 ? b : a;
            other.complete("clustersec", ids.get(i), "submitProposal", Map.of());
        }

        // Both nodes race to approve the same proposal: one wins, the other is told it is gone.
        long raced = ids.get(0);
        var onA = CompletableFuture.supplyAsync(
                () -> a.tryComplete("clustersac", raced, "approveProposal", approve("20260001-T-469")));
        var onB = CompletableFuture.supplyAsync(
                () -> b.tryComplete("clustersac", raced, "approveProposal", approve("20260002-T-469")));
        List<Integer> statuses = List.of(onA.join(), onB.join());
        assertThat(statuses)
                .as("one approval wins, the other is refused or finds no task")
                .contains(200)
                .filteredOn(s -> s != 200)
                .allMatch(s -> s == 409 || s == 404);
        for (int i = 1; i < STANDARDS; i++) {
            HttpApi other = i % 2 == 0 ? b : a;
            other.complete("clustersac", ids.get(i), "approveProposal", approve("2026" + (1000 + i) + "-T-469"));
        }

        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select count(*) from open_task where task_key = 'submitDraft'")
                                        .query(Long.class)
                                        .single())
                                .isEqualTo(STANDARDS));
        for (long id : ids) {
            assertThat(codes(jdbc, id))
                    .as("standard " + id + ": each step recorded once")
                    .containsExactly("00.00", "10.00", "10.60", "10.99");
        }
        assertThat(jdbc.sql(
                                "select count(*) from act_hi_actinst where act_id_ = 'proposalCommentPeriodEnded' and end_time_ is not null")
                        .query(Long.class)
                        .single())
                .as("each timer passed once (engine history)")
                .isEqualTo(STANDARDS);

        for (String path : List.of(
                "/api/reports/stages?programme=CLOUD-2025&groupBy=committee",
                "/api/reports/overdue?programme=CLOUD-2025",
                "/api/standards?programme=CLOUD-2025&size=500",
                "/api/reports/cycle-times?programme=CLOUD-2025")) {
            assertThat(a.get("admin", path)).as(path + " from both nodes").isEqualTo(b.get("admin", path));
        }
        assertThat(a.get("clustersac", "/api/tasks")).isEqualTo(b.get("clustersac", "/api/tasks"));
        assertThat(jdbc.sql("select count(*) from act_re_procdef where key_ = 'standardLifecycle'")
                        .query(Long.class)
                        .single())
                .as("the second node found the model deployed and did not deploy it again")
                .isEqualTo(1);
    }

    /**
     * Both nodes run their reminder pass every second: tasks that fall past due together are each reminded once,
     * whichever node finds them first.
     */
    @Test
    void twoNodesGiveEachReminderOnce() {
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = (i % 2 == 0 ? a : b).register("clustersec", "Reminded standard " + i);
            tasks.add(a.taskId("clustersec", id, "submitProposal"));
        }
        Timestamp pastDue = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
        tasks.forEach(task -> jdbc.sql("update open_task set due_at = ? where task_id = ?")
                .params(pastDue, task)
                .update());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(tasks)
                        .allMatch(task -> jdbc.sql("select count(*) from notification where task_id = ? and kind = ?")
                                        .params(task, "TASK_PAST_DUE")
                                        .query(Long.class)
                                        .single()
                                > 0));
        for (String task : tasks) {
            assertThat(jdbc.sql("select count(*) from notification where task_id = ? and kind = 'TASK_PAST_DUE'"
                                    + " and recipient = 'clustersec'")
                            .param(task)
                            .query(Long.class)
                            .single())
                    .as("task " + task + " reminded by one node, once")
                    .isEqualTo(1);
        }
    }

    /** Both nodes run the daily digest at the same hour: each recipient gets one digest. */
    @Test
    void twoNodesSendEachDigestOnce() throws Exception {
        a.createUser("admin", "clusterdigest", null, Map.of("SECRETARIAT", "TC28-SC38"));
        a.send("admin", "PUT", "/api/users/clusterdigest/email", Map.of("email", "clusterdigest@example.org"));
        a.send("clusterdigest", "PUT", "/api/me/notifications", Map.of("email", "DAILY_DIGEST"));
        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? a : b).register("clustersec", "Digested standard " + i);
        }

        var onA = CompletableFuture.supplyAsync(() -> NotificationPasses.digests(nodeA));
        var onB = CompletableFuture.supplyAsync(() -> NotificationPasses.digests(nodeB));
        assertThat(onA.join() + onB.join())
                .as("digests sent by the two nodes together")
                .isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(toDigest()).isOne());
        assertThat(toDigest()).as("one digest, from one node").isOne();
    }

    private static long toDigest() throws Exception {
        long received = 0;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals("clusterdigest@example.org")) {
                received++;
            }
        }
        return received;
    }

    /**
     * The same portfolio file committed on both nodes at once (an office's double click, a retried upload): the
     * programme's lock makes it one import, each standard created and placed once.
     */
    @Test
    void theSameImportOnBothNodesAtOnceCreatesEachStandardOnce() throws Exception {
        String programme = "CLUSTER-IMPORT";
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        jdbc.sql("insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Cluster import', '集群导入', 5, date '2027-12-31', 1)")
                .param(programme)
                .update();
        StringBuilder csv = new StringBuilder("title,type,domain,committee,lead_organisation,stage,stage_entered_on,"
                + "plan_number,plan_approved_on\n");
        for (int i = 0; i < 5; i++) {
            csv.append("Imported twice ")
                    .append(i)
                    .append(",GB_T,SRV.IAAS,TC28-SC38,CESI,DRAFTING,2026-11-01,CLUSTER-")
                    .append(i)
                    .append(",2026-06-01\n");
        }
        Path file = Files.createTempFile("cluster-import-", ".csv");
        Files.writeString(file, csv);
        var upload = new PortfolioImport.Upload("twice.csv", TableFile.CSV, file, Sha256.of(Files.readAllBytes(file)));
        AppUser admin = new AppUser("admin", "Administrator", null, Set.of(new RoleGrant(Role.ADMIN, null, null)));

        var onA = CompletableFuture.supplyAsync(
                () -> nodeA.getBean(PortfolioImport.class).run(admin, programme, false, upload));
        var onB = CompletableFuture.supplyAsync(
                () -> nodeB.getBean(PortfolioImport.class).run(admin, programme, false, upload));
        List<PortfolioImport.Result> results = List.of(onA.join(), onB.join());

        assertThat(results.stream().mapToLong(PortfolioImport.Result::created).sum())
                .as("created once between them")
                .isEqualTo(5);
        assertThat(results.stream().mapToLong(PortfolioImport.Result::unchanged).sum())
                .as("the later one found them all")
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from standard where programme_code = ?")
                        .param(programme)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from act_ru_execution e join standard s on e.business_key_ ="
                                + " cast(s.id as varchar(20)) where s.programme_code = ? and e.parent_id_ is null")
                        .param(programme)
                        .query(Long.class)
                        .single())
                .as("one running process each")
                .isEqualTo(5);
        Files.delete(file);
    }

    private static Map<String, Object> approve(String planNumber) {
        return Map.of("outcome", "APPROVE", "planNumber", planNumber);
    }

    private static List<String> codes(JdbcClient jdbc, long id) {
        return jdbc.sql("select code from stage_event where standard_id = ? order by occurred_at, id")
                .param(id)
                .query(String.class)
                .list();
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(String url, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=postgres",
                "--STDTRACK_DB_URL=" + url,
                "--STDTRACK_DB_USER=postgres",
                "--STDTRACK_DB_PASSWORD=postgres",
                "--stdtrack.policy.proposal-comment-period=P0D",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(StdtrackApplication.class).run(arguments.toArray(String[]::new));
    }
}
