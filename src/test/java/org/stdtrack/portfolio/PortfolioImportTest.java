package org.stdtrack.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * An existing portfolio imported into a programme of its own: each stage placed where a standard at that
 * stage waits, with its history dated by the file; every rule refused row by row, all or nothing; the same
 * file twice changes nothing; the template round-trips. Runs on H2 and on PostgreSQL.
 */
abstract class PortfolioImportTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final List<String> HEADER = List.of(
            "title",
            "title_zh",
            "type",
            "domain",
            "committee",
            "lead_organisation",
            "international_reference",
            "international_degree",
            "stage",
            "stage_entered_on",
            "plan_number",
            "plan_approved_on",
            "published_number",
            "publication_date",
            "implementation_date",
            "withdrawn_on");

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private final LocalDate today = LocalDate.ofInstant(now(), ZONE);
    private final int serial = SERIAL.incrementAndGet() * 100 + (int) (System.nanoTime() % 100);

    @Test
    void aPortfolioIsPlacedStageByStageWithItsHistory() {
        String programme = programme();
        List<Map<String, String>> rows = portfolio();
        byte[] file = csv(rows);

        JsonNode dryRun =
                guard.unchangedBy(() -> importing(programme, file, true)).body();
        assertThat(dryRun.get("rows").asInt()).isEqualTo(rows.size());
        assertThat(dryRun.get("created").asInt()).isEqualTo(rows.size());
        assertThat(dryRun.get("errors")).isEmpty();

        Api.Response done = importing(programme, file, false);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
        assertThat(done.body().get("created").asInt()).isEqualTo(rows.size());
        Map<String, Long> ids = idsByTitle(programme);

        assertThat(stageOf(ids, "preliminary")).isEqualTo("PRELIMINARY");
        assertThat(journeys.openTaskKeys(ids.get(title("preliminary")))).containsExactly("submitProposal");
        assertThat(journeys.openTaskKeys(ids.get(title("drafting")))).containsExactly("submitDraft");
        assertThat(journeys.openTaskKeys(ids.get(title("approval")))).containsExactly("submitForApproval");
        assertThat(journeys.openTaskKeys(ids.get(title("review")))).containsExactly("periodicReview");
        assertThat(journeys.openTaskKeys(ids.get(title("ballot"))))
                .as("a vote for each eligible member")
                .containsOnly("castVote")
                .hasSizeGreaterThanOrEqualTo(3);
        long consulting = ids.get(title("consultation"));
        assertThat(api.as("reviewer1")
                        .post(
                                "/api/standards/" + consulting + "/comments",
                                Map.of("clause", "4", "type", "GENERAL", "text", "Imported and open"))
                        .status())
                .as("its consultation takes comments until the file's deadline")
                .isEqualTo(201);
        assertThat(journeys.openTaskKeys(ids.get(title("proposal"))))
                .as("a proposal without a plan number waits for the approver's evaluation")
                .containsExactly("approveProposal");
        assertThat(journeys.timers(ids.get(title("published"))))
                .singleElement()
                .satisfies(t -> assertThat(LocalDate.ofInstant(t.getDuedate().toInstant(), ZONE))
                        .isEqualTo(today.plusMonths(2)));
        assertThat(journeys.timers(ids.get(title("in force"))))
                .singleElement()
                .satisfies(t -> assertThat(LocalDate.ofInstant(t.getDuedate().toInstant(), ZONE))
                        .as("the periodic review counted from the implementation date")
                        .isEqualTo(today.minusYears(2).plusYears(5)));
        for (String ended : List.of("withdrawn", "cancelled")) {
            assertThat(journeys.standard(ids.get(title(ended))).get("tasks")).isEmpty();
            assertThat(jdbc.sql("select process_instance_id from standard where id = ?")
                            .param(ids.get(title(ended)))
                            .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                            .single())
                    .as("no running process")
                    .isEmpty();
        }

        JsonNode inForce = journeys.standard(ids.get(title("in force")));
        assertThat(inForce.get("history").findValuesAsText("code")).containsExactly("20.00", "60.60", "60.60");
        assertThat(inForce.get("history").findValuesAsText("imported")).containsOnly("true");
        assertThat(LocalDate.ofInstant(
                        Instant.parse(inForce.get("history").get(1).get("time").asText()), ZONE))
                .as("dated by the file")
                .isEqualTo(today.minusYears(2).minusMonths(6).minusDays(1));
        assertThat(journeys.standard(ids.get(title("drafting"))).get("overdue").asBoolean())
                .as("the development clock runs from the plan's approval three years ago")
                .isTrue();

        // The as-of report between two imported events, and a timer of an imported standard firing on its date.
        JsonNode asOf = api.as("admin")
                .get("/api/reports/stages?programme=" + programme + "&asOf="
                        + today.minusYears(2).minusMonths(3))
                .body();
        assertThat(asOf.get("byStage").get("PUBLISHED").asLong())
                .as("the in-force and withdrawn standards were published, not yet in force")
                .isEqualTo(2);
        long published = ids.get(title("published"));
        passTime(Period.ofMonths(2).plusDays(1));
        assertThat(journeys.fireDueTimers(published)).isEqualTo(1);
        assertThat(journeys.stage(published)).isEqualTo("IN_FORCE");
    }

    @Test
    void theSameFileTwiceChangesNothingAndTheTemplateRoundTrips() throws Exception {
        String programme = programme();
        byte[] file = csv(portfolio());
        assertThat(importing(programme, file, false).status()).isEqualTo(200);

        JsonNode again =
                guard.unchangedBy(() -> importing(programme, file, false)).body();
        assertThat(again.get("unchanged").asInt()).isEqualTo(again.get("rows").asInt());
        assertThat(again.get("created").asInt()).isZero();

        byte[] csvTemplate =
                api.as("admin").download("/api/imports/standards/template?programme=" + programme + "&format=csv");
        assertThat(new String(csvTemplate, StandardCharsets.UTF_8)).startsWith("\uFEFF" + String.join(",", HEADER));
        JsonNode csvBack = guard.unchangedBy(() -> importing(programme, csvTemplate, CSV, false))
                .body();
        assertThat(csvBack.get("errors")).as(csvBack.toString()).isEmpty();
        assertThat(csvBack.get("unchanged").asInt())
                .isEqualTo(csvBack.get("rows").asInt())
                .isEqualTo(11);

        // A template holds only what its reader may import: nothing of this committee for another's secretariat.
        String foreignTemplate = new String(
                api.as("secretary2").download("/api/imports/standards/template?programme=" + programme + "&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(foreignTemplate)
                .startsWith("\uFEFF" + String.join(",", HEADER))
                .doesNotContain("Imported " + serial);
        assertThat(new String(
                        api.as("secretary")
                                .download("/api/imports/standards/template?programme=" + programme + "&format=csv"),
                        StandardCharsets.UTF_8))
                .contains(title("drafting"), title("withdrawn"));
        assertProblem(
                api.as("enterprise1").get("/api/imports/standards/template?programme=" + programme + "&format=csv"),
                403);

        byte[] xlsxTemplate =
                api.as("admin").download("/api/imports/standards/template?programme=" + programme + "&format=xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxTemplate))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(11);
        }
        JsonNode xlsxBack = guard.unchangedBy(() -> importing(programme, xlsxTemplate, XLSX, false))
                .body();
        assertThat(xlsxBack.get("unchanged").asInt()).isEqualTo(11);

        // A changed title of a numbered standard is an update.
        List<Map<String, String>> renamed = portfolio();
        String before = renamed.get(7).get("title_zh");
        renamed.get(7).put("title_zh", "已更名的标准");
        JsonNode dry = importing(programme, csv(renamed), true).body();
        assertThat(dry.get("changes")).hasSize(1);
        JsonNode change = dry.get("changes").get(0);
        assertThat(change.get("row").asInt()).isEqualTo(9);
        assertThat(change.get("column").asText()).isEqualTo("title_zh");
        assertThat(change.get("from").asText())
                .as("listed old -> new before anything is written")
                .isEqualTo(before);
        assertThat(change.get("to").asText()).isEqualTo("已更名的标准");
        JsonNode update = importing(programme, csv(renamed), false).body();
        assertThat(update.get("updated").asInt()).isEqualTo(1);
        assertThat(journeys.standard(idsByTitle(programme).get(title("in force")))
                        .get("titleZh")
                        .asText())
                .isEqualTo("已更名的标准");
    }

    @Test
    void aRowNamesTheSystemRowItsStandardFillsAndTheTemplateWritesItBack() {
        String programme = programme();
        String tables = "/api/programmes/" + programme + "/system-tables";
        assertThat(api.as("admin")
                        .post(tables, Map.of("version", "2025", "titleEn", "System", "titleZh", "体系"))
                        .status())
                .isEqualTo(201);
        List<Long> open = new ArrayList<>();
        for (String planned : List.of("Planned drafting", "Planned publication", "Planned later", "Planned last")) {
            open.add(api.as("admin")
                    .post(
                            tables + "/2025/rows",
                            Map.of("node", "SRV.IAAS", "title", planned, "level", "GB_T", "target", true))
                    .get("id")
                    .asLong());
        }
        List<String> header = new ArrayList<>(HEADER);
        header.add("system_row");
        List<Map<String, String>> rows = portfolio();
        rows.get(2).put("system_row", String.valueOf(open.get(0)));
        rows.get(6).put("system_row", String.valueOf(open.get(1)));
        Api.Response imported = importing(programme, csv(header, rows), false);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        Map<String, Long> ids = idsByTitle(programme);
        JsonNode table = api.as("admin").get(tables + "/2025").body();
        Map<Long, JsonNode> byId = new HashMap<>();
        table.findValues("rows")
                .forEach(list -> list.forEach(r -> byId.put(r.get("id").asLong(), r)));
        assertThat(byId.get(open.get(0)).get("standardId").asLong()).isEqualTo(ids.get(title("drafting")));
        assertThat(byId.get(open.get(0)).get("status").asText()).isEqualTo("IN_DEVELOPMENT");
        assertThat(byId.get(open.get(1)).get("status").asText()).isEqualTo("EXISTING");

        byte[] template =
                api.as("admin").download("/api/imports/standards/template?programme=" + programme + "&format=csv");
        assertThat(new String(template, StandardCharsets.UTF_8))
                .as("the template names the row each standard fills")
                .contains("," + open.get(0) + "\r\n", "," + open.get(1) + "\r\n");
        JsonNode back = guard.unchangedBy(() -> importing(programme, template, CSV, false))
                .body();
        assertThat(back.get("unchanged").asInt()).isEqualTo(rows.size());

        List<Map<String, String>> faulty = new ArrayList<>(List.of(row("into a filled row", "PRELIMINARY", today)));
        faulty.get(0).put("system_row", String.valueOf(open.get(0)));
        faulty.add(row("into an open row", "PRELIMINARY", today));
        faulty.get(1).put("system_row", String.valueOf(open.get(2)));
        faulty.add(row("into the same open row", "PRELIMINARY", today));
        faulty.get(2).put("system_row", String.valueOf(open.get(2)));
        faulty.add(row("into no row", "PRELIMINARY", today));
        faulty.get(3).put("system_row", "999999999");
        faulty.add(row("into a word", "PRELIMINARY", today));
        faulty.get(4).put("system_row", "third");
        Api.Response refused = guard.unchangedBy(() -> importing(programme, csv(header, faulty), false));
        assertProblem(refused, 422);
        List<String> errors = new ArrayList<>();
        refused.get("errors")
                .forEach(e ->
                        errors.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertThat(errors).containsExactly("2 system_row", "4 system_row", "5 system_row", "6 system_row");
        assertThat(refused.get("errors").get(0).get("message").asText()).contains("Planned drafting");
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsImportsItsChineseTitlesIntactAndSaysItsEncoding() {
        String programme = programme();
        List<Map<String, String>> rows = portfolio();
        byte[] gbk = new String(csv(rows), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .getBytes(Charset.forName("GB18030"));
        JsonNode dry = importing(programme, gbk, true).body();
        assertThat(dry.get("encoding").asText()).isEqualTo("GB18030");
        assertThat(dry.get("errors")).isEmpty();
        assertThat(importing(programme, csv(rows), true).body().get("encoding").asText())
                .isEqualTo("UTF-8");

        assertThat(importing(programme, gbk, false).status()).isEqualTo(200);
        assertThat(journeys.standard(idsByTitle(programme).get(title("in force")))
                        .get("titleZh")
                        .asText())
                .isEqualTo(rows.get(7).get("title_zh"));
        JsonNode again = importing(programme, gbk, true).body();
        assertThat(again.get("unchanged").asInt())
                .as("read again in GB18030, no title differs from what it wrote")
                .isEqualTo(rows.size());

        byte[] neither = "title\n\u0080\n".getBytes(StandardCharsets.ISO_8859_1);
        Api.Response refused = guard.unchangedBy(() -> importing(programme, neither, false));
        assertProblem(refused, 422);
        assertThat(refused.text("detail")).contains("neither UTF-8 nor GB18030");
    }

    @Test
    void anOfficesListOfPublishedStandardsImportsWithoutPlanNumbersOrDates() {
        String programme = programme();
        List<Map<String, String>> published = new ArrayList<>(portfolio().subList(6, 10));
        published.forEach(row -> {
            row.remove("plan_number");
            row.remove("plan_approved_on");
        });
        published.get(1).put("plan_number", "IMP-" + serial + "-KNOWN");
        JsonNode imported = importing(programme, csv(published), false).body();
        assertThat(imported.get("errors")).as(imported.toString()).isEmpty();
        assertThat(imported.get("created").asInt()).isEqualTo(4);
        Map<String, Long> ids = idsByTitle(programme);
        JsonNode inForce = journeys.standard(ids.get(title("in force")));
        assertThat(inForce.get("planNumber").asText()).isEqualTo("IMP-" + serial + "-KNOWN");
        assertThat(journeys.stageCodes(ids.get(title("published"))))
                .as("its history starts where the office's list does")
                .containsExactly("60.60");
        assertThat(journeys.standard(ids.get(title("published")))
                        .get("planNumber")
                        .isNull())
                .isTrue();
        Api.Response targets = api.as("observer").get("/api/reports/targets?programme=" + programme);
        assertThat(targets.status()).as("the forecast uses the stays it knows").isEqualTo(200);

        List<Map<String, String>> drafting = new ArrayList<>(portfolio().subList(2, 3));
        drafting.get(0).remove("plan_approved_on");
        Api.Response stillRequired = guard.unchangedBy(() -> importing(programme, csv(drafting), false));
        assertProblem(stillRequired, 422);
        assertThat(stillRequired.body().get("errors").findValuesAsText("column"))
                .containsExactly("plan_approved_on");
    }

    @Test
    void twoCommitsOfOneFileAtOnceImportItOnce() throws Exception {
        String programme = programme();
        byte[] file = csv(portfolio());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> commits = List.of(
                    two.submit(() -> importing(programme, file, false)),
                    two.submit(() -> importing(programme, file, false)));
            long created = 0;
            for (Future<Api.Response> commit : commits) {
                Api.Response response = commit.get(2, TimeUnit.MINUTES);
                assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
                created += response.get("created").asLong();
            }
            assertThat(created)
                    .as("one of them created the rows; the other found them")
                    .isEqualTo(11);
        } finally {
            two.shutdownNow();
        }
        assertThat(idsByTitle(programme)).hasSize(11);
    }

    @Test
    void anotherCommitteesPlanNumberIsAnsweredAsAnUnknownOneIs() {
        String programme = programme();
        List<Map<String, String>> rows = portfolio();
        assertThat(importing(programme, csv(rows), false).status()).isEqualTo(200);
        String hidden = rows.get(2).get("plan_number");

        Map<String, String> sector = new LinkedHashMap<>(rows.get(2));
        sector.put("title", title("sector drafting"));
        sector.put("title_zh", "导入 " + title("sector drafting"));
        sector.put("committee", "CCSA-TC1");
        sector.put("type", "SECTOR");
        Map<String, String> unknown = new LinkedHashMap<>(sector);
        unknown.put("plan_number", hidden + "-UNKNOWN");
        JsonNode taken = secretary2Imports(programme, sector, true).body();
        JsonNode fresh = secretary2Imports(programme, unknown, true).body();
        assertThat(taken.get("errors")).as(taken.toString()).isEqualTo(fresh.get("errors"));
        assertThat(taken.get("created")).isEqualTo(fresh.get("created"));
        assertThat(taken.toString()).doesNotContain("another committee");

        Api.Response refused = guard.unchangedBy(() -> secretary2Imports(programme, sector, false));
        assertProblem(refused, 409);
        assertThat(refused.text("detail")).doesNotContain(hidden).doesNotContain("TC28-SC38");
    }

    private Api.Response secretary2Imports(String programme, Map<String, String> row, boolean dryRun) {
        return api.as("secretary2")
                .postFile(
                        "/api/imports/standards?programme=" + programme + "&dryRun=" + dryRun, csv(List.of(row)), CSV);
    }

    @Test
    void anyRowInErrorRefusesTheWholeFileNamingLineAndColumn() {
        String programme = programme();
        List<Map<String, String>> rows = portfolio();
        rows.get(0).put("committee", "NOPE");
        rows.get(1).put("stage", "ALMOST");
        rows.get(2).remove("plan_number");
        rows.get(6).put("published_number", "YD/T " + (60000 + serial) + "-" + today.getYear());
        rows.get(7).put("implementation_date", today.minusYears(3).toString());
        rows.get(8).put("published_number", rows.get(7).get("published_number"));
        Map<String, String> idt = new LinkedHashMap<>(rows.get(9));
        idt.put("title", title("idt"));
        idt.put("international_reference", "ISO/IEC 17788:2014");
        idt.put("international_degree", "IDT");
        idt.put(
                "published_number",
                "GB/T " + (61000 + serial) + "-" + idt.get("publication_date").substring(0, 4));
        rows.add(idt);
        Api.Response refused = guard.unchangedBy(() -> importing(programme, csv(rows), false));
        assertProblem(refused, 422);
        assertThat(refused.body().get("created").asInt()).isZero();
        List<String> errors = new ArrayList<>();
        refused.body()
                .get("errors")
                .forEach(e ->
                        errors.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertThat(errors)
                .contains(
                        "2 committee",
                        "3 stage",
                        "4 plan_number",
                        "8 published_number",
                        "9 implementation_date",
                        "10 published_number",
                        "13 published_number");
        assertThat(refused.body().toString()).contains("numbered GB/T", "dual number");
        assertThat(idsByTitle(programme)).isEmpty();

        // A row that claims a stage its standard has not reached.
        List<Map<String, String>> good = portfolio();
        assertThat(importing(programme, csv(good), false).status()).isEqualTo(200);
        good.get(2).put("stage", "APPROVAL");
        JsonNode ahead =
                guard.unchangedBy(() -> importing(programme, csv(good), false)).body();
        assertThat(ahead.toString()).contains("has not reached APPROVAL");

        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .postFile(
                                "/api/imports/standards?programme=" + programme + "&dryRun=false",
                                "title,colour\nA,red\n".getBytes(StandardCharsets.UTF_8),
                                CSV)),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .postFile(
                                "/api/imports/standards?programme=" + programme,
                                "{}".getBytes(StandardCharsets.UTF_8),
                                MediaType.APPLICATION_JSON)),
                415);
        assertProblem(api.as("admin").postFile("/api/imports/standards?programme=NOPE", csv(good), CSV), 404);
        StringBuilder tooMany = new StringBuilder("title,stage\n");
        for (int line = 0; line <= 50_000; line++) {
            tooMany.append("Row ").append(line).append(",PRELIMINARY\n");
        }
        Api.Response limit = guard.unchangedBy(() -> api.as("admin")
                .postFile(
                        "/api/imports/standards?programme=" + programme + "&dryRun=false",
                        tooMany.toString().getBytes(StandardCharsets.UTF_8),
                        CSV));
        assertProblem(limit, 413);
        assertThat(limit.text("detail")).contains("50000");
        // Another committee's secretariat can neither take over a standard by its plan number nor learn of it.
        Map<String, String> byPlan = new LinkedHashMap<>(good.get(2));
        byPlan.put("committee", "CCSA-TC1");
        byPlan.put("type", "SECTOR");
        byPlan.put("title_zh", "被他人更名");
        byPlan.remove("lead_organisation");
        long drafting = idsByTitle(programme).get(title("drafting"));
        String draftingBefore = journeys.standard(drafting).toString();
        Api.Response foreign = guard.unchangedBy(() -> api.as("secretary2")
                .postFile(
                        "/api/imports/standards?programme=" + programme + "&dryRun=false", csv(List.of(byPlan)), CSV));
        assertProblem(foreign, 409);
        assertThat(foreign.body().toString())
                .doesNotContain("Standard " + drafting)
                .doesNotContain("DRAFTING")
                .doesNotContain("TC28-SC38");
        assertThat(journeys.standard(drafting).toString()).isEqualTo(draftingBefore);

        Api.Response otherCommittee = api.as("secretary2")
                .postFile("/api/imports/standards?programme=" + programme + "&dryRun=true", csv(good), CSV);
        assertThat(otherCommittee.body().get("errors").findValuesAsText("column"))
                .contains("committee");
        assertProblem(
                api.as("observer").postFile("/api/imports/standards?programme=" + programme, csv(good), CSV), 403);
    }

    @Test
    void thePageChecksAFileShowsItsErrorsAndImportsItOnlyWhenConfirmed() throws Exception {
        String programme = programme();
        List<Map<String, String>> rows = portfolio();
        rows.get(0).put("committee", "NOPE");
        MockHttpSession session = new MockHttpSession();
        String refused = upload(session, programme, csv(rows));
        assertThat(refused).contains("id=\"errors\"", "NOPE").doesNotContain("name=\"token\"");

        String checked = upload(session, programme, csv(portfolio()));
        assertThat(checked).contains("name=\"token\"").doesNotContain("id=\"errors\"");
        assertThat(idsByTitle(programme)).as("a check writes nothing").isEmpty();
        assertThat(Collections.list(session.getAttributeNames()))
                .as("the checked file waits on disk, not in the session: only Spring's own attributes are there")
                .allMatch(name -> name.startsWith("org.springframework.") || name.startsWith("SPRING_"));
        assertThat(confirm("secretary2", checked, new MockHttpSession()).getStatus())
                .as("another account cannot confirm it")
                .isEqualTo(409);
        assertThat(idsByTitle(programme)).isEmpty();
        var commit = confirm("admin", checked, new MockHttpSession());
        assertThat(commit.getStatus())
                .as("confirmed from another session of the same account")
                .isEqualTo(200);
        assertThat(idsByTitle(programme)).hasSize(11);
        assertThat(confirm("admin", checked, session).getStatus())
                .as("a confirmation is used once")
                .isEqualTo(409);
    }

    @Test
    void anAccountKeepsOnlyItsLatestChecksWaiting() throws Exception {
        String programme = programme();
        MockHttpSession session = new MockHttpSession();
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Map<String, String>> rows = portfolio();
            rows.get(0).put("title", title("check " + i));
            checks.add(upload(session, programme, csv(rows)));
        }
        assertThat(confirm("admin", checks.get(0), session).getStatus())
                .as("the oldest of four checks is dropped (three are kept per account)")
                .isEqualTo(409);
        assertThat(confirm("admin", checks.get(3), session).getStatus()).isEqualTo(200);
    }

    /** Confirms a checked file as the page's form does: its hidden fields posted back. */
    private MockHttpServletResponse confirm(String username, String checkedPage, MockHttpSession session)
            throws Exception {
        var form = MockMvcRequestBuilders.post("/imports/commit")
                .session(session)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        for (String field : List.of("token", "programme", "fileName")) {
            form.param(field, checkedPage.replaceAll("(?s).*name=\"" + field + "\" value=\"([^\"]*)\".*", "$1"));
        }
        return mvc.perform(form).andReturn().getResponse();
    }

    private String upload(MockHttpSession session, String programme, byte[] file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/imports/check")
                        .file(new MockMultipartFile("file", "portfolio.csv", "text/csv", file))
                        .param("programme", programme)
                        .session(session)
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Api.Response importing(String programme, byte[] file, boolean dryRun) {
        return importing(programme, file, CSV, dryRun);
    }

    private Api.Response importing(String programme, byte[] file, MediaType type, boolean dryRun) {
        return api.as("admin")
                .postFile(
                        "/api/imports/standards?programme=" + programme + "&dryRun=" + dryRun
                                + "&fileName=portfolio.csv",
                        file,
                        type);
    }

    /** One standard at every stage, its dates relative to today. */
    private List<Map<String, String>> portfolio() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("preliminary", "PRELIMINARY", today.minusDays(20)));
        rows.add(row("proposal", "PROPOSAL", today.minusDays(10)));
        rows.add(planned(row("drafting", "DRAFTING", today.minusYears(3)), today.minusYears(3), "D"));
        rows.add(planned(row("consultation", "CONSULTATION", today.minusDays(5)), today.minusMonths(8), "C"));
        rows.add(planned(row("ballot", "TECHNICAL_REVIEW", today.minusDays(3)), today.minusMonths(12), "B"));
        rows.add(planned(row("approval", "APPROVAL", today.minusDays(30)), today.minusMonths(14), "A"));
        rows.add(published(row("published", "PUBLISHED", null), today.minusMonths(4), today.plusMonths(2), "P"));
        rows.add(published(
                row("in force", "IN_FORCE", null),
                today.minusYears(2).minusMonths(6).minusDays(1),
                today.minusYears(2),
                "F"));
        rows.add(published(
                row("review", "PERIODIC_REVIEW", today.minusDays(40)),
                today.minusYears(6),
                today.minusYears(5).minusMonths(6),
                "R"));
        Map<String, String> withdrawn = published(
                row("withdrawn", "WITHDRAWN", null),
                today.minusYears(2).minusMonths(8),
                today.minusYears(2).minusMonths(2),
                "W");
        withdrawn.put("withdrawn_on", today.minusMonths(1).toString());
        rows.add(withdrawn);
        rows.add(planned(row("cancelled", "CANCELLED", today.minusMonths(2)), today.minusMonths(9), "X"));
        return rows;
    }

    private Map<String, String> row(String name, String stage, LocalDate entered) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", title(name));
        row.put("title_zh", "导入 " + title(name));
        row.put("type", "GB_T");
        row.put("domain", "SRV.IAAS");
        row.put("committee", "TC28-SC38");
        row.put("lead_organisation", "CESI");
        row.put("stage", stage);
        if (entered != null) {
            row.put("stage_entered_on", entered.toString());
        }
        return row;
    }

    private Map<String, String> planned(Map<String, String> row, LocalDate approved, String tag) {
        row.put("plan_number", "IMP-" + serial + "-" + tag);
        row.put("plan_approved_on", approved.toString());
        return row;
    }

    private Map<String, String> published(
            Map<String, String> row, LocalDate publication, LocalDate implementation, String tag) {
        planned(row, publication.minusYears(1), tag);
        row.put(
                "published_number",
                "GB/T " + (50000 + serial * 100 + tag.charAt(0) - 'A') + "-" + publication.getYear());
        row.put("publication_date", publication.toString());
        row.put("implementation_date", implementation.toString());
        return row;
    }

    private String title(String name) {
        return "Imported " + serial + " " + name;
    }

    private static byte[] csv(List<Map<String, String>> rows) {
        return csv(HEADER, rows);
    }

    private static byte[] csv(List<String> header, List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF" + String.join(",", header) + "\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                cells.add(row.getOrDefault(column, ""));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String stageOf(Map<String, Long> ids, String name) {
        return journeys.stage(ids.get(title(name)));
    }

    private Map<String, Long> idsByTitle(String programme) {
        Map<String, Long> ids = new HashMap<>();
        api.as("admin")
                .get("/api/standards?size=500&programme=" + programme)
                .body()
                .get("items")
                .forEach(s -> ids.put(s.get("title").asText(), s.get("id").asLong()));
        return ids;
    }

    private String programme() {
        String code = "IMP-" + serial;
        Api.Response created = api.as("admin")
                .post(
                        "/api/programmes",
                        Map.of(
                                "code",
                                code,
                                "nameEn",
                                "Imported " + code,
                                "nameZh",
                                "导入 " + code,
                                "targetStandards",
                                20,
                                "targetDate",
                                "2030-12-31",
                                "targetEnterprises",
                                10));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }
}
