package org.stdtrack.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.deadlineIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * The documents the procedure's steps wait for, comments tied to the draft they were made on, the
 * comment resolution table read back with POI and Commons CSV, and the submission package checked
 * file by file against its manifest and the stored documents.
 */
abstract class SubmissionTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private final ObjectMapper json = new ObjectMapper();

    private Api.Response tryComplete(String user, long id, String key, Map<String, ?> body) {
        String task = journeys.task(user, id, key).get("id").asText();
        return guard.unchangedBy(() -> api.as(user).post("/api/tasks/" + task + "/complete", body));
    }

    private long comment(String reviewer, long id, String clause, String text) {
        Api.Response created = api.as(reviewer)
                .post(
                        "/api/standards/" + id + "/comments",
                        Map.of("clause", clause, "type", "TECHNICAL", "text", text, "proposedChange", "Say so."));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    @Test
    void eachStepWaitsForItsDocumentsAndSaysWhichAreMissing() {
        long id = journeys.registerNational("Gates");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.upload(id, "DRAFT_FOR_REVIEW", "made too early");
        Map<String, Object> opening = Map.of("commentDeadline", deadlineIn(Period.ofDays(60)));

        Api.Response none = tryComplete("secretary", id, "openConsultation", opening);
        assertProblem(none, 409);
        assertThat(none.text("detail")).contains("DRAFT_FOR_COMMENTS").contains("DRAFTING_EXPLANATION");
        String taskPage = api.as("secretary")
                .get("/tasks/"
                        + journeys.task("secretary", id, "openConsultation")
                                .get("id")
                                .asText())
                .body()
                .asText();
        assertThat(taskPage)
                .as("the form says what is missing and offers the upload in place")
                .contains("id=\"required-DRAFT_FOR_COMMENTS\"")
                .contains("Missing")
                .contains("type=\"file\"");

        journeys.upload(id, "DRAFT_FOR_COMMENTS", "Version 1");
        Api.Response one = tryComplete("secretary", id, "openConsultation", opening);
        assertProblem(one, 409);
        assertThat(one.text("detail")).contains("DRAFTING_EXPLANATION").doesNotContain("DRAFT_FOR_COMMENTS");
        journeys.upload(id, "DRAFTING_EXPLANATION");
        journeys.complete("secretary", id, "openConsultation", opening);

        long onFirst = comment("reviewer1", id, "5.1", "On the first draft.");
        journeys.upload(id, "DRAFT_FOR_COMMENTS", "Version 2");
        long onSecond = comment("reviewer3", id, "5.2", "On the second draft.");
        Map<Long, Integer> versions = new LinkedHashMap<>();
        api.as("secretary")
                .get("/api/standards/" + id + "/comments")
                .body()
                .forEach(c -> versions.put(
                        c.get("id").asLong(), c.get("documentVersion").asInt()));
        assertThat(versions).containsExactly(Map.entry(onFirst, 1), Map.entry(onSecond, 2));

        journeys.closeConsultation(id);
        for (long comment : List.of(onFirst, onSecond)) {
            api.as("drafter")
                    .put(
                            "/api/standards/" + id + "/comments/" + comment + "/resolution",
                            Map.of("resolution", "ACCEPTED"));
        }
        Api.Response stale = tryComplete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertProblem(stale, 409);
        assertThat(stale.text("detail"))
                .as("a draft for review from before the consultation does not count")
                .contains("DRAFT_FOR_REVIEW uploaded after");
        journeys.complete(
                "drafter",
                id,
                "resolveComments",
                Map.of("outcome", "REVISE", "comment", "Sending back needs no draft"));
        journeys.openConsultation(id);
        journeys.closeConsultation(id);
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        journeys.ballotPasses(id);

        Api.Response incomplete = tryComplete("secretary", id, "submitForApproval", Map.of());
        assertProblem(incomplete, 409);
        assertThat(incomplete.text("detail"))
                .contains("DRAFT_FOR_APPROVAL")
                .contains("REVIEW_MINUTES")
                .doesNotContain("DRAFTING_EXPLANATION");
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/submissions")
                        .body())
                .isEmpty();
        assertProblem(api.as("secretary").get("/api/standards/" + id + "/package"), 409);
    }

    /** A standard in approval whose consultation had two comments, one accepted and one not. */
    private long withResolvedComments(String title) {
        long id = journeys.registerNational(title);
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        long accepted = comment("reviewer1", id, "5.2", "Availability must be measured monthly.");
        long rejected = comment("reviewer3", id, "3.1", "=HYPERLINK(\"http://evil\")");
        journeys.closeConsultation(id);
        api.as("drafter")
                .put(
                        "/api/standards/" + id + "/comments/" + accepted + "/resolution",
                        Map.of("resolution", "ACCEPTED"));
        api.as("drafter")
                .put(
                        "/api/standards/" + id + "/comments/" + rejected + "/resolution",
                        Map.of("resolution", "NOT_ACCEPTED", "reason", "不属于本标准范围"));
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        journeys.ballotPasses(id);
        return id;
    }

    @Test
    void theResolutionTableOpensInOfficeSuitesInEitherLanguage() throws Exception {
        long id = withResolvedComments("Resolution table");
        String path = "/api/standards/" + id + "/resolution-table";

        Api.FileResponse xlsx = api.as("secretary").fetch(path + "?format=xlsx&lang=zh");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("意见汇总处理表")
                    .contains("云计算 Resolution table");
            List<String> header = new ArrayList<>();
            sheet.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("序号", "轮次", "条款", "意见内容", "修改建议", "提出单位", "渠道", "处理结果", "理由");
            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("5.2");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Availability must be measured monthly.");
            assertThat(first.getCell(5).getStringCellValue()).isNotBlank();
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("本系统提交");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("采纳");
            Row second = sheet.getRow(3);
            assertThat(second.getCell(7).getStringCellValue()).isEqualTo("不采纳");
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo("不属于本标准范围");
            assertThat(second.getCell(3).getCellType().name())
                    .as("a comment is text, never a formula")
                    .isEqualTo("STRING");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("共收到意见2条，其中采纳1条，部分采纳0条，未采纳1条，尚未处理0条。");
        }

        Api.FileResponse docx = api.as("reviewer1").fetch(path + "?format=docx&lang=en");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("No.");
            assertThat(table.getRow(1).getCell(7).getText()).isEqualTo("Accepted");
            assertThat(table.getRow(2).getCell(7).getText()).isEqualTo("Not accepted");
            assertThat(document.getParagraphs()
                            .get(document.getParagraphs().size() - 1)
                            .getText())
                    .isEqualTo(
                            "Comments received: 2; accepted: 1; partially accepted: 0; not accepted: 1; not yet resolved: 0.");
        }

        Api.FileResponse csv = api.as("drafter").fetch(path + "?format=csv&lang=en");
        String text = csv.text();
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("No.");
        assertThat(records.get(3).get(3)).as("a formula is written as text").isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(4).get(0)).startsWith("Comments received: 2");

        assertProblem(api.as("secretary").get(path + "?format=pdf"), 400);
        assertProblem(api.as("secretary").get(path + "?lang=fr"), 400);
        assertProblem(api.as("secretary2").get(path), 404);
        assertProblem(api.as("enterprise1").get(path), 404);
    }

    @Test
    void theSubmittedPackageHoldsWhatItsManifestSaysAndCanBeProvenLater() throws Exception {
        long id = withResolvedComments("Package");
        JsonNode completed = journeys.submitForApproval(id);
        assertThat(completed).isNotNull();
        JsonNode submissions =
                api.as("sac").get("/api/standards/" + id + "/submissions").body();
        assertThat(submissions).hasSize(1);
        String recorded = submissions.get(0).get("packageSha256").asText();
        assertThat(submissions.get(0).get("submittedBy").asText()).isEqualTo("secretary");

        Api.FileResponse zip = api.as("sac").fetch("/api/standards/" + id + "/package");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(Sha256.of(zip.bytes())).as("the package is the one recorded").isEqualTo(recorded);
        assertThat(zip.header("ETag")).isEqualTo("\"" + recorded + "\"");

        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files.keySet())
                .containsExactly(
                        "01-DRAFT_FOR_APPROVAL-v1.docx",
                        "02-DRAFTING_EXPLANATION-v1.docx",
                        "03-REVIEW_MINUTES-v1.docx",
                        "04-RESOLUTION_TABLE.xlsx",
                        "05-PATENT_DISCLOSURES.csv",
                        "manifest.json");
        Map<String, String> stored = new LinkedHashMap<>();
        api.as("secretary")
                .get("/api/standards/" + id + "/documents")
                .body()
                .forEach(d -> stored.put(
                        d.get("kind").asText() + " v" + d.get("version").asInt(),
                        d.get("sha256").asText()));
        JsonNode manifest = json.readTree(files.get("manifest.json"));
        assertThat(manifest).hasSize(5);
        assertThat(new String(files.get("05-PATENT_DISCLOSURES.csv"), StandardCharsets.UTF_8))
                .as("no patent disclosed: the list says so with its headings alone")
                .contains("专利号")
                .hasLineCount(1);
        for (JsonNode entry : manifest) {
            String file = entry.get("file").asText();
            assertThat(Sha256.of(files.get(file)))
                    .as(file)
                    .isEqualTo(entry.get("sha256").asText());
            if (!List.of("RESOLUTION_TABLE", "PATENT_DISCLOSURES")
                    .contains(entry.get("kind").asText())) {
                assertThat(entry.get("sha256").asText())
                        .as(file + " is the stored document")
                        .isEqualTo(stored.get(entry.get("kind").asText() + " v"
                                + entry.get("version").asInt()));
                assertThat(entry.get("uploadedBy").asText()).isEqualTo("drafter");
                assertThat(entry.get("uploadedAt").asText()).isNotBlank();
            }
        }
        try (XSSFWorkbook table = new XSSFWorkbook(new ByteArrayInputStream(files.get("04-RESOLUTION_TABLE.xlsx")))) {
            assertThat(table.getSheetAt(0).getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("Availability must be measured monthly.");
        }

        // A later upload does not change what was submitted: the package stays provable.
        journeys.upload(id, "DRAFT_FOR_APPROVAL", "Changed after submission");
        assertThat(api.as("secretary")
                        .fetch("/api/standards/" + id + "/package")
                        .bytes())
                .isEqualTo(zip.bytes());

        assertThat(api.as("reviewer1")
                        .fetch("/api/standards/" + id + "/package")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("miit").fetch("/api/standards/" + id + "/package").bytes())
                .as("the committee's competent department reads the package it is asked to review")
                .isEqualTo(zip.bytes());
        assertThat(api.as("miit")
                        .get("/api/standards/" + id + "/submissions")
                        .body()
                        .get(0)
                        .get("packageSha256")
                        .asText())
                .isEqualTo(recorded);
        Map<String, Object> withoutDepartment = new LinkedHashMap<>();
        withoutDepartment.put("competentDepartment", null);
        JsonNode committee = journeys.changeCommittee(NATIONAL, withoutDepartment);
        try {
            assertProblem(api.as("miit").get("/api/standards/" + id + "/package"), 403);
        } finally {
            journeys.restoreCommittee(committee);
        }
        assertProblem(api.as("observer").get("/api/standards/" + id + "/package"), 403);
        assertProblem(api.as("secretary2").get("/api/standards/" + id + "/package"), 404);
        Api.Response hidden = api.as("enterprise1").get("/api/standards/" + id + "/submissions");
        assertProblem(hidden, 404);
        assertThat(hidden.body().toString()).doesNotContain(recorded);

        String page = api.as("sac").get("/standards/" + id).body().asText();
        assertThat(page).as("the standard page shows the recorded SHA-256").contains(recorded);
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/audit")
                        .body()
                        .toString())
                .as("the audit trail records the package's SHA-256 with the submission")
                .contains("SUBMIT_PACKAGE")
                .contains("sha256=" + recorded);
    }
}
