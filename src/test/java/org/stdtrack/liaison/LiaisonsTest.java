package org.stdtrack.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * Liaison statements (issue 33, item 3): an incoming one with a response due is the receiving secretariat's task
 * with that due date — in its list, inbox and calendar, past due in the overdue report — answered once, on the
 * API or the liaison's page; its documents kept as a standard's are; the committee's alone to read. On H2 and
 * PostgreSQL.
 */
abstract class LiaisonsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private final String serial = "L" + SERIAL.incrementAndGet() + "X" + System.nanoTime() % 100_000;

    @Test
    void anIncomingStatementIsTheSecretariatsTaskUntilAnsweredAndPastDueInTheOverdueReport() {
        long standard = journeys.registerNational("Liaised " + serial);
        String subject = "SC 27 on SLA security terms " + serial;
        Map<String, Object> body = incoming(subject, standard);

        Api.Response made = api.as("secretary").post("/api/liaisons", body);
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        long id = made.get("id").asLong();
        assertThat(made.text("direction")).isEqualTo("INCOMING");
        assertThat(made.text("committee")).isEqualTo("TC28-SC38");

        JsonNode task = task("secretary", id);
        assertThat(task).as("the receiving secretariat's task").isNotNull();
        assertThat(task.get("due").asText()).startsWith(today().plusDays(14).toString());
        assertThat(api.as("secretary")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .contains(subject);
        String token = api.as("secretary").post("/api/me/feed-token", Map.of()).text("token");
        assertThat(api.as(null).fetch("/feeds/" + token + "/deadlines.ics").text())
                .as("in the secretariat's calendar")
                .contains("UID:task-" + task.get("id").asText(), "Respond to liaison statement");
        assertThat(api.as("reviewer1").fetchIn("en", "/standards/" + standard).text())
                .as("the standard's page lists it for the committee")
                .contains(subject, "/liaisons/" + id);
        assertProblem(api.as("enterprise1").get("/api/liaisons/" + id), 403);
        assertThat(api.as("secretary2").get("/api/liaisons").body().toString()).doesNotContain(subject);

        passTime(Period.ofDays(15));
        // Other suites' statements may be past due by now too: this one's answer takes exactly one away.
        long pastDue = liaisonsPastDue();
        assertThat(pastDue).as("unanswered past its date").isPositive();

        String response = "/api/liaisons/" + id + "/response";
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(response, Map.of("response", "No."))), 403);
        Api.Response answered = api.as("secretary").post(response, Map.of("response", "TC28/SC38 agrees."));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        assertThat(answered.text("response")).isEqualTo("TC28/SC38 agrees.");
        assertThat(answered.text("respondedBy")).isEqualTo("secretary");
        assertThat(task("secretary", id)).as("the task is done").isNull();
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(response, Map.of("response", "Again."))), 409);
        assertThat(liaisonsPastDue()).isEqualTo(pastDue - 1);
        assertThat(api.as("reviewer1").fetchIn("zh", "/liaisons/" + id).text())
                .contains("收到", "TC28/SC38 agrees.")
                .doesNotContain("id=\"liaison-respond\"");
    }

    @Test
    void theRulesOfRecordingAStatement() {
        long standard = journeys.registerNational("Ruled liaison " + serial);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary2").post("/api/liaisons", incoming("x", standard))), 403);
        Map<String, Object> both = incoming("x", standard);
        both.put("sentOn", today().toString());
        Map<String, Object> outside = incoming("x", standard);
        outside.put("to", "ITU-T SG13");
        Map<String, Object> unknownStandard = incoming("x", standard);
        unknownStandard.put("standards", List.of(999_999_999L));
        Map<String, Object> dueBeforeReceipt = incoming("x", standard);
        dueBeforeReceipt.put("responseDue", today().minusDays(1).toString());
        for (Map<String, Object> wrong : List.of(both, outside, unknownStandard, dueBeforeReceipt)) {
            Api.Response refused = guard.unchangedBy(() -> api.as("secretary").post("/api/liaisons", wrong));
            assertProblem(refused, 422);
        }

        Map<String, Object> sent = new HashMap<>();
        sent.put("from", "TC28-SC38");
        sent.put("to", "ITU-T SG13");
        sent.put("subject", "Our comments on Y.3500 " + serial);
        sent.put("sentOn", today().toString());
        Api.Response out = api.as("secretary").post("/api/liaisons", sent);
        assertThat(out.status()).as(out.body().toString()).isEqualTo(201);
        long outId = out.get("id").asLong();
        assertThat(task("secretary", outId)).as("nothing to respond to").isNull();
        assertProblem(api.as("secretary").post("/api/liaisons/" + outId + "/response", Map.of("response", "x")), 409);

        Map<String, Object> noDue = incoming("For information " + serial, standard);
        noDue.remove("responseDue");
        long informational =
                api.as("secretary").post("/api/liaisons", noDue).get("id").asLong();
        assertThat(task("secretary", informational)).isNull();
        assertThat(api.as("secretary")
                        .post("/api/liaisons/" + informational + "/response", Map.of("response", "Noted."))
                        .text("response"))
                .as("a response without a task is recorded all the same")
                .isEqualTo("Noted.");
    }

    @Test
    void theStatementAndItsResponseAreKeptAsDocuments() {
        long standard = journeys.registerNational("Documented liaison " + serial);
        long id = api.as("secretary")
                .post("/api/liaisons", incoming("With a letter " + serial, standard))
                .get("id")
                .asLong();
        String documents = "/api/liaisons/" + id + "/documents";
        Api.Response uploaded =
                api.as("secretary").upload(documents, Map.of("kind", "LIAISON_STATEMENT"), "来函.pdf", Drafts.pdf());
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        assertThat(uploaded.text("subject")).isEqualTo("liaison:" + id);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .upload(documents, Map.of("kind", "DRAFT_FOR_COMMENTS"), "x.pdf", Drafts.pdf())),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer1")
                        .upload(documents, Map.of("kind", "LIAISON_STATEMENT"), "x.pdf", Drafts.pdf())),
                403);
        assertThat(api.as("reviewer1").get(documents).body().findValuesAsText("filename"))
                .containsExactly("来函.pdf");
        assertThat(api.as("reviewer1")
                        .download(documents + "/" + uploaded.get("id").asLong() + "/content"))
                .isEqualTo(Drafts.pdf());
        assertThat(api.as("secretary").fetchIn("en", "/liaisons/" + id).text())
                .contains("来函.pdf", "id=\"liaison-respond\"", "id=\"liaison-file\"");
    }

    private Map<String, Object> incoming(String subject, long standard) {
        Map<String, Object> body = new HashMap<>();
        body.put("from", "ISO/IEC JTC 1/SC 27");
        body.put("to", "TC28-SC38");
        body.put("subject", subject);
        body.put("receivedOn", today().toString());
        body.put("responseDue", today().plusDays(14).toString());
        body.put("standards", List.of(standard));
        return body;
    }

    private JsonNode task(String user, long liaison) {
        for (JsonNode task : api.as(user).get("/api/tasks").body()) {
            if (task.get("subject").isObject()
                    && task.get("subject").get("key").asText().equals("liaison:" + liaison)) {
                return task;
            }
        }
        return null;
    }

    private long liaisonsPastDue() {
        for (JsonNode c : api.as("admin")
                .get("/api/reports/overdue?programme=" + Demo.PROGRAMME)
                .get("committees")) {
            if (c.get("committee").asText().equals("TC28-SC38")) {
                return c.get("liaisonsPastDue").asLong();
            }
        }
        throw new AssertionError("no TC28-SC38 in the overdue report");
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
    }
}
