package org.stdtrack.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * The funnel on a hand-made programme of five enterprises: one trained, certified, declared and verified; one
 * trained below the pass mark who declares but is not verified; an absentee; one verified without training; one
 * trained who never declares. Each count is what the guideline's readings must give. On H2 and PostgreSQL.
 */
abstract class PromotionFunnelTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    EnterpriseMilestones milestones;

    @Autowired
    JdbcClient jdbc;

    private final String serial = SERIAL.incrementAndGet() + "" + System.nanoTime() % 10_000;

    @Test
    void fiveEnterprisesFromReachedToImplementingInBothReadings() {
        String programme = "PRO" + serial;
        Api.Response created = api.as("admin")
                .post(
                        "/api/programmes",
                        Map.of(
                                "code",
                                programme,
                                "nameEn",
                                "Promotion " + programme,
                                "nameZh",
                                "宣贯 " + programme,
                                "targetStandards",
                                10,
                                "targetDate",
                                "2030-12-31",
                                "targetEnterprises",
                                4));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long standard = journeys.importedPublishedIn(programme, "Funnel standard " + serial);
        String trainedVerified = PromotionEventsTest.creditCode("91110000FN1" + serial);
        String belowPassMark = PromotionEventsTest.creditCode("91310000FN2" + serial);
        String absentee = PromotionEventsTest.creditCode("91440000FN3" + serial);
        String verifiedUntrained = PromotionEventsTest.creditCode("91110000FN4" + serial);
        String neverDeclares = PromotionEventsTest.creditCode("91320000FN5" + serial);

        Instant start = TestTime.now().minus(Duration.ofDays(2));
        Map<String, Object> event = new HashMap<>();
        event.put("programme", programme);
        event.put("organiser", "CCIA");
        event.put("title", "Funnel training " + serial);
        event.put("kind", "TRAINING");
        event.put("standards", List.of(standard));
        event.put("startsAt", OffsetDateTime.ofInstant(start, Demo.ZONE).toString());
        event.put(
                "endsAt",
                OffsetDateTime.ofInstant(start.plus(Duration.ofHours(6)), Demo.ZONE)
                        .toString());
        event.put("place", "Shenzhen");
        event.put("capacity", 50);
        event.put("hours", 6);
        event.put("certificatePolicy", "EXAM");
        event.put("passMark", 60);
        long id = api.as("association")
                .post("/api/promotion/events", event)
                .get("id")
                .asLong();
        String path = "/api/promotion/events/" + id;
        long first = register(path, "Zhou " + serial, trainedVerified);
        long second = register(path, "Wu " + serial, belowPassMark);
        register(path, "Zheng " + serial, absentee);
        long fifth = register(path, "Feng " + serial, neverDeclares);
        assertThat(api.as("association")
                        .put(path + "/attendance", Map.of("present", List.of(first, second, fifth)))
                        .status())
                .isEqualTo(200);
        api.as("association")
                .post(
                        path + "/exam-results",
                        Map.of(
                                "results",
                                List.of(
                                        Map.of("registrationId", first, "score", 80),
                                        Map.of("registrationId", second, "score", 40),
                                        Map.of("registrationId", fifth, "score", 70))));
        assertThat(api.as("association")
                        .post(path + "/certificates", Map.of())
                        .get("issued")
                        .asInt())
                .isEqualTo(2);

        // RND is the short name for research and development, accepted beside the full one.
        declare(standard, trainedVerified, List.of("RND", "DELIVERY"));
        journeys.complete("association", standard, "verifyAdoption", Map.of("outcome", "VERIFY"));
        declare(standard, verifiedUntrained, List.of("DELIVERY"));
        journeys.complete("association", standard, "verifyAdoption", Map.of("outcome", "VERIFY"));
        declare(standard, belowPassMark, List.of());
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        Map<String, Object> pass = new HashMap<>();
        pass.put("programme", programme);
        pass.put("enterprise", "Zhou Cloud");
        pass.put("creditCode", trainedVerified);
        pass.put("scheme", "Cloud service capability assessment");
        pass.put("standards", List.of(standard));
        pass.put("result", "PASS");
        pass.put("validFrom", today.minusDays(1).toString());
        pass.put("validUntil", today.plusYears(1).toString());
        assertThat(api.as("association").post("/api/conformity-results", pass).status())
                .isEqualTo(201);
        Map<String, Object> fail = new HashMap<>(pass);
        fail.put("creditCode", absentee);
        fail.put("result", "FAIL");
        assertThat(api.as("association").post("/api/conformity-results", fail).status())
                .isEqualTo(201);
        Map<String, Object> backwards = new HashMap<>(pass);
        backwards.put("validUntil", today.minusDays(2).toString());
        assertProblem(guard.unchangedBy(() -> api.as("association").post("/api/conformity-results", backwards)), 422);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post("/api/conformity-results", pass)), 403);

        Map<String, Object> pilot = new HashMap<>();
        pilot.put("programme", programme);
        pilot.put("name", "Funnel pilot " + serial);
        pilot.put("kind", "NATIONAL_PILOT");
        pilot.put("lead", Map.of("enterprise", "Zhou Cloud", "creditCode", trainedVerified));
        pilot.put("participants", List.of(Map.of("enterprise", "Feng Cloud", "creditCode", neverDeclares)));
        pilot.put("standards", List.of(standard));
        long pilotId =
                api.as("association").post("/api/pilots", pilot).get("id").asLong();
        decidePilot("association", pilotId, "RECOMMEND");
        decidePilot("secretary", pilotId, "APPROVE");
        assertThat(api.as("observer")
                        .get("/api/reports/promotion?programme=" + programme)
                        .get("counts")
                        .get("piloted")
                        .asInt())
                .as("reviewed, not yet approved")
                .isZero();
        passTime(Duration.ofDays(8));
        assertThat(journeys.fireDueTimersOf(jdbc.sql("select process_instance_id from pilot where id = ?")
                        .param(pilotId)
                        .query(String.class)
                        .single()))
                .isEqualTo(1);
        decidePilot("miit", pilotId, "APPROVE");

        JsonNode funnel = api.as("observer")
                .get("/api/reports/promotion?programme=" + programme)
                .body();
        assertThat(funnel.get("counts").get("piloted").asInt())
                .as("the lead and the participant")
                .isEqualTo(2);
        JsonNode counts = funnel.get("counts");
        assertThat(counts.get("reached").asInt())
                .as("four registered, the absentee among them")
                .isEqualTo(4);
        assertThat(counts.get("trained").asInt()).as("three attended").isEqualTo(3);
        assertThat(counts.get("declared").asInt()).isEqualTo(3);
        assertThat(counts.get("verified").asInt()).isEqualTo(2);
        assertThat(counts.get("assessed").asInt())
                .as("a valid PASS; a FAIL is none")
                .isEqualTo(1);
        assertThat(counts.get("engaged").asInt())
                .as("trained or declared: the broad reading")
                .isEqualTo(4);
        assertThat(counts.get("implementing").asInt())
                .as("verified: the strict reading")
                .isEqualTo(2);
        assertThat(funnel.get("targetReading").asText()).isEqualTo("IMPLEMENTING");
        assertThat(funnel.get("towardTarget").asInt()).isEqualTo(2);
        assertThat(funnel.get("progress").asDouble()).isEqualTo(0.5);
        assertThat(funnel.get("trainedToDeclared").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(funnel.get("declaredToVerified").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(funnel.get("verifiedWithoutTraining").asInt()).isEqualTo(1);
        assertThat(funnel.get("medianDaysTrainingToDeclaration").asInt()).isEqualTo(2);
        assertThat(funnel.get("certificatesIssued").asInt())
                .as("the one below the pass mark has none")
                .isEqualTo(2);
        assertThat(funnel.get("alignedAreas").get("DELIVERY").asInt()).isEqualTo(2);
        assertThat(funnel.get("alignedAreas").get("RESEARCH_AND_DEVELOPMENT").asInt())
                .isEqualTo(1);
        Map<String, Integer> byProvince = new HashMap<>();
        funnel.get("byProvince")
                .forEach(g -> byProvince.put(
                        g.get("key").asText(), g.get("counts").get("engaged").asInt()));
        assertThat(byProvince).containsEntry("11", 2).containsEntry("31", 1).containsEntry("32", 1);
        JsonNode organiser = funnel.get("byOrganiser").get(0);
        assertThat(organiser.get("key").asText()).isEqualTo("CCIA");
        assertThat(organiser.get("counts").get("verified").asInt())
                .as("its trainees' verified declarations, not the untrained one's")
                .isEqualTo(1);
        assertThat(funnel.get("byDomain").toString()).contains("\"key\":\"SRV\"");

        JsonNode otherDomain = api.as("observer")
                .get("/api/reports/promotion?programme=" + programme + "&domain=SEC")
                .body();
        assertThat(otherDomain.get("counts").get("engaged").asInt())
                .as("nothing promoted in security")
                .isZero();
        assertThat(otherDomain.get("byDomain")).hasSize(1);
        JsonNode window = api.as("observer")
                .get("/api/reports/promotion?programme=" + programme + "&from=" + today + "&to=" + today)
                .body()
                .get("counts");
        assertThat(window.get("trained").asInt())
                .as("the training was two days ago")
                .isZero();
        assertThat(window.get("declared").asInt()).isEqualTo(3);
        JsonNode yesterday = api.as("observer")
                .get("/api/reports/promotion?programme=" + programme + "&asOf=" + today.minusDays(1))
                .body()
                .get("counts");
        assertThat(yesterday.get("declared").asInt()).as("nothing declared yet").isZero();
        assertThat(yesterday.get("assessed").asInt()).isEqualTo(1);

        String dashboard = api.as("observer")
                .fetchIn("en", "/dashboard?programme=" + programme)
                .text();
        assertThat(dashboard)
                .contains("id=\"promotion-funnel\"")
                .contains("Engaged (trained or declared): 4; implementing (verified): 2. The target of 4 counts:"
                        + " Implementing: a verified declaration (strict).")
                .containsPattern(
                        "id=\"funnel-trained\">\\s*<th scope=\"row\">Trained</th>\\s*<td class=\"number\">3</td>");
        String csv = new String(
                api.as("observer").download("/api/reports/promotion?programme=" + programme + "&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("All enterprises", "Beijing", "Engaged (broad)");
        assertProblem(api.as("enterprise1").get("/api/reports/promotion?programme=" + programme), 403);
        assertProblem(
                api.as("observer")
                        .get("/api/reports/promotion?programme=" + programme + "&asOf="
                                + LocalDate.ofInstant(TestTime.now(), Demo.ZONE).plusDays(1)),
                422);
        assertProblem(
                api.as("observer")
                        .get("/api/reports/promotion?programme=" + programme + "&from=" + today + "&to="
                                + today.minusDays(1)),
                422);
        assertProblem(api.as("observer").get("/api/reports/promotion?programme=" + programme + "&domain=NOPE"), 422);
        assertProblem(
                api.as("observer").get("/api/reports/promotion?programme=" + programme + "&asOf=0001-01-01"), 422);
        assertProblem(
                api.as("observer").get("/api/reports/promotion?programme=" + programme + "&from=0001-01-01"), 422);

        String manager = "pm" + programme.toLowerCase(Locale.ROOT);
        Api.Response account = api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                manager,
                                "displayName",
                                "Programme office " + programme,
                                "password",
                                manager + " password",
                                "roles",
                                List.of(Map.of("role", "PROGRAMME_MANAGER", "programme", programme))));
        assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
        milestones.check();
        milestones.check();
        assertThat(milestoneSubjects(manager))
                .as("2 of 4 verified: a quarter and a half, each told once")
                .containsExactlyInAnyOrder(
                        programme + ": enterprises at 25 % (2 / 4) of the target",
                        programme + ": enterprises at 50 % (2 / 4) of the target");
        assertThat(milestoneSubjects("secretary")).as("not for others").isEmpty();

        Map<String, Object> broad = new HashMap<>(Map.of(
                "nameEn",
                "Promotion " + programme,
                "nameZh",
                "宣贯 " + programme,
                "targetStandards",
                10,
                "targetDate",
                "2030-12-31",
                "targetEnterprises",
                4,
                "targetEnterprisesReading",
                "ENGAGED"));
        assertThat(api.as("admin").put("/api/programmes/" + programme, broad).status())
                .isEqualTo(200);
        JsonNode engaged = api.as("observer")
                .get("/api/reports/promotion?programme=" + programme)
                .body();
        assertThat(engaged.get("targetReading").asText()).isEqualTo("ENGAGED");
        assertThat(engaged.get("towardTarget").asInt()).isEqualTo(4);
        assertThat(engaged.get("progress").asDouble()).isEqualTo(1.0);
        milestones.check();
        assertThat(milestoneSubjects(manager)).hasSize(4).anyMatch(s -> s.contains("100 % (4 / 4)"));

        assertThat(api.as("enterprise1")
                        .get("/api/conformity-results?programme=" + programme)
                        .body())
                .as("an enterprise reads its own results only")
                .isEmpty();
        assertThat(api.as("association")
                        .get("/api/conformity-results?programme=" + programme)
                        .body())
                .hasSize(2);
        assertProblem(api.as("secretary2").get("/api/conformity-results?programme=" + programme), 403);
    }

    private List<String> milestoneSubjects(String user) {
        List<String> subjects = new ArrayList<>();
        for (JsonNode item :
                api.as(user).get("/api/me/notifications/inbox?size=200").get("items")) {
            if (item.get("kind").asText().equals("ENTERPRISE_MILESTONE")) {
                subjects.add(item.get("subject").asText());
            }
        }
        return subjects;
    }

    private void decidePilot(String user, long pilot, String outcome) {
        for (JsonNode task : api.as(user).get("/api/tasks").body()) {
            if (task.get("subject").isObject()
                    && task.get("subject").get("key").asText().equals("pilot:" + pilot)) {
                Api.Response done = api.as(user)
                        .post("/api/tasks/" + task.get("id").asText() + "/complete", Map.of("outcome", outcome));
                assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
                return;
            }
        }
        throw new AssertionError(user + " holds no step of pilot " + pilot);
    }

    private long register(String eventPath, String name, String creditCode) {
        Api.Response made = api.as("association")
                .post(
                        eventPath + "/registrations",
                        Map.of("name", name, "enterprise", "Enterprise " + creditCode, "creditCode", creditCode));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    private void declare(long standard, String creditCode, List<String> areas) {
        Api.Response declared = api.as("association")
                .post(
                        "/api/standards/" + standard + "/adoptions",
                        Map.of(
                                "enterprise",
                                "Enterprise " + creditCode,
                                "creditCode",
                                creditCode,
                                "scope",
                                "Cloud hosting",
                                "productsOrServices",
                                "IaaS",
                                "implementedOn",
                                LocalDate.ofInstant(TestTime.now(), Demo.ZONE).toString(),
                                "evidence",
                                "https://example.com/" + creditCode,
                                "alignedAreas",
                                areas,
                                "selfDeclaration",
                                "https://www.cpbz.gov.cn/" + creditCode));
        assertThat(declared.status()).as(declared.body().toString()).isEqualTo(201);
        assertThat(declared.text("selfDeclaration")).isEqualTo("https://www.cpbz.gov.cn/" + creditCode);
    }
}
