package org.stdtrack.standardsystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * A programme's system table: versions with their node trees and planned rows, rows filled by tracked standards,
 * statuses derived from those standards, counts and coverage summed up the tree, the gap report, the rules of who
 * may change what, and readers who never see a draft's title through a row. On H2 and PostgreSQL.
 */
abstract class SystemTablesTest {

    private static final AtomicInteger VERSIONS = new AtomicInteger();
    private static final String PROGRAMME = "CLOUD-2025";
    private static final String NODE = "SRV.IAAS";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Value("${stdtrack.system-tables.max-rows}")
    int maxRows;

    @Value("${stdtrack.system-tables.max-nodes}")
    int maxNodes;

    @Test
    void countsAndCoverageFollowTheStandardsThatFillTheRowsWithoutAnEdit() {
        String version = newVersion();
        String path = tables() + "/" + version;
        long published = journeys.importedPublished("System row existing " + Journeys.nextPlanNumber());
        long developed = journeys.placedAtApproval("System row in development " + Journeys.nextPlanNumber());
        long existingRow = row(version, "Cloud service level agreements", true, 2026);
        long developedRow = row(version, "Elastic compute interfaces", true, 2026);
        long openRow = row(version, "Bare-metal cloud", true, 2026);
        row(version, "Cloud desktops", false, 2027);
        link(version, existingRow, published);
        link(version, developedRow, developed);

        JsonNode node = node(api.as("admin").get(path).body(), NODE);
        assertThat(counts(node.get("counts"))).containsExactly(4, 1, 1, 2, 0);
        assertThat(node.get("counts").get("coverage").asDouble()).isEqualTo(0.25);
        assertThat(counts(node.get("targetCounts"))).containsExactly(3, 1, 1, 1, 0);
        JsonNode parent = node(api.as("admin").get(path).body(), "SRV");
        assertThat(counts(parent.get("counts"))).as("summed into its parent").containsExactly(4, 1, 1, 2, 0);
        JsonNode gap = api.as("admin")
                .get("/api/reports/system-gap?programme=" + PROGRAMME + "&version=" + version
                        + "&unstartedBy=2026-12-31")
                .body();
        assertThat(gap.get("counts").get("coverage").asDouble()).isEqualTo(0.25);
        assertThat(gap.get("unstarted").findValuesAsText("id")).containsExactly(String.valueOf(openRow));
        assertThat(api.as("admin")
                        .get("/api/reports/system-gap?programme=" + PROGRAMME + "&version=" + version
                                + "&unstartedBy=2025-12-31")
                        .body()
                        .get("unstarted"))
                .as("rows planned for a later year are not yet late")
                .isEmpty();

        assertExportMatches(path, 4, 1, 1, 2);

        LocalDate before = LocalDate.ofInstant(TestTime.now(), ZONE);
        TestTime.passTime(Period.ofDays(2));
        journeys.publish(developed, journeys.nextNumber("GB/T"));
        node = node(api.as("admin").get(path).body(), NODE);
        assertThat(counts(node.get("counts")))
                .as("published: existing, with no edit")
                .containsExactly(4, 2, 0, 2, 0);
        assertThat(node.get("counts").get("coverage").asDouble()).isEqualTo(0.5);
        JsonNode then = api.as("admin")
                .get("/api/reports/system-gap?programme=" + PROGRAMME + "&version=" + version + "&asOf=" + before)
                .body();
        assertThat(counts(then.get("counts")))
                .as("as of the day before: in development still, from the stage events")
                .containsExactly(4, 1, 1, 2, 0);
        assertThat(counts(api.as("admin")
                        .get("/api/reports/system-gap?programme=" + PROGRAMME + "&version=" + version + "&asOf="
                                + before.minusDays(1))
                        .body()
                        .get("counts")))
                .as("before the rows were planned")
                .containsExactly(0, 0, 0, 0, 0);

        long cancelled = journeys.registerNational("System row cancelled " + Journeys.nextPlanNumber());
        long cancelledRow = row(version, "Serverless runtimes", true, 2026);
        link(version, cancelledRow, cancelled);
        assertThat(status(path, cancelledRow)).isEqualTo("IN_DEVELOPMENT");
        assertThat(api.as("secretary")
                        .post("/api/standards/" + cancelled + "/cancel", Map.of("reason", "Merged"))
                        .status())
                .isLessThan(300);
        assertThat(status(path, cancelledRow))
                .as("a cancelled standard returns its row")
                .isEqualTo("NOT_STARTED");
        Map<String, Object> successor = journeys.nationalStandard("System row refilled " + Journeys.nextPlanNumber());
        successor.put("systemRow", cancelledRow);
        long refilled = journeys.register(successor);
        assertThat(rowOf(api.as("admin").get(path).body(), cancelledRow)
                        .get("standardId")
                        .asLong())
                .as("a registration takes the row a cancelled standard left")
                .isEqualTo(refilled);
        JsonNode history = api.as("admin")
                .get(rows(version) + "/" + cancelledRow + "/history")
                .body();
        assertThat(history.findValuesAsText("standardId"))
                .as("the row keeps what filled it")
                .containsExactly(String.valueOf(cancelled), String.valueOf(refilled));
        assertThat(history.get(0).get("unlinkedAt").isNull()).isFalse();
        assertThat(history.get(1).get("unlinkedAt").isNull()).isTrue();
        for (String reader : List.of("secretary2", "enterprise1")) {
            JsonNode seen = api.as(reader)
                    .get(rows(version) + "/" + cancelledRow + "/history")
                    .body();
            assertThat(seen).hasSize(2);
            assertThat(seen.toString())
                    .as(reader + ": drafts in a row's history only to those who may see them")
                    .doesNotContain("System row refilled", "System row cancelled", "\"standardId\":" + refilled);
        }
    }

    @Test
    void aRowIsFilledOnceByAStandardOfItsOwnProgrammeAndOnlyByThoseAllowed() {
        String version = newVersion();
        long standard = journeys.registerNational("System row linked once " + Journeys.nextPlanNumber());
        long first = row(version, "Object storage", false, null);
        long second = row(version, "Block storage", false, null);
        link(version, first, standard);
        Api.Response twice = guard.unchangedBy(
                () -> api.as("admin").put(rows(version) + "/" + second + "/standard", Map.of("standardId", standard)));
        assertProblem(twice, 409);
        assertThat(twice.text("detail")).contains("row " + first, "Object storage");

        Map<String, Object> programme = new HashMap<>();
        String other = "SYS" + System.nanoTime() % 1_000_000;
        programme.putAll(Map.of(
                "code",
                other,
                "nameEn",
                "Another programme",
                "nameZh",
                "另一专项计划",
                "targetStandards",
                3,
                "targetDate",
                "2030-12-31",
                "targetEnterprises",
                9));
        assertThat(api.as("admin").post("/api/programmes", programme).status()).isEqualTo(201);
        Map<String, Object> elsewhere = journeys.nationalStandard("Elsewhere " + Journeys.nextPlanNumber());
        elsewhere.put("programme", other);
        long foreign = journeys.register(elsewhere);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("admin").put(rows(version) + "/" + second + "/standard", Map.of("standardId", foreign))),
                409);

        assertProblem(
                guard.unchangedBy(() -> api.as("secretary2")
                        .put(rows(version) + "/" + second + "/standard", Map.of("standardId", standard))),
                404);
        assertThat(api.as("secretary")
                        .delete(rows(version) + "/" + first + "/standard")
                        .status())
                .as("the secretariat of the standard's committee empties its row")
                .isEqualTo(200);
        assertThat(api.as("secretary")
                        .put(rows(version) + "/" + second + "/standard", Map.of("standardId", standard))
                        .status())
                .isEqualTo(200);
        assertProblem(guard.unchangedBy(() -> api.as("admin").delete(rows(version) + "/" + second)), 409);
        assertThat(api.as("admin").delete(rows(version) + "/" + first).status()).isEqualTo(204);

        for (String user : List.of("secretary", "sac", "observer", "enterprise1")) {
            assertProblem(
                    guard.unchangedBy(() ->
                            api.as(user).post(tables(), Map.of("version", "X" + user, "titleEn", "t", "titleZh", "表"))),
                    403);
        }
        assertProblem(
                guard.unchangedBy(() -> api.as("admin").post(rows(version), rowBody("No node", "NOPE", false, null))),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .post(tables(), Map.of("version", version, "titleEn", "Again", "titleZh", "重复"))),
                409);
    }

    @Test
    void aProgrammeManagerKeepsTheStandardSystemOfTheirProgrammeOnly() {
        String manager = account("PROGRAMME_MANAGER", PROGRAMME);
        String version = "M" + VERSIONS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Api.Response created = api.as(manager)
                .post(tables(), Map.of("version", version, "titleEn", "Kept by the office", "titleZh", "专项办维护"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(api.as(manager)
                        .post(rows(version), rowBody("Planned by the office", NODE, true, 2027))
                        .status())
                .isEqualTo(201);

        String other = "PM" + System.nanoTime() % 1_000_000;
        Map<String, Object> programme = new HashMap<>(Map.of(
                "code",
                other,
                "nameEn",
                "Programme of another office",
                "nameZh",
                "另一专项",
                "targetStandards",
                3,
                "targetDate",
                "2030-12-31",
                "targetEnterprises",
                9));
        assertThat(api.as("admin").post("/api/programmes", programme).status()).isEqualTo(201);
        String elsewhere = account("PROGRAMME_MANAGER", other);
        assertProblem(
                guard.unchangedBy(() -> api.as(elsewhere).post(rows(version), rowBody("Not theirs", NODE, true, 2027))),
                403);
        Api.Response noProgramme = guard.unchangedBy(() -> api.as("admin")
                .post(
                        "/api/users",
                        accountBody("pm" + System.nanoTime() % 100_000, Map.of("role", "PROGRAMME_MANAGER"))));
        assertProblem(noProgramme, 422);
        assertThat(noProgramme.text("detail")).contains("programme");
    }

    @Test
    void aSecretariatProposesRowsThatCountOnceAccepted() {
        String version = newVersion();
        Api.Response proposed =
                api.as("secretary").post(rows(version), rowBody("Proposed by the secretariat", NODE, true, 2027));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        assertThat(proposed.text("status")).isEqualTo("PROPOSED");
        long id = proposed.get("id").asLong();
        String path = tables() + "/" + version;
        assertThat(counts(node(api.as("admin").get(path).body(), NODE).get("counts")))
                .as("a proposal is not counted")
                .containsExactly(0, 0, 0, 0, 0);
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("observer").post(rows(version), rowBody("Not a secretariat", NODE, true, 2027))),
                403);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").post(rows(version) + "/" + id + "/acceptance", Map.of())),
                403);
        assertThat(api.as("admin")
                        .post(rows(version) + "/" + id + "/acceptance", Map.of())
                        .text("status"))
                .isEqualTo("NOT_STARTED");
        assertThat(counts(node(api.as("admin").get(path).body(), NODE).get("counts")))
                .containsExactly(1, 0, 0, 1, 0);
        assertProblem(
                guard.unchangedBy(() -> api.as("admin").post(rows(version) + "/" + id + "/acceptance", Map.of())), 409);
    }

    @Test
    void aRegistrationNamesTheRowItFillsOrIsRefusedWhole() {
        String version = newVersion();
        long open = row(version, "Filled at registration", true, 2027);
        Map<String, Object> body = journeys.nationalStandard("Registered into its row " + Journeys.nextPlanNumber());
        body.put("systemRow", open);
        long id = journeys.register(body);
        assertThat(status(tables() + "/" + version, open)).isEqualTo("IN_DEVELOPMENT");
        assertThat(rowOf(api.as("secretary").get(tables() + "/" + version).body(), open)
                        .get("standardId")
                        .asLong())
                .isEqualTo(id);

        Map<String, Object> again = journeys.nationalStandard("Into a taken row " + Journeys.nextPlanNumber());
        again.put("systemRow", open);
        Api.Response taken = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", again));
        assertProblem(taken, 409);
        assertThat(taken.text("detail")).contains("Filled at registration");
        Map<String, Object> nowhere = journeys.nationalStandard("Into no row " + Journeys.nextPlanNumber());
        nowhere.put("systemRow", 999_999_999L);
        Api.Response missing = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", nowhere));
        assertProblem(missing, 422);
        assertThat(missing.text("field")).isEqualTo("systemRow");
    }

    @Test
    void hostileRequestsAreRefusedBeforeAnyWork() {
        String version = newVersion();
        for (int i = 0; i < maxRows; i++) {
            assertThat(api.as("admin")
                            .post(rows(version), rowBody("Row " + i, NODE, false, null))
                            .status())
                    .isEqualTo(201);
        }
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("admin").post(rows(version), rowBody("One too many", NODE, false, null))),
                409);
        for (int i = 0; i < maxNodes; i++) {
            Api.Response added = api.as("admin")
                    .post(
                            tables() + "/" + version + "/nodes",
                            Map.of("code", "N" + i, "nameEn", "Node " + i, "nameZh", "节点"));
            if (added.status() == 409) {
                assertProblem(added, 409);
                assertThat(added.text("detail")).contains(maxNodes + " nodes");
                break;
            }
            assertThat(added.status()).isEqualTo(201);
            assertThat(i).as("refused at the limit").isLessThan(maxNodes - 1);
        }
        String gap = "/api/reports/system-gap?programme=" + PROGRAMME + "&version=" + version;
        assertProblem(api.as("admin").get(gap + "&asOf=0001-01-01"), 422);
        assertProblem(api.as("admin").get(gap + "&unstartedBy=99999-01-01"), 400);
        assertProblem(api.as("admin").get(tables() + "/" + "x".repeat(5000)), 404);
        assertThat(api.as("admin").get(tables() + "/%2e%2e%2fetc").status())
                .as("an encoded path: refused, never served")
                .isEqualTo(400);
        assertProblem(api.as("admin").get(tables() + "/" + version + "/export?format=pdf"), 400);
        assertProblem(api.as("admin").get(tables() + "/diff?from=" + version + "&to=nope"), 404);
        Map<String, Object> longTitle = rowBody("x".repeat(301), NODE, false, null);
        assertProblem(guard.unchangedBy(() -> api.as("admin").post(rows(version), longTitle)), 422);
    }

    @Test
    void aDraftsTitleNeverReachesThoseWhoMayNotSeeIt() {
        String version = newVersion();
        String secret = "Confidential draft " + System.nanoTime();
        long draft = journeys.registerNational(secret);
        Map<String, Object> body = rowBody(secret, NODE, true, 2026);
        long row = api.as("admin").post(rows(version), body).get("id").asLong();
        link(version, row, draft);
        String path = tables() + "/" + version;
        for (String user : List.of("secretary2", "enterprise1")) {
            JsonNode seen = api.as(user).get(path).body();
            assertThat(seen.toString()).as(user).doesNotContain(secret).doesNotContain("\"standardId\":" + draft);
            assertThat(new String(api.as(user).download(path + "/export?format=csv"), StandardCharsets.UTF_8))
                    .as(user + "'s export")
                    .doesNotContain(secret)
                    .contains("(a standard in development)");
            assertThat(rowOf(seen, row).get("status").asText()).isEqualTo("IN_DEVELOPMENT");
        }
        assertThat(api.as("secretary2")
                        .get("/api/reports/system-gap?programme=" + PROGRAMME + "&version=" + version)
                        .body()
                        .toString())
                .doesNotContain(secret);
        assertThat(api.as("secretary").get(path).body().toString()).contains(secret);
        String empty = newVersion();
        for (String user : List.of("secretary2", "enterprise1")) {
            assertThat(api.as(user)
                            .get(tables() + "/diff?from=" + empty + "&to=" + version)
                            .body()
                            .toString())
                    .as(user + "'s diff")
                    .doesNotContain(secret);
            assertThat(new String(api.as(user).download(path + "/diagram.svg"), StandardCharsets.UTF_8))
                    .as(user + "'s diagram")
                    .doesNotContain(secret);
        }
    }

    @Test
    void aVersionBasedOnAnotherCopiesItsTreeAndUnfilledRowsAndIsChangedAlone() {
        String base = newVersion();
        String added = "SRV.N" + VERSIONS.incrementAndGet();
        long standard = journeys.registerNational("System row based on " + Journeys.nextPlanNumber());
        row(base, "Kept open", true, 2027);
        long filled = row(base, "Filled before", true, 2027);
        link(base, filled, standard);
        assertThat(api.as("admin")
                        .post(
                                tables() + "/" + base + "/nodes",
                                Map.of(
                                        "code",
                                        added,
                                        "parent",
                                        "SRV",
                                        "nameEn",
                                        "AI as a service",
                                        "nameZh",
                                        "人工智能即服务"))
                        .status())
                .isEqualTo(201);
        String next = "V" + VERSIONS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Api.Response created = api.as("admin")
                .post(tables(), Map.of("version", next, "titleEn", "Next", "titleZh", "下一版", "basedOn", base));
        assertThat(created.status()).isEqualTo(201);
        JsonNode copy = api.as("admin").get(tables() + "/" + next).body();
        assertThat(node(copy, added)).isNotNull();
        assertThat(copy.toString()).contains("Kept open").doesNotContain("Filled before");

        assertThat(api.as("admin")
                        .put(
                                tables() + "/" + next + "/nodes/" + added,
                                Map.of(
                                        "code",
                                        added,
                                        "parent",
                                        "SRV",
                                        "nameEn",
                                        "AI services",
                                        "nameZh",
                                        "人工智能服务",
                                        "retired",
                                        true))
                        .status())
                .isEqualTo(200);
        assertThat(node(api.as("admin").get(tables() + "/" + base).body(), added)
                        .get("nameEn")
                        .asText())
                .as("changing one version never changes another")
                .isEqualTo("AI as a service");
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("admin").post(rows(next), rowBody("Under a retired node", added, false, null))),
                409);
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .put(
                                tables() + "/" + next + "/nodes/SRV",
                                Map.of("code", "SRV", "parent", "SRV.IAAS", "nameEn", "Services", "nameZh", "服务"))),
                422);
        Map<String, Object> successor = rowBody("Successor of an old standard", NODE, true, 2027);
        successor.put("replaces", "GB/T 31167-2014");
        assertThat(api.as("admin").post(rows(next), successor).status()).isEqualTo(201);
        JsonNode diff = api.as("observer")
                .get(tables() + "/diff?from=" + base + "&to=" + next)
                .body();
        assertThat(diff.get("nodesRenamed").findValuesAsText("code")).containsExactly(added);
        assertThat(diff.get("nodesAdded")).isEmpty();
        JsonNode iaas = null;
        for (JsonNode change : diff.get("rows")) {
            if (change.get("node").asText().equals(NODE)) {
                iaas = change;
            }
        }
        assertThat(iaas.get("added").toString()).contains("Successor of an old standard");
        assertThat(iaas.get("removed").toString()).contains("Filled before");
        assertThat(diff.get("replacements").findValuesAsText("replaces")).containsExactly("GB/T 31167-2014");
        assertThat(api.as("admin")
                        .put(tables() + "/" + next, Map.of("current", true))
                        .status())
                .isEqualTo(200);
        assertThat(api.as("observer").get(tables()).body().findValues("current").stream()
                        .filter(JsonNode::asBoolean)
                        .count())
                .as("one version is current")
                .isEqualTo(1);
    }

    @Test
    void rowsComeBackFromTheExportedFileAndANumberTheTrackerHoldsFillsItsRow() {
        String from = newVersion();
        long published = journeys.importedPublished("System import published " + Journeys.nextPlanNumber());
        String number = api.as("admin").get("/api/standards/" + published).text("publishedNumber");
        long filled = row(from, "Cloud service catalogues", true, 2026);
        link(from, filled, published);
        Map<String, Object> planned = rowBody("Cloud-native observability", NODE, true, 2027);
        planned.put("priority", "HIGH");
        planned.put("internationalCounterpart", "ISO/IEC 22123-3");
        assertThat(api.as("admin").post(rows(from), planned).status()).isEqualTo(201);
        Map<String, Object> outside = rowBody("Cloud data centre energy", NODE, false, null);
        outside.put("externalNumber", "YD/T 2543-2013");
        outside.put("externalStatus", "EXISTING");
        assertThat(api.as("admin").post(rows(from), outside).status()).isEqualTo(201);
        byte[] xlsx = api.as("admin").download(tables() + "/" + from + "/export?format=xlsx&lang=zh");

        // The link to the published standard moves with the file: the old version lets it go.
        assertThat(api.as("admin")
                        .delete(rows(from) + "/" + filled + "/standard")
                        .status())
                .isEqualTo(200);
        String to = newVersion();
        String path = tables() + "/" + to;
        Api.Response checked = guard.unchangedBy(() -> api.as("admin").postFile(rows(to) + "/import", xlsx, XLSX));
        assertThat(checked.status()).as(checked.body().toString()).isEqualTo(200);
        assertThat(checked.get("rows").asInt()).isEqualTo(3);
        assertThat(checked.get("linked").asInt()).isEqualTo(1);
        assertThat(checked.get("errors")).isEmpty();

        Api.Response imported = api.as("admin").postFile(rows(to) + "/import?dryRun=false", xlsx, XLSX);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.get("added").asInt()).isEqualTo(3);
        JsonNode table = api.as("admin").get(path).body();
        assertThat(counts(node(table, NODE).get("counts")))
                .as("the published standard's row existing, the outside one existing, the planned one open")
                .containsExactly(3, 2, 0, 1, 0);
        JsonNode again = api.as("admin").get(tables() + "/" + from).body();
        Map<String, JsonNode> before = byTitle(again);
        Map<String, JsonNode> after = byTitle(table);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String title : before.keySet()) {
            for (String field : List.of(
                    "titleZh",
                    "level",
                    "target",
                    "priority",
                    "targetYear",
                    "internationalCounterpart",
                    "externalNumber",
                    "externalStatus")) {
                assertThat(after.get(title).get(field))
                        .as(title + " " + field)
                        .isEqualTo(before.get(title).get(field));
            }
        }
        assertThat(after.get("Cloud service catalogues").get("standardId").asLong())
                .as("filled by the standard with the national number " + number)
                .isEqualTo(published);
    }

    @Test
    void aFileWithFaultyLinesIsRefusedWholeNamingEveryLine() {
        String version = newVersion();
        long published = journeys.importedPublished("System import twice " + Journeys.nextPlanNumber());
        String number = api.as("admin").get("/api/standards/" + published).text("publishedNumber");
        String csv = String.join(
                "\r\n",
                "System number,Standard,Chinese title,Number or plan number,Status,Planned level,Target,Priority,"
                        + "Target year",
                NODE + "-01,Good row,好的明细,,,GB_T,Yes,High,2027",
                "NOPE-02,Under no node,,,,GB_T,No,,",
                NODE + ",Bad level,,,,STATE,No,,",
                NODE + ",Bad year,,,,Recommended national (GB/T),No,,20x7",
                NODE + ",First with the number,,\"" + number + "\",,GB,No,,",
                NODE + ",Second with the number,,\"" + number + "\",,GB,No,,",
                NODE + ",Existing without a number,,,Existing,GROUP,No,,",
                "");
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        Api.Response refused =
                guard.unchangedBy(() -> api.as("admin").postFile(rows(version) + "/import?dryRun=false", file, CSV));
        assertProblem(refused, 422);
        List<String> errors = new ArrayList<>();
        refused.get("errors")
                .forEach(e ->
                        errors.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertThat(errors)
                .containsExactly(
                        "3 System number",
                        "4 Planned level",
                        "5 Target year",
                        "7 Number or plan number",
                        "8 Number or plan number");
        assertThat(api.as("admin").get(tables() + "/" + version).body().toString())
                .doesNotContain("Good row");

        Api.Response dryRun = api.as("admin").postFile(rows(version) + "/import", file, CSV);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.get("errors")).hasSize(5);
        assertThat(dryRun.get("rows").asInt()).isEqualTo(7);
        String moreFaults = String.join(
                "\r\n",
                "体系编号,标准名称,英文名称,宜定级别,目标标准,优先级,目标年份",
                NODE + ",,,GB_T,是,高,2027",
                ",无节点,No node,GB_T,否,,",
                NODE + ",优先级有误,Bad priority,GB_T,否,紧急,",
                NODE + ",目标有误,Bad target,GB_T,也许,,",
                NODE + ",年份有误,Bad year,GB_T,否,,2026.5",
                NODE + ",\"两行\n标题\",Two lines,GB_T,否,,",
                NODE + "," + "长".repeat(301) + ",Too long,GB_T,否,,",
                NODE + ",缺少级别,No level,,否,,",
                "");
        JsonNode more = api.as("admin")
                .postFile(rows(version) + "/import", moreFaults.getBytes(StandardCharsets.UTF_8), CSV)
                .body();
        List<String> faults = new ArrayList<>();
        more.get("errors")
                .forEach(e ->
                        faults.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertThat(faults)
                .as("each fault under the file's own Chinese heading")
                .containsExactly("2 标准名称", "3 体系编号", "4 优先级", "5 目标标准", "6 目标年份", "7 标准名称", "8 标准名称", "9 宜定级别");
        assertThat(more.get("errors").get(0).get("code").asText()).isEqualTo("problem.systemImport.required");

        for (String user : List.of("secretary", "observer")) {
            assertProblem(
                    guard.unchangedBy(() -> api.as(user).postFile(rows(version) + "/import?dryRun=false", file, CSV)),
                    403);
        }
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .postFile(
                                rows(version) + "/import?dryRun=false",
                                "Node,Notes\r\nSRV,x\r\n".getBytes(StandardCharsets.UTF_8),
                                CSV)),
                422);
        assertProblem(api.as("admin").postFile(rows(version) + "/import", file, MediaType.APPLICATION_PDF), 415);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("admin").postFile(rows(version) + "/import?dryRun=false", rowsFile(maxRows + 1), CSV)),
                413);
        StringBuilder large = new StringBuilder("System number,Standard,Planned level,Replaces\r\n");
        for (int i = 0; i < 6; i++) {
            large.append(NODE)
                    .append(",Long row ")
                    .append(i)
                    .append(",GB_T,")
                    .append("r".repeat(250_000))
                    .append("\r\n");
        }
        Api.Response big = api.as("admin")
                .postFile(rows(version) + "/import", large.toString().getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(big.status())
                .as("a file of 1.5 MB is taken, its faults named")
                .isEqualTo(200);
        assertThat(big.get("errors")).hasSize(6);
        byte[] most = rowsFile(maxRows * 3 / 4);
        assertThat(api.as("admin")
                        .postFile(rows(version) + "/import?dryRun=false", most, CSV)
                        .status())
                .isEqualTo(200);
        Api.Response full =
                guard.unchangedBy(() -> api.as("admin").postFile(rows(version) + "/import?dryRun=false", most, CSV));
        assertProblem(full, 409);
        assertThat(full.text("detail")).contains("at most " + maxRows + " rows");
    }

    // ---- helpers --------------------------------------------------------------------------------------

    /** An account holding one programme role, made by an administrator through the API; its user name. */
    private String account(String role, String programme) {
        String username = "pm" + VERSIONS.incrementAndGet() + System.nanoTime() % 10_000;
        Api.Response created =
                api.as("admin").post("/api/users", accountBody(username, Map.of("role", role, "programme", programme)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return username;
    }

    private static Map<String, Object> accountBody(String username, Map<String, Object> grant) {
        return Map.of(
                "username",
                username,
                "displayName",
                "Programme office " + username,
                "password",
                "a-long-password",
                "roles",
                List.of(grant));
    }

    /** The XLSX read back with POI: the detail table a line per row, the statistics' totals the report's. */
    private void assertExportMatches(String path, int planned, int existing, int inDevelopment, int notStarted) {
        byte[] xlsx = api.as("observer").download(path + "/export?format=xlsx&lang=zh");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet detail = workbook.getSheet("明细表");
            assertThat(detail.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(detail.getRow(0).getCell(1).getStringCellValue()).isEqualTo("体系编号");
            assertThat(detail.getLastRowNum()).isEqualTo(planned);
            assertThat(detail.getRow(1).getCell(1).getStringCellValue()).startsWith(NODE + "-");
            Sheet statistics = workbook.getSheet("统计表");
            Row total = statistics.getRow(statistics.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(List.of(
                            (int) total.getCell(1).getNumericCellValue(),
                            (int) total.getCell(2).getNumericCellValue(),
                            (int) total.getCell(3).getNumericCellValue(),
                            (int) total.getCell(4).getNumericCellValue()))
                    .containsExactly(planned, existing, inDevelopment, notStarted);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo((double) existing / planned);
            assertThat(total.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csv =
                new String(api.as("observer").download(path + "/export?format=csv&lang=en"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("System number", "Planned level");
        assertThat(csv.lines().count()).isEqualTo(planned + 1);
    }

    /** A CSV file of so many rows under the node, in the export's English headings. */
    private static byte[] rowsFile(int rows) {
        StringBuilder file = new StringBuilder("System number,Standard,Planned level\r\n");
        for (int i = 0; i < rows; i++) {
            file.append(NODE).append(",Bulk row ").append(i).append(",GB_T\r\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The rows of a version by their title, as their reader sees them. */
    private static Map<String, JsonNode> byTitle(JsonNode table) {
        Map<String, JsonNode> rows = new HashMap<>();
        table.findValues("rows")
                .forEach(list -> list.forEach(r -> rows.put(r.get("title").asText(), r)));
        return rows;
    }

    private String newVersion() {
        String version = "V" + VERSIONS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Api.Response created = api.as("admin")
                .post(
                        tables(),
                        Map.of(
                                "version",
                                version,
                                "titleEn",
                                "Cloud system " + version,
                                "titleZh",
                                "云计算标准体系 " + version));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return version;
    }

    private static String tables() {
        return "/api/programmes/" + PROGRAMME + "/system-tables";
    }

    private static String rows(String version) {
        return tables() + "/" + version + "/rows";
    }

    private static Map<String, Object> rowBody(String title, String node, boolean target, Integer year) {
        Map<String, Object> body = new HashMap<>();
        body.put("node", node);
        body.put("title", title);
        body.put("titleZh", "中文 " + title);
        body.put("level", "GB_T");
        body.put("target", target);
        if (year != null) {
            body.put("targetYear", year);
        }
        return body;
    }

    private long row(String version, String title, boolean target, Integer year) {
        Api.Response created = api.as("admin").post(rows(version), rowBody(title, NODE, target, year));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("NOT_STARTED");
        return created.get("id").asLong();
    }

    private void link(String version, long row, long standard) {
        Api.Response linked =
                api.as("admin").put(rows(version) + "/" + row + "/standard", Map.of("standardId", standard));
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
    }

    private String status(String path, long row) {
        return rowOf(api.as("admin").get(path).body(), row).get("status").asText();
    }

    private static List<Integer> counts(JsonNode counts) {
        return List.of(
                counts.get("planned").asInt(),
                counts.get("existing").asInt(),
                counts.get("inDevelopment").asInt(),
                counts.get("notStarted").asInt(),
                counts.get("withdrawn").asInt());
    }

    private static JsonNode node(JsonNode table, String code) {
        List<JsonNode> found = new ArrayList<>();
        table.findValues("children")
                .forEach(children -> children.forEach(n -> {
                    if (n.get("code").asText().equals(code)) {
                        found.add(n);
                    }
                }));
        table.get("nodes").forEach(n -> {
            if (n.get("code").asText().equals(code)) {
                found.add(n);
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private static JsonNode rowOf(JsonNode table, long id) {
        for (JsonNode rows : table.findValues("rows")) {
            for (JsonNode row : rows) {
                if (row.get("id").asLong() == id) {
                    return row;
                }
            }
        }
        throw new AssertionError("row " + id + " not in " + table);
    }
}
