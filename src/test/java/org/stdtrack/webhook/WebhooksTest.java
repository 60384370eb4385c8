package org.stdtrack.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageChanged;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Webhooks against a real HTTP receiver on the loopback (issue 33, item 4): each event delivered once, signed with
 * the hook's secret; written in the step's transaction (a rolled-back step sends nothing); a crashed node's batch
 * sent again under the same delivery id; failures retried with back-off and the hook disabled after a day, its
 * owner told; nothing about a standard its owner may no longer see. On H2 and PostgreSQL.
 */
abstract class WebhooksTest {

    private static final String SECRET = "a-long-shared-secret-of-the-receiver";

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    WebhookSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer receiver;

    record Received(String event, String delivery, String signature, String body) {}

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("X-Stdtrack-Event"),
                    exchange.getRequestHeaders().getFirst("X-Stdtrack-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Stdtrack-Signature"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        // Other suites' hooks and what they left to send are not this suite's to deliver.
        jdbc.sql("update webhook set deleted_at = created_at where deleted_at is null")
                .update();
        jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'")
                .update();
    }

    @AfterEach
    void stopReceiver() {
        jdbc.sql("update webhook set deleted_at = created_at where deleted_at is null")
                .update();
        receiver.stop(0);
    }

    @Test
    void eachEventIsDeliveredOnceSignedAndShownWithItsAttempts() throws Exception {
        long hook = register(List.of("STAGE_CHANGED", "PUBLISHED"));
        long id = journeys.registerNational("Hooked " + System.nanoTime());
        journeys.complete("secretary", id, "submitProposal");

        assertThat(sender.deliverDue()).isPositive();
        assertThat(sender.deliverDue()).as("each delivery once").isZero();
        List<Received> mine = about(id);
        assertThat(mine).isNotEmpty().allSatisfy(r -> {
            assertThat(r.event()).isEqualTo("STAGE_CHANGED");
            assertThat(r.signature()).isEqualTo("sha256=" + hmac(r.body()));
            assertThat(json.readTree(r.body()).get("delivery").asText()).isEqualTo(r.delivery());
        });
        assertThat(mine.stream().map(r -> r.body()).toList().toString()).contains("\"to\":\"PROPOSAL\"");

        JsonNode attempts =
                api.as("admin").get("/api/webhooks/" + hook + "/deliveries").body();
        assertThat(attempts.findValuesAsText("responseCode")).contains("200");
        assertThat(attempts.findValuesAsText("status")).containsOnly("DELIVERED");
        assertProblem(api.as("secretary").get("/api/webhooks/" + hook + "/deliveries"), 404);
    }

    @Test
    void aRolledBackStepSendsNothingAndACrashedNodesBatchGoesOutAgainUnderItsId() throws Exception {
        long hook = register(List.of("STAGE_CHANGED"));
        long id = journeys.registerNational("Rolled back " + System.nanoTime());
        long before = deliveries(hook);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new StageChanged(id, Stage.PRELIMINARY, Stage.PROPOSAL, "00.60"));
            status.setRollbackOnly();
        });
        assertThat(deliveries(hook))
                .as("the outbox row went with the transaction")
                .isEqualTo(before);

        journeys.complete("secretary", id, "submitProposal");
        String delivery = jdbc.sql("select id from webhook_delivery where webhook_id = ? and status = 'PENDING'")
                .param(hook)
                .query(String.class)
                .list()
                .get(0);
        // A node claimed it, sent it and died before recording: its claim runs out and the batch goes out again.
        jdbc.sql("update webhook_delivery set claimed_by = 'dead-node', claimed_until = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(
                                org.stdtrack.support.TestTime.now().plus(Duration.ofMinutes(2))),
                        delivery)
                .update();
        sender.deliverDue();
        assertThat(received.stream().filter(r -> r.delivery().equals(delivery)))
                .as("held by the other node")
                .isEmpty();
        passTime(Duration.ofMinutes(3));
        sender.deliverDue();
        assertThat(received.stream().filter(r -> r.delivery().equals(delivery))).hasSize(1);
    }

    @Test
    void failuresAreRetriedWithBackOffAndAfterADayTheHookIsDisabledAndItsOwnerTold() {
        long hook = register(List.of("STAGE_CHANGED"));
        answer.set(503);
        long id = journeys.registerNational("Failing " + System.nanoTime());
        journeys.complete("secretary", id, "submitProposal");
        assertThat(sender.deliverDue()).isZero();
        assertThat(sender.deliverDue()).as("not again before its back-off").isZero();
        int tried = received.size();
        assertThat(tried).isPositive();
        passTime(Duration.ofMinutes(2));
        sender.deliverDue();
        assertThat(received.size()).as("retried after the back-off").isGreaterThan(tried);
        assertThat(api.as("admin")
                        .get("/api/webhooks/" + hook + "/deliveries")
                        .body()
                        .findValuesAsText("responseCode"))
                .contains("503");

        passTime(Period.ofDays(1));
        sender.deliverDue();
        JsonNode listed = api.as("admin").get("/api/webhooks").body();
        JsonNode mine = null;
        for (JsonNode h : listed) {
            if (h.get("id").asLong() == hook) {
                mine = h;
            }
        }
        assertThat(mine.get("disabledAt").isNull()).as("disabled after a day").isFalse();
        assertThat(api.as("admin")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .contains(
                        "WEBHOOK_DISABLED", "127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        answer.set(200);
        int now = received.size();
        journeys.complete("secretary", journeys.registerNational("After " + System.nanoTime()), "submitProposal");
        sender.deliverDue();
        assertThat(received).as("a disabled hook hears nothing").hasSize(now);
    }

    @Test
    void nothingIsSentAboutWhatTheOwnerMayNoLongerSee() {
        long hook = register(List.of("STAGE_CHANGED"));
        // The owner's roles changed after registering: an enterprise sees no standard in development.
        jdbc.sql("update webhook set owner = 'enterprise1' where id = ?")
                .param(hook)
                .update();
        long id = journeys.registerNational("Unseen " + System.nanoTime());
        journeys.complete("secretary", id, "submitProposal");
        sender.deliverDue();
        assertThat(about(id)).isEmpty();
        assertThat(deliveries(hook)).isZero();
    }

    @Test
    void onlyAdministratorsAndProgrammeManagersKeepHooksAndOnlyTheirOwn() {
        Map<String, Object> body = hookBody(List.of("STAGE_CHANGED"));
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post("/api/webhooks", body)), 403);
        Map<String, Object> both = new java.util.HashMap<>(body);
        both.put("programme", "CLOUD-2025");
        assertProblem(guard.unchangedBy(() -> api.as("admin").post("/api/webhooks", both)), 422);
        Map<String, Object> shortSecret = new java.util.HashMap<>(body);
        shortSecret.put("secret", "short");
        assertThat(guard.unchangedBy(() -> api.as("admin").post("/api/webhooks", shortSecret))
                        .status())
                .isBetween(400, 422);
        long hook = register(List.of("STAGE_CHANGED"));
        assertThat(api.as("admin").get("/api/webhooks").body().toString())
                .as("the secret is never shown")
                .doesNotContain(SECRET);
        assertProblem(api.as("secretary").delete("/api/webhooks/" + hook), 404);
        assertThat(api.as("admin").delete("/api/webhooks/" + hook).status()).isEqualTo(204);
        assertThat(api.as("admin").get("/api/webhooks").body().findValuesAsText("id"))
                .doesNotContain(String.valueOf(hook));
    }

    private long register(List<String> events) {
        Api.Response made = api.as("admin").post("/api/webhooks", hookBody(events));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    private Map<String, Object> hookBody(List<String> events) {
        return Map.of(
                "url",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "events",
                events,
                "committee",
                "TC28-SC38",
                "secret",
                SECRET);
    }

    private List<Received> about(long standardId) {
        return received.stream()
                .filter(r -> r.body().contains("\"id\":" + standardId + ","))
                .toList();
    }

    private long deliveries(long hook) {
        return jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?")
                .param(hook)
                .query(Long.class)
                .single();
    }

    /** The signature as a receiver computes it. */
    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
