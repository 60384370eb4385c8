package org.stdtrack.promotion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * A pilot from its application to its acceptance through its process, each step worked by whoever holds it (on
 * the pilot's page or through the task API), the public notice waited for, and the rules of an application. On
 * H2 and PostgreSQL.
 */
abstract class PilotsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    JdbcClient jdbc;

    private final String serial = SERIAL.incrementAndGet() + "" + System.nanoTime() % 10_000;

    @Test
    void aPilotIsRecommendedReviewedNoticedApprovedAndAccepted() {
        long standard = journeys.importedPublished("Piloted " + serial);
        Map<String, Object> body = pilot("NATIONAL_PILOT", standard);
        Api.Response applied = api.as("association").post("/api/pilots", body);
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(201);
        long id = applied.get("id").asLong();
        assertThat(applied.location()).endsWith("/api/pilots/" + id);
        assertThat(applied.text("status")).isEqualTo("APPLIED");
        assertThat(applied.get("participants")).hasSize(1);

        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post("/api/pilots", body)), 403);
        Api.Response tooSoon = guard.unchangedBy(
                () -> api.as("association").post("/api/pilots", pilot("GROUP_STANDARD_DEMO", standard)));
        assertProblem(tooSoon, 422);
        assertThat(tooSoon.body().toString()).contains("P6M");
        Map<String, Object> badCode = pilot("INDUSTRY_PILOT", standard);
        badCode.put("lead", Map.of("enterprise", "Bad", "creditCode", "91110000MA01ABCDE0"));
        assertProblem(guard.unchangedBy(() -> api.as("association").post("/api/pilots", badCode)), 422);
        Map<String, Object> unpublished = pilot("INDUSTRY_PILOT", journeys.registerNational("Not yet " + serial));
        assertProblem(guard.unchangedBy(() -> api.as("association").post("/api/pilots", unpublished)), 422);

        String page = "/pilots/" + id;
        assertThat(api.as("association").fetchIn("zh", page).text()).contains("已申报", "推荐试点", "id=\"pilot-form\"");
        assertThat(api.as("secretary").fetchIn("en", page).text())
                .as("the recommendation is not the secretariat's")
                .contains("Applied")
                .doesNotContain("id=\"pilot-form\"");
        Api.FileResponse noReason =
                api.as("association").submitFormIn("zh", page + "/decision", Map.of("outcome", "DECLINE"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(api.as("association")
                        .submitAndFollow("en", page + "/decision", Map.of("outcome", List.of("RECOMMEND")))
                        .text())
                .contains("The decision is recorded.", "Recommended");
        Api.FileResponse notYours =
                api.as("association").submitFormIn("en", page + "/decision", Map.of("outcome", "APPROVE"));
        assertThat(notYours.status()).isEqualTo(409);

        complete("secretary", id, "APPROVE");
        assertThat(status(id)).isEqualTo("REVIEWED");
        assertThat(task("miit", id))
                .as("in public notice: nothing for MIIT yet")
                .isNull();
        passTime(Period.ofDays(8));
        assertThat(journeys.fireDueTimersOf(processInstance(id))).isEqualTo(1);
        complete("miit", id, "APPROVE");
        assertThat(status(id)).isEqualTo("APPROVED");
        complete("miit", id, "PASS");
        assertThat(status(id)).isEqualTo("PASSED");
        assertProblem(api.as("observer").get("/api/pilots/999999999"), 404);
        assertThat(api.as("observer")
                        .get("/api/pilots?programme=" + Demo.PROGRAMME)
                        .body()
                        .toString())
                .contains("Cloud SLA pilot " + serial);
    }

    @Test
    void evidenceLettersAreKeptAsDocumentsForThePilotsActorsOnly() {
        long standard = journeys.importedPublished("Evidenced " + serial);
        Map<String, Object> body = pilot("NATIONAL_PILOT", standard);
        body.put("participants", List.of(Map.of("enterprise", "E-Cloud", "creditCode", "91110108MA01ECL0U5")));
        long id = api.as("association").post("/api/pilots", body).get("id").asLong();
        String letters = "/api/pilots/" + id + "/letters";

        Api.Response added = api.as("association").upload(letters, Map.of(), "推荐函.pdf", Drafts.pdf());
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        long letter = added.get("id").asLong();
        assertThat(added.location()).endsWith(letters + "/" + letter);
        assertThat(added.text("kind")).isEqualTo("EVIDENCE_LETTER");
        assertThat(added.text("subject")).isEqualTo("pilot:" + id);
        assertThat(added.text("contentType")).isEqualTo("application/pdf");
        assertThat(added.text("filename")).isEqualTo("推荐函.pdf");
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary2").upload(letters, Map.of(), "x.pdf", Drafts.pdf())), 403);
        assertProblem(
                guard.unchangedBy(() -> api.as("association")
                        .upload(letters, Map.of(), "letter.pdf", "MZ, no document".getBytes(UTF_8))),
                415);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .upload(
                                "/api/standards/" + standard + "/documents",
                                Map.of("kind", "EVIDENCE_LETTER"),
                                "x.pdf",
                                Drafts.pdf())),
                422);
        assertThat(api.as("secretary")
                        .upload(letters, Map.of(), "专家意见.docx", Drafts.docx("专家意见"))
                        .status())
                .as("the reviewing committee's secretariat keeps letters too")
                .isEqualTo(201);

        JsonNode seen = api.as("enterprise1").get(letters).body();
        assertThat(seen.findValuesAsText("filename"))
                .as("the pilot's own enterprise reads them")
                .containsExactlyInAnyOrder("推荐函.pdf", "专家意见.docx");
        Api.Response notTheirs = api.as("observer").get(letters);
        assertProblem(notTheirs, 403);
        assertThat(notTheirs.body().toString()).doesNotContain("推荐函");
        Api.FileResponse content = api.as("miit").fetch(letters + "/" + letter + "/content");
        assertThat(content.bytes()).isEqualTo(Drafts.pdf());
        assertThat(content.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(content.header("ETag")).isEqualTo("\"" + added.text("sha256") + "\"");
        assertThat(api.as("observer").fetch(letters + "/" + letter + "/content").status())
                .isEqualTo(403);
        assertProblem(api.as("miit").get(letters + "/999999999"), 404);
        assertThat(api.as("miit").fetch(letters + "/999999999/content").status())
                .isEqualTo(404);
        assertProblem(api.as("secretary").get("/api/standards/" + standard + "/documents/" + letter), 404);

        String page = "/pilots/" + id;
        assertThat(api.as("association").fetchIn("zh", page).text()).contains("证明材料", "推荐函.pdf", "id=\"letter-file\"");
        assertThat(api.as("observer").fetchIn("en", page).text()).doesNotContain("推荐函.pdf", "Evidence letters");
        assertThat(api.as("association")
                        .upload("/pilots/" + id + "/letters", Map.of(), "验收报告.pdf", Drafts.pdf())
                        .status())
                .as("the page's form adds one and returns to the page")
                .isEqualTo(302);
        assertThat(api.as("association").get(letters).body()).hasSize(3);

        Api.Response declined = api.as("association")
                .post(
                        "/api/tasks/" + task("association", id).get("id").asText() + "/complete",
                        Map.of("outcome", "DECLINE", "comment", "Not ready."));
        assertThat(declined.status()).as(declined.body().toString()).isEqualTo(200);
        assertProblem(
                guard.unchangedBy(() -> api.as("association").upload(letters, Map.of(), "late.pdf", Drafts.pdf())),
                409);
        assertThat(api.as("association").fetchIn("en", page).text())
                .as("read after the end, no longer added")
                .contains("验收报告.pdf")
                .doesNotContain("id=\"letter-file\"");
    }

    private Map<String, Object> pilot(String kind, long standard) {
        Map<String, Object> body = new HashMap<>();
        body.put("programme", Demo.PROGRAMME);
        body.put("name", "Cloud SLA pilot " + serial);
        body.put("kind", kind);
        body.put(
                "lead",
                Map.of(
                        "enterprise",
                        "Jing Cloud",
                        "creditCode",
                        PromotionEventsTest.creditCode("91110105PL1" + serial)));
        body.put(
                "participants",
                List.of(Map.of(
                        "enterprise",
                        "Hu Data",
                        "creditCode",
                        PromotionEventsTest.creditCode("91310115PL2" + serial))));
        body.put("standards", List.of(standard));
        return body;
    }

    private JsonNode task(String user, long pilot) {
        for (JsonNode task : api.as(user).get("/api/tasks").body()) {
            if (task.get("subject").isObject()
                    && task.get("subject").get("key").asText().equals("pilot:" + pilot)) {
                return task;
            }
        }
        return null;
    }

    private void complete(String user, long pilot, String outcome) {
        JsonNode task = task(user, pilot);
        assertThat(task).as(user + " holds the pilot's step").isNotNull();
        Api.Response done =
                api.as(user).post("/api/tasks/" + task.get("id").asText() + "/complete", Map.of("outcome", outcome));
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
    }

    private String status(long pilot) {
        return api.as("observer").get("/api/pilots/" + pilot).text("status");
    }

    private String processInstance(long pilot) {
        return jdbc.sql("select process_instance_id from pilot where id = ?")
                .param(pilot)
                .query(String.class)
                .single();
    }
}
