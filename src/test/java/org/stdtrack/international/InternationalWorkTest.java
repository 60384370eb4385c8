package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * International committees and their national mirrors, projects with China's role and their harmonized stage
 * history, national counterparts shown only to those who may see them, and the experts the mirrors register. On
 * H2 and PostgreSQL.
 */
abstract class InternationalWorkTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private final int serial = SERIAL.incrementAndGet() * 1000 + (int) (System.nanoTime() % 1000);

    @Test
    void committeesAreKeptByAdministratorsAndNamedInPathsByTheirKey() {
        String code = "ISO/IEC JTC 1/SC " + serial;
        Map<String, Object> body = committee(code, "ISO_IEC_JTC1");
        Api.Response created = api.as("admin").post("/api/international/committees", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String key = "ISO-IEC-JTC-1-SC-" + serial;
        assertThat(created.location()).endsWith("/api/international/committees/" + key);
        assertThat(api.as("enterprise1")
                        .get("/api/international/committees/" + key.toLowerCase())
                        .text("code"))
                .isEqualTo(code);
        assertThat(api.as("observer")
                        .get("/api/international/committees")
                        .body()
                        .findValuesAsText("code"))
                .contains(code);

        assertProblem(guard.unchangedBy(() -> api.as("admin").post("/api/international/committees", body)), 409);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post("/api/international/committees", body)), 403);
        Map<String, Object> noMirror = new HashMap<>(committee("ITU-T SG" + serial, "ITU_T"));
        noMirror.put("mirrorCommittee", "NOPE");
        Api.Response refused = guard.unchangedBy(() -> api.as("admin").post("/api/international/committees", noMirror));
        assertProblem(refused, 422);
        assertThat(refused.text("field")).isEqualTo("mirrorCommittee");

        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("nameEn", "Cloud computing and distributed platforms");
        renamed.put("chinaMembership", "O");
        Api.Response changed = api.as("admin").put("/api/international/committees/" + key, renamed);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.text("chinaMembership")).isEqualTo("O");
        Map<String, Object> recoded = new HashMap<>(body);
        recoded.put("code", "ISO/TC " + serial);
        assertProblem(
                guard.unchangedBy(() -> api.as("admin").put("/api/international/committees/" + key, recoded)), 422);
        assertProblem(api.as("admin").get("/api/international/committees/NO-SUCH-" + serial), 404);
        assertThat(api.as("admin")
                        .get("/api/international/committees/ISO%2FIEC%20JTC%201")
                        .status())
                .as("an encoded slash: refused at the edge, never served")
                .isEqualTo(400);
        assertProblem(api.as("admin").get("/api/international/committees/" + "X".repeat(5000)), 404);
    }

    @Test
    void theMirrorSecretariatKeepsAProjectAndItsStageHistory() {
        String committee = newCommittee("ISO_IEC_JTC1");
        Map<String, Object> body = project(committee, "ISO/IEC 22123-" + serial, "40.20");
        Api.Response created = api.as("secretary").post("/api/international/projects", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.get("id").asLong();
        assertThat(created.text("stage")).isEqualTo("40.20");
        assertThat(created.get("stages")).hasSize(1);

        assertProblem(
                guard.unchangedBy(() -> api.as("secretary2")
                        .post("/api/international/projects", project(committee, "ISO/IEC 1" + serial, "30.20"))),
                403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post("/api/international/projects", body)), 409);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post("/api/international/projects", project(committee, "ISO/IEC 2" + serial, "41.20"))),
                400);

        String path = "/api/international/projects/" + id;
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").post(path + "/stage", Map.of("code", "99.12", "on", today.toString()))),
                400);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                path + "/stage",
                                Map.of("code", "40.60", "on", today.plusDays(1).toString()))),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                path + "/stage",
                                Map.of("code", "40.60", "on", today.minusDays(1).toString()))),
                422);
        Api.Response moved = api.as("secretary").post(path + "/stage", Map.of("code", "40.60", "on", today.toString()));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(moved.text("stage")).isEqualTo("40.60");
        assertThat(moved.get("stages").findValuesAsText("code")).containsExactly("40.20", "40.60");
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("enterprise1").post(path + "/stage", Map.of("code", "40.99", "on", today.toString()))),
                403);

        Map<String, Object> edited = new HashMap<>(body);
        edited.put("stage", "50.20");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").put(path, edited)), 422);
        edited.put("stage", "40.60");
        edited.put("title", "Cloud computing — Concepts and terminology, renamed");
        Api.Response changed = api.as("secretary").put(path, edited);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.text("title")).endsWith("renamed");

        JsonNode found = api.as("observer")
                .get("/api/international/projects?committee=" + IntlCommittee.keyOf(committee)
                        + "&chinaRole=LED&stage=40")
                .body();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(api.as("observer")
                        .get("/api/international/projects?committee=" + IntlCommittee.keyOf(committee) + "&stage=50")
                        .get("total")
                        .asInt())
                .isZero();
        assertProblem(api.as("observer").get("/api/international/projects?stage=4x"), 400);
        assertProblem(api.as("observer").get("/api/international/projects?size=100000"), 400);
    }

    @Test
    void anIecProjectKeepsItsOwnCodeBesideTheHarmonizedOne() {
        String committee = newCommittee("IEC");
        Map<String, Object> body = project(committee, "IEC 63" + serial, "CCDV");
        body.put("body", "IEC");
        LocalDate entered = LocalDate.ofInstant(TestTime.now(), Demo.ZONE).minusDays(30);
        Map<String, Object> ahead = new HashMap<>(body);
        ahead.put("stageOn", entered.plusYears(1).toString());
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post("/api/international/projects", ahead)), 422);
        body.put("stageOn", entered.toString());
        Api.Response created = api.as("secretary").post("/api/international/projects", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.get("stages").get(0).get("on").asText())
                .as("an existing project's stage entered on its own day")
                .isEqualTo(entered.toString());
        assertThat(created.text("stage")).isEqualTo("40.20");
        assertThat(created.text("bodyStage")).isEqualTo("CCDV");
        Api.Response published = api.as("secretary")
                .post(
                        "/api/international/projects/" + created.get("id").asLong() + "/stage",
                        Map.of(
                                "code",
                                "PPUB",
                                "on",
                                LocalDate.ofInstant(TestTime.now(), Demo.ZONE).toString()));
        assertThat(published.text("stage")).isEqualTo("60.60");
        Map<String, Object> iso = project(committee, "ISO 1" + serial, "CCDV");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post("/api/international/projects", iso)), 400);
    }

    @Test
    void aNationalCounterpartInDevelopmentIsShownOnlyToThoseWhoMaySeeIt() {
        String committee = newCommittee("ISO_IEC_JTC1");
        String secret = "Counterpart draft " + serial;
        long draft = journeys.registerNational(secret);
        Map<String, Object> body = project(committee, "ISO/IEC 3" + serial, "30.20");
        body.put("nationalCounterparts", List.of(Map.of("standardId", draft, "degree", "IDT")));
        long id = api.as("secretary")
                .post("/api/international/projects", body)
                .get("id")
                .asLong();
        String path = "/api/international/projects/" + id;
        assertThat(api.as("secretary").get(path).body().toString()).contains(secret);
        for (String reader : List.of("secretary2", "enterprise1")) {
            JsonNode seen = api.as(reader).get(path).body();
            assertThat(seen.toString()).as(reader).doesNotContain(secret);
            assertThat(seen.get("nationalCounterparts").get(0).get("standardId").isNull())
                    .isTrue();
            assertThat(seen.get("nationalCounterparts").get(0).get("degree").asText())
                    .isEqualTo("IDT");
        }
        Map<String, Object> twice = project(committee, "ISO/IEC 4" + serial, "30.20");
        twice.put(
                "nationalCounterparts",
                List.of(Map.of("standardId", draft, "degree", "IDT"), Map.of("standardId", draft, "degree", "MOD")));
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post("/api/international/projects", twice)), 422);
    }

    @Test
    void aMirrorSecretariatRegistersItsExpertsWhomOnlyOrganisersAndTheExpertRead() {
        String committee = newCommittee("ISO_IEC_JTC1");
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", "Li Ming " + serial,
                "nameZh", "李明",
                "organisation", "CESI",
                "email", "li.ming@example.org",
                "role", "PROJECT_LEADER",
                "committees", List.of(Map.of("committee", committee, "workingGroup", "WG 3"))));
        Api.Response created = api.as("secretary").post("/api/experts", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.get("id").asLong();
        assertThat(created.text("status")).isEqualTo("NOMINATED");
        assertThat(api.as("secretary")
                        .get("/api/experts?committee=" + IntlCommittee.keyOf(committee))
                        .body()
                        .findValuesAsText("name"))
                .containsExactly("Li Ming " + serial);
        for (String reader : List.of("enterprise1", "reviewer1", "observer")) {
            assertProblem(api.as(reader).get("/api/experts"), 403);
            assertProblem(api.as(reader).get("/api/experts/" + id), 403);
        }
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").put("/api/experts/" + id, body)), 403);

        String account = "expert" + serial;
        Api.Response user = api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                account,
                                "displayName",
                                "Expert " + serial,
                                "password",
                                "a-long-password",
                                "roles",
                                List.of(Map.of("role", "OBSERVER"))));
        assertThat(user.status()).as(user.body().toString()).isEqualTo(201);
        Map<String, Object> linked = new HashMap<>(body);
        linked.put("username", account);
        linked.put("status", "REGISTERED");
        Api.Response changed = api.as("secretary").put("/api/experts/" + id, linked);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.text("status")).isEqualTo("REGISTERED");
        assertThat(api.as(account).get("/api/experts/" + id).text("name"))
                .as("the expert reads their own record")
                .isEqualTo("Li Ming " + serial);
        assertProblem(api.as(account).get("/api/experts"), 403);
        Map<String, Object> again = new HashMap<>(linked);
        again.put("name", "Another " + serial);
        assertProblem(guard.unchangedBy(() -> api.as("admin").post("/api/experts", again)), 409);
    }

    @Test
    void aPublishedProjectNoStandardAdoptsIsACandidateAdoptedInOneStep() {
        String committee = newCommittee("ISO_IEC_JTC1");
        String reference = "ISO/IEC 5" + serial;
        Map<String, Object> body = project(committee, reference, "50.20");
        long id = api.as("secretary")
                .post("/api/international/projects", body)
                .get("id")
                .asLong();
        String path = "/api/international/projects/" + id;
        Map<String, Object> idt = Map.of("degree", "IDT", "leadOrganisation", "CESI");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path + "/adoption", idt)), 409);

        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        assertThat(api.as("secretary")
                        .post(path + "/stage", Map.of("code", "60.60", "on", today.toString()))
                        .status())
                .isEqualTo(200);
        JsonNode told = null;
        for (JsonNode item :
                api.as("secretary").get("/api/me/notifications/inbox?size=200").get("items")) {
            if (item.get("kind").asText().equals("ADOPTION_CANDIDATE")
                    && item.toString().contains(reference)) {
                told = item;
            }
        }
        assertThat(told).as("the mirror's secretariat is told").isNotNull();
        assertThat(api.as("secretary2")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .as("another committee's secretariat is not")
                .doesNotContain(reference);
        assertThat(told.toString()).contains("/international/projects/" + id);
        assertThat(api.as("observer")
                        .get("/api/international/adoption-candidates?programme=CLOUD-2025")
                        .body()
                        .findValuesAsText("reference"))
                .contains(reference);

        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(path + "/adoption", Map.of("degree", "NEQ", "leadOrganisation", "CESI"))),
                422);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path + "/adoption", idt)), 403);
        Api.Response adopted = api.as("secretary").post(path + "/adoption", idt);
        assertThat(adopted.status()).as(adopted.body().toString()).isEqualTo(201);
        JsonNode counterpart = adopted.get("nationalCounterparts").get(0);
        assertThat(counterpart.get("degree").asText()).isEqualTo("IDT");
        JsonNode standard = api.as("secretary")
                .get("/api/standards/" + counterpart.get("standardId").asLong())
                .body();
        assertThat(standard.get("international").get("reference").asText()).isEqualTo(reference);
        assertThat(standard.get("international").get("degree").asText()).isEqualTo("IDT");
        assertThat(standard.get("track").asText())
                .as("the fast track of an adoption")
                .isEqualTo("ADOPTION");
        assertThat(api.as("observer")
                        .get("/api/international/adoption-candidates?programme=CLOUD-2025")
                        .body()
                        .findValuesAsText("reference"))
                .doesNotContain(reference);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path + "/adoption", idt)), 409);
    }

    // ---- helpers ----

    /** A committee mirrored by the demo's national committee (whose secretariat is {@code secretary}). */
    private String newCommittee(String body) {
        String code = "ISO/IEC JTC 1/SC " + serial + "-" + SERIAL.incrementAndGet();
        Api.Response created = api.as("admin").post("/api/international/committees", committee(code, body));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    private static Map<String, Object> committee(String code, String body) {
        Map<String, Object> committee = new HashMap<>();
        committee.put("code", code);
        committee.put("body", body);
        committee.put("nameEn", "Cloud computing and distributed platforms");
        committee.put("nameZh", "云计算和分布式平台");
        committee.put("chinaMembership", "P");
        committee.put("mirrorCommittee", Demo.NATIONAL);
        committee.put("counterpartOrganisation", "CESI");
        return committee;
    }

    private static Map<String, Object> project(String committee, String reference, String stage) {
        Map<String, Object> project = new HashMap<>();
        project.put("programme", "CLOUD-2025");
        project.put("body", "ISO");
        project.put("reference", reference);
        project.put("title", "Cloud computing — Concepts and terminology");
        project.put("titleZh", "云计算 概念和术语");
        project.put("ownerCommittee", committee);
        project.put("deliverableType", "IS");
        project.put("stage", stage);
        project.put("chinaRole", "LED");
        project.put("domain", "BAS.TERM");
        project.put("targetDate", "2027-06-30");
        project.put("limitDate", "2028-06-30");
        return project;
    }
}
