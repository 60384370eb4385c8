package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.WriteGuard;

/**
 * ISO's open data read as ISO publishes it (files in ISO's formats, made-up ids): deliverables move tracked
 * projects, publish and supersede them, and name what the tracked committees have that the tracker does not;
 * committees' member lists say China's membership. Dry runs write nothing, faults are named by line and
 * field, the same file twice changes nothing. On H2 and PostgreSQL.
 */
abstract class IsoImportsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String DELIVERABLES = "/api/international/imports/iso-deliverables";
    private static final String COMMITTEES = "/api/international/imports/iso-committees";

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Value("${stdtrack.international.max-import-rows}")
    int maxRows;

    /** Ids no other test or run uses: ISO's are six digits, these nine. */
    private final long base = 100_000_000L + SERIAL.incrementAndGet() * 100_000L + System.nanoTime() % 1000 * 100;

    private final String committee = "ISO/IEC JTC 1/SC " + base;

    @Test
    void deliverablesMoveTrackedProjectsAndNameWhatTheTrackerDoesNotKnow() {
        committee(committee, base, "O");
        long moving = project("ISO/IEC 22123-" + base, base + 1, "40.20");
        long publishing = project("ISO/IEC 5140-" + base, base + 2, "50.20");
        long superseded = project("ISO/IEC 17788-" + base, base + 3, "60.60");
        String file = lines(
                deliverable(base + 1, "ISO/IEC 22123-" + base, committee, 4060, null, null),
                deliverable(base + 2, "ISO/IEC 5140-" + base, committee, 6060, "2026-05-04", null),
                deliverable(base + 3, "ISO/IEC 17788-" + base, committee, 6060, null, base + 4),
                deliverable(base + 4, "ISO/IEC 17788-" + base + ":2026", committee, 6060, "2026-03-01", null),
                deliverable(base + 5, "ISO 9001-" + base, "ISO/TC 176/SC 2", 9093, "2015-09-15", null));
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        Api.Response dry = guard.unchangedBy(() -> api.as("admin").postFile(DELIVERABLES, bytes, JSON_LINES));
        assertThat(dry.status()).as(dry.body().toString()).isEqualTo(200);
        assertThat(counts(dry.body())).containsExactly(5, 3, 2, 1, 1, 0);
        assertThat(dry.get("discovered").findValuesAsText("reference"))
                .as("the tracked committee's deliverable the tracker does not know; not another committee's")
                .containsExactly("ISO/IEC 17788-" + base + ":2026");
        assertThat(dry.get("errors")).isEmpty();

        Api.Response done = api.as("admin").postFile(DELIVERABLES + "?dryRun=false", bytes, JSON_LINES);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
        JsonNode moved =
                api.as("observer").get("/api/international/projects/" + moving).body();
        assertThat(moved.get("stage").asText()).isEqualTo("40.60");
        assertThat(moved.get("stages").findValuesAsText("source")).containsExactly("MANUAL", "ISO_IMPORT");
        JsonNode published = api.as("observer")
                .get("/api/international/projects/" + publishing)
                .body();
        assertThat(published.get("stage").asText()).isEqualTo("60.60");
        assertThat(published.get("publicationDate").asText()).isEqualTo("2026-05-04");
        assertThat(api.as("observer")
                        .get("/api/international/projects/" + superseded)
                        .text("replacedBy"))
                .isEqualTo("ISO/IEC 17788-" + base + ":2026");

        Api.Response again = api.as("admin").postFile(DELIVERABLES + "?dryRun=false", bytes, JSON_LINES);
        assertThat(counts(again.body()))
                .as("the same file twice changes nothing")
                .containsExactly(5, 3, 0, 0, 0, 3);
        assertThat(api.as("observer")
                        .get("/api/international/projects/" + moving)
                        .get("stages"))
                .hasSize(2);

        String csv = String.join(
                "\r\n",
                "id,deliverableType,reference,title.en,title.fr,ownerCommittee,currentStage,publicationDate,replacedBy",
                (base + 1) + ",IS,ISO/IEC 22123-" + base + ",Cloud computing,Informatique en nuage," + committee
                        + ",4099,,",
                "");
        Api.Response fromCsv = api.as("admin").postFile(DELIVERABLES, csv.getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(counts(fromCsv.body())).as("CSV as ISO writes it").containsExactly(1, 1, 1, 0, 0, 0);
    }

    @Test
    void aFaultyLineIsNamedAndACommittedFileWithOneChangesNothing() {
        committee(committee, base, "P");
        project("ISO/IEC 30" + base, base + 1, "30.20");
        String file = lines(
                deliverable(base + 1, "ISO/IEC 30" + base, committee, 4020, null, null),
                deliverable(base + 2, "ISO/IEC 31" + base, committee, 4120, null, null),
                "{\"id\": \"abc\", \"reference\": \"ISO 1\", \"currentStage\": 6060}",
                "{not json",
                deliverable(base + 3, "ISO/IEC 32" + base, committee, 6060, "31 May 2026", null),
                "[1, 2]");
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        Api.Response refused =
                guard.unchangedBy(() -> api.as("admin").postFile(DELIVERABLES + "?dryRun=false", bytes, JSON_LINES));
        assertProblem(refused, 422);
        List<String> faults = new ArrayList<>();
        refused.get("errors")
                .forEach(e ->
                        faults.add(e.get("line").asInt() + " " + e.get("field").asText()));
        assertThat(faults).containsExactly("2 currentStage", "3 id", "4 null", "5 publicationDate", "6 null");
        assertThat(refused.get("stageChanges").asInt())
                .as("nothing was changed")
                .isZero();

        for (String user : List.of("secretary", "observer")) {
            assertProblem(
                    guard.unchangedBy(() -> api.as(user).postFile(DELIVERABLES + "?dryRun=false", bytes, JSON_LINES)),
                    403);
        }
        assertProblem(api.as("admin").postFile(DELIVERABLES, bytes, MediaType.APPLICATION_PDF), 415);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= maxRows; i++) {
            many.append(deliverable(base + 10 + i, "ISO " + i, "ISO/TC 1", 6060, null, null))
                    .append('\n');
        }
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .postFile(
                                DELIVERABLES + "?dryRun=false",
                                many.toString().getBytes(StandardCharsets.UTF_8),
                                JSON_LINES)),
                413);
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            large.append("{\"id\": ")
                    .append(base + 20 + i)
                    .append(", \"reference\": \"ISO ")
                    .append(i)
                    .append("\", \"currentStage\": 6060, \"scope\": {\"en\": \"")
                    .append("s".repeat(300_000))
                    .append("\"}}\n");
        }
        Api.Response big =
                api.as("admin").postFile(DELIVERABLES, large.toString().getBytes(StandardCharsets.UTF_8), JSON_LINES);
        assertThat(big.status())
                .as("ISO's files are larger than an ordinary request: 1.5 MB is taken")
                .isEqualTo(200);
        assertThat(big.get("rows").asInt()).isEqualTo(5);
        String deep = "{\"id\": 1, \"reference\": \"ISO 1\", \"scope\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n";
        Api.Response nested = api.as("admin").postFile(DELIVERABLES, deep.getBytes(StandardCharsets.UTF_8), JSON_LINES);
        assertThat(nested.status())
                .as("nesting beyond the parser's bound: the line's fault")
                .isEqualTo(200);
        assertThat(nested.get("errors").get(0).get("line").asInt()).isEqualTo(1);
        String tooLong = "{\"id\": 1, \"scope\": \"" + "s".repeat(1024 * 1024) + "\"}\n";
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .postFile(
                                DELIVERABLES + "?dryRun=false", tooLong.getBytes(StandardCharsets.UTF_8), JSON_LINES)),
                422);
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        assertProblem(api.as("admin").postFile(DELIVERABLES, notUtf8, JSON_LINES), 422);
    }

    @Test
    void chinasMembershipIsReadFromTheCommitteesMemberLists() {
        committee(committee, base, "O");
        String byReference = "ISO/IEC JTC 1/SC " + (base + 7);
        committee(byReference, null, "NONE");
        String liaison = "ISO/TC " + (base + 8);
        committee(liaison, base + 8, "LIAISON");
        String file = lines(
                isoCommittee(base, committee, List.of("ANSI", "SAC", "DIN"), List.of("JISC")),
                isoCommittee(base + 9, byReference, List.of("ANSI"), List.of("SAC")),
                isoCommittee(base + 8, liaison, List.of("ANSI"), List.of()),
                isoCommittee(base + 10, "ISO/TC " + (base + 10), List.of("SAC"), List.of()));
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        Api.Response dry = guard.unchangedBy(() -> api.as("admin").postFile(COMMITTEES, bytes, JSON_LINES));
        assertThat(dry.status()).as(dry.body().toString()).isEqualTo(200);
        assertThat(dry.get("matched").asInt()).isEqualTo(3);
        assertThat(dry.get("changes").findValuesAsText("to")).containsExactly("P", "O");

        assertThat(api.as("admin")
                        .postFile(COMMITTEES + "?dryRun=false", bytes, JSON_LINES)
                        .status())
                .isEqualTo(200);
        assertThat(membership(committee)).isEqualTo("P");
        JsonNode found = api.as("observer")
                .get("/api/international/committees/" + IntlCommittee.keyOf(byReference))
                .body();
        assertThat(found.get("chinaMembership").asText()).isEqualTo("O");
        assertThat(found.get("isoId").asLong())
                .as("ISO's id learnt from the file")
                .isEqualTo(base + 9);
        assertThat(membership(liaison))
                .as("a liaison is not in the member lists")
                .isEqualTo("LIAISON");
        Api.Response again = api.as("admin").postFile(COMMITTEES + "?dryRun=false", bytes, JSON_LINES);
        assertThat(again.get("changes")).isEmpty();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    }

    // ---- ISO's formats ----

    private static String deliverable(
            long id, String reference, String owner, int stage, String publicationDate, Long replacedBy) {
        Map<String, Object> line = new HashMap<>();
        line.put("id", id);
        line.put("deliverableType", "IS");
        line.put("supplementType", null);
        line.put("reference", reference);
        line.put("title", Map.of("en", "Cloud computing — " + reference, "fr", "Informatique en nuage"));
        line.put("publicationDate", publicationDate);
        line.put("edition", 1);
        line.put("icsCode", List.of("35.210"));
        line.put("ownerCommittee", owner);
        line.put("currentStage", stage);
        line.put("replaces", List.of());
        line.put("replacedBy", replacedBy == null ? null : List.of(replacedBy));
        line.put("languages", List.of("en", "fr"));
        line.put("pages", Map.of("en", 42));
        line.put("scope", Map.of("en", "This document specifies …"));
        return json(line);
    }

    private static String isoCommittee(long id, String reference, List<String> participating, List<String> observing) {
        Map<String, Object> line = new HashMap<>();
        line.put("id", id);
        line.put("reference", reference);
        line.put("title", Map.of("en", "Committee " + reference));
        line.put("secretariat", "ANSI");
        line.put(
                "pMembers",
                participating.stream().map(m -> Map.of("id", 1, "acronym", m)).toList());
        line.put(
                "oMembers",
                observing.stream().map(m -> Map.of("id", 2, "acronym", m)).toList());
        return json(line);
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    // ---- the tracker's side ----

    private void committee(String code, Long isoId, String membership) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("body", "ISO_IEC_JTC1");
        body.put("isoId", isoId);
        body.put("nameEn", "Committee " + code);
        body.put("nameZh", "技术机构 " + code);
        body.put("chinaMembership", membership);
        body.put("mirrorCommittee", Demo.NATIONAL);
        Api.Response created = api.as("admin").post("/api/international/committees", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    }

    private long project(String reference, long isoId, String stage) {
        Map<String, Object> body = new HashMap<>();
        body.put("programme", "CLOUD-2025");
        body.put("body", "ISO");
        body.put("reference", reference);
        body.put("isoId", isoId);
        body.put("title", "Project " + reference);
        body.put("ownerCommittee", committee);
        body.put("deliverableType", "IS");
        body.put("stage", stage);
        body.put("chinaRole", "LED");
        Api.Response created = api.as("admin").post("/api/international/projects", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    private String membership(String code) {
        return api.as("observer")
                .get("/api/international/committees/" + IntlCommittee.keyOf(code))
                .text("chinaMembership");
    }

    /** rows, matched, stageChanges, published, superseded, unchanged. */
    private static List<Integer> counts(JsonNode result) {
        return List.of(
                result.get("rows").asInt(),
                result.get("matched").asInt(),
                result.get("stageChanges").asInt(),
                result.get("published").asInt(),
                result.get("superseded").asInt(),
                result.get("unchanged").asInt());
    }
}
