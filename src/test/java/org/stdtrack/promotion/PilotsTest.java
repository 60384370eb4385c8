package org.stdtrack.promotion;

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
