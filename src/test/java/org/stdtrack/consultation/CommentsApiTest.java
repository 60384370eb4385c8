package org.stdtrack.consultation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestAccounts;
import org.stdtrack.support.WriteGuard;
import org.stdtrack.web.RefusedForm;

/**
 * Comments on a draft: from reviewers, while the consultation is open. Runs on H2 and on PostgreSQL.
 */
abstract class CommentsApiTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Autowired
    TestAccounts accounts;

    @Test
    void aReviewersTaskListPointsToTheConsultationsTheyMayCommentOn() {
        String reviewer = accounts.create("INDUSTRY_REVIEWER", NATIONAL);
        String other = accounts.create("INDUSTRY_REVIEWER", "CCSA-TC1");
        long id = journeys.registerNational("On a reviewer's agenda");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.consultationDocuments(id);
        String open =
                journeys.task("secretary", id, "openConsultation").get("id").asText();
        String deadline =
                LocalDateTime.ofInstant(now(), ZONE).plusDays(61).withNano(0).toString();
        String tooSoon =
                LocalDateTime.ofInstant(now(), ZONE).plusDays(10).withNano(0).toString();
        Api.FileResponse refused = guard.unchangedBy(() -> api.as("secretary")
                .submitFormIn("zh", "/tasks/" + open + "/complete", Map.of("commentDeadline", tooSoon)));
        assertThat(refused.status()).isEqualTo(422);
        String chinese = refused.text();
        assertThat(chinese)
                .as("the refusal in the reader's language: the period in days, the date in the programme's zone")
                .contains("征求意见至少 60 天", "截止时间不能早于")
                .doesNotContain("P60D", "must stay open")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        String opened = api.as("secretary")
                .submitAndFollow("en", "/tasks/" + open + "/complete", Map.of("commentDeadline", List.of(deadline)))
                .text();
        assertThat(opened)
                .as("what happens next: no person, the comment period")
                .contains("Task completed:", "Next, the process waits for its date");

        String tasks = api.as(reviewer).fetchIn("en", "/tasks").text();
        assertThat(tasks)
                .contains("No tasks here.", "href=\"#agenda\"", "Also waiting for you")
                .contains("/standards/" + id + "#comments", "On a reviewer&#39;s agenda")
                .contains("open for your comments until");
        assertThat(api.as(reviewer).fetchIn("zh", "/tasks").text())
                .contains("其他待办", "征求意见中，截止")
                .as("the programme's dashboard as the guideline names it")
                .contains("专项看板");
        assertThat(api.as(other).fetchIn("en", "/tasks").text())
                .as("another committee's reviewer")
                .doesNotContain("/standards/" + id + "#comments");

        journeys.closeConsultation(id);
        assertThat(api.as(reviewer).fetchIn("en", "/tasks").text())
                .as("closed, off the agenda")
                .doesNotContain("/standards/" + id + "#comments");
    }

    @Test
    void aRefusedCommentComesBackToItsFormAsItWasTyped() {
        long id = journeys.registerNational("Comment forms that come back");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        String path = "/standards/" + id + "/comments";

        Api.FileResponse comment = guard.unchangedBy(() -> api.as("reviewer2")
                .submitAndFollow(
                        "zh",
                        path,
                        Map.of(
                                "clause", List.of(" "),
                                "type", List.of("TECHNICAL"),
                                "text", List.of("Keep <this> text"),
                                "form", List.of("comment-form"),
                                "returnTo", List.of("/standards/" + id))));
        assertThat(comment.text())
                .contains("id=\"comment-form-refusal\"", "Keep &lt;this&gt; text")
                .containsPattern("value=\"TECHNICAL\"\\s+selected=\"selected\"")
                .containsPattern("id=\"clause\"[^>]*aria-invalid=\"true\"");

        Api.FileResponse recorded = guard.unchangedBy(() -> api.as("secretary")
                .submitAndFollow(
                        "en",
                        path,
                        Map.of(
                                "channel", List.of("LETTER"),
                                "clause", List.of("4.2"),
                                "type", List.of("EDITORIAL"),
                                "text", List.of("From a letter"),
                                "form", List.of("record-comment"),
                                "returnTo", List.of("/standards/" + id))));
        assertThat(recorded.text())
                .contains("id=\"record-comment-refusal\"", "From a letter", "value=\"4.2\"")
                .containsPattern("value=\"LETTER\"\\s+selected=\"selected\"")
                .containsPattern("id=\"rc-organisation\"[^>]*aria-invalid=\"true\"");
        assertThat(api.as("secretary").get("/api/standards/" + id + "/comments").body())
                .isEmpty();
        // More input than a form is kept for (it would wait in the session): the error page, nothing kept.
        Api.FileResponse huge = guard.unchangedBy(() -> api.as("reviewer2")
                .submitFormIn(
                        "en",
                        path,
                        Map.of(
                                "clause",
                                " ",
                                "type",
                                "TECHNICAL",
                                "text",
                                "x".repeat(RefusedForm.MAX_KEPT_CHARS + 1),
                                "form",
                                "comment-form",
                                "returnTo",
                                "/standards/" + id)));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.text()).doesNotContain("xxxxxxxxxx");

        long asked = api.as("reviewer2")
                .post(
                        "/api/standards/" + id + "/comments",
                        Map.of("clause", "4.1", "type", "TECHNICAL", "text", "Why?"))
                .get("id")
                .asLong();
        journeys.closeConsultation(id);
        String task = journeys.task("drafter", id, "resolveComments").get("id").asText();
        String row = "resolve-" + asked;
        Api.FileResponse resolution = guard.unchangedBy(() -> api.as("drafter")
                .submitAndFollow(
                        "en",
                        "/standards/" + id + "/comments/" + asked + "/resolution",
                        Map.of(
                                "resolution", List.of("NOT_ACCEPTED"),
                                "form", List.of(row),
                                "returnTo", List.of("/tasks/" + task))));
        assertThat(resolution.text())
                .as("the task page's row comes back with the decision chosen and the reason it lacks")
                .contains("id=\"" + row + "-refusal\"")
                .containsPattern("value=\"NOT_ACCEPTED\"\\s+selected=\"selected\"")
                .containsPattern("id=\"reason-" + asked + "\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void commentsComeFromReviewersWhileTheConsultationIsOpen() {
        long id = journeys.registerNational("Comment rules");
        journeys.submitAndApproveProposal(id);
        String path = "/api/standards/" + id + "/comments";
        Map<String, Object> comment = Map.of("clause", "4.1", "type", "EDITORIAL", "text", "Typo in the title.");
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, comment)), 409);

        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").post(path, comment)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, comment)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, comment)), 404);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, with(comment, "type", "RUDE"))), 400);
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer2").post(path, with(comment, "text", "x".repeat(10_001)))),
                422);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, with(comment, "clause", ""))), 422);

        Api.Response created = api.as("reviewer3").post(path, comment);
        assertThat(created.status()).isEqualTo(201);
        long commentId = created.get("id").asLong();
        assertThat(created.location()).isEqualTo(path + "/" + commentId);
        assertThat(created.text("author")).isEqualTo("reviewer3");
        assertThat(api.as("secretary").get(path + "/" + commentId).text("text")).isEqualTo("Typo in the title.");
        assertThat(api.as("secretary").get(path).body()).hasSize(1);

        String resolution = path + "/" + commentId + "/resolution";
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer3").put(resolution, Map.of("resolution", "ACCEPTED"))), 403);
        assertProblem(
                guard.unchangedBy(() -> api.as("drafter").put(resolution, Map.of("resolution", "NOT_ACCEPTED"))), 422);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").put(resolution, Map.of("resolution", "MAYBE"))), 400);
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("drafter").put(path + "/999999/resolution", Map.of("resolution", "ACCEPTED"))),
                404);
        Api.Response resolved =
                api.as("drafter").put(resolution, Map.of("resolution", "PARTIALLY_ACCEPTED", "reason", "Title kept."));
        assertThat(resolved.get("resolution").get("decision").asText()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(resolved.get("resolution").get("resolvedBy").asText()).isEqualTo("drafter");

        journeys.closeConsultation(id);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer3").post(path, comment)), 409);
    }

    @Test
    void theSecretariatRecordsCommentsFromEveryChannelAndTheyGateTheReviewLikeAnyOther() throws Exception {
        long id = journeys.registerNational("Comment channels");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        String path = "/api/standards/" + id + "/comments";
        Map<String, Object> letter = Map.of(
                "clause", "6.3",
                "type", "TECHNICAL",
                "text", "Logs must be kept for six months.",
                "organisation", "公安部第三研究所",
                "channel", "LETTER");

        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(path, letter)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, letter)), 404);
        Api.Response noOrganisation =
                guard.unchangedBy(() -> api.as("secretary").post(path, with(letter, "organisation", " ")));
        assertProblem(noOrganisation, 422);
        assertThat(noOrganisation.text("field")).isEqualTo("organisation");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, with(letter, "channel", "FAX"))), 400);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").post(path, with(letter, "organisation", "x".repeat(301)))),
                422);

        Api.Response recorded = api.as("secretary").post(path, letter);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.text("channel")).isEqualTo("LETTER");
        assertThat(recorded.text("organisation")).isEqualTo("公安部第三研究所");
        assertThat(recorded.text("author")).isEqualTo("secretary");
        Api.Response own =
                api.as("reviewer1").post(path, Map.of("clause", "4", "type", "EDITORIAL", "text", "Define 'tenant'."));
        assertThat(own.text("channel")).isEqualTo("ACCOUNT");
        assertThat(own.text("organisation"))
                .as("the reviewer's account's organisation")
                .isNotBlank();

        // After the deadline, before the outcome is submitted, a late letter is still recorded; a reviewer's is not.
        journeys.closeConsultation(id);
        Api.Response platform = api.as("secretary")
                .post(
                        path,
                        with(
                                with(letter, "channel", "PLATFORM"),
                                "organisation",
                                "China Mobile Communications Group Co., Ltd."));
        assertThat(platform.status()).as(platform.body().toString()).isEqualTo(201);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, with(letter, "channel", null))), 422);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("reviewer2").post(path, Map.of("clause", "7", "type", "GENERAL", "text", "Too late."))),
                409);

        // Every recorded comment needs its resolution before the draft goes to review.
        journeys.draftForReview(id);
        for (JsonNode c : api.as("secretary").get(path).body()) {
            if (!c.get("id").equals(platform.get("id"))) {
                api.as("drafter")
                        .put(path + "/" + c.get("id").asLong() + "/resolution", Map.of("resolution", "ACCEPTED"));
            }
        }
        Api.Response blocked = journeys.tryComplete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.text("detail")).contains("1 comment(s)");

        // The resolution table names each organisation and channel.
        Api.FileResponse xlsx =
                api.as("secretary").fetch("/api/standards/" + id + "/resolution-table?format=xlsx&lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            for (int r = 2; r <= 4; r++) {
                rows.add(sheet.getRow(r).getCell(5).getStringCellValue() + " | "
                        + sheet.getRow(r).getCell(6).getStringCellValue());
            }
            assertThat(rows)
                    .containsExactly(
                            "公安部第三研究所 | Letter",
                            own.text("organisation") + " | Reviewer's account",
                            "China Mobile Communications Group Co., Ltd. | National standards platform");
        }
        // The standard page shows them to its readers, and offers the secretariat the form to record more.
        String page = api.as("secretary").fetch("/standards/" + id).text();
        assertThat(page).contains("公安部第三研究所", "Letter", "record-comment", "import-comments");
        assertThat(api.as("reviewer1").fetch("/standards/" + id).text())
                .contains("公安部第三研究所")
                .doesNotContain("record-comment");
    }

    @Test
    void commentsFromOtherChannelsAreImportedFromASpreadsheetAllOrNone() throws Exception {
        long id = journeys.registerNational("Comment import");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        String path = "/api/standards/" + id + "/comments";
        String csv = "\uFEFFClause,Comment,Proposed change,Organisation,Channel\r\n"
                + "5.1,Define the tenant boundary.,,中国电信集团有限公司,Letter\r\n"
                + "6.2,Give the retention period.,Six months,国家信息中心,全国标准信息公共服务平台\r\n";
        MediaType csvType = MediaType.parseMediaType("text/csv");

        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer1").postFile(path + "/import", csv.getBytes(UTF_8), csvType)),
                403);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").postFile(path + "/import", csv.getBytes(UTF_8), MediaType.TEXT_PLAIN)),
                415);
        String faulty =
                csv + "7,No organisation given.,,,Email\r\n" + "8,A reviewer's own.,,ACloud,Reviewer's account\r\n";
        Api.Response refused = guard.unchangedBy(
                () -> api.as("secretary").postFile(path + "/import", faulty.getBytes(UTF_8), csvType));
        assertProblem(refused, 422);
        assertThat(refused.text("detail"))
                .contains("row 4", "organisation", "row 5", "channel", "nothing was recorded");

        Api.Response imported = api.as("secretary").postFile(path + "/import", csv.getBytes(UTF_8), csvType);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(imported.get("recorded").asInt()).isEqualTo(2);
        assertThat(imported.get("comments").findValuesAsText("channel")).containsExactly("LETTER", "PLATFORM");
        assertThat(imported.get("comments").findValuesAsText("organisation")).containsExactly("中国电信集团有限公司", "国家信息中心");

        // The same columns in an XLSX with Chinese headings under a title line, as the resolution table is.
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("意见");
            sheet.createRow(0).createCell(0).setCellValue("意见汇总处理表");
            String[] heading = {"序号", "条款", "意见内容", "修改建议", "提出单位", "渠道", "类型"};
            String[] row = {"1", "4.3", "术语应与 GB/T 32400 一致。", "", "工业和信息化部电子第五研究所", "MEETING", "编辑性"};
            Row headings = sheet.createRow(1);
            Row cells = sheet.createRow(2);
            for (int c = 0; c < heading.length; c++) {
                headings.createCell(c).setCellValue(heading[c]);
                cells.createCell(c).setCellValue(row[c]);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api.Response fromXlsx = api.as("secretary")
                .postFile(
                        path + "/import",
                        xlsx,
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(fromXlsx.status()).as(fromXlsx.body().toString()).isEqualTo(201);
        JsonNode meeting = fromXlsx.get("comments").get(0);
        assertThat(meeting.get("channel").asText()).isEqualTo("MEETING");
        assertThat(meeting.get("type").asText()).isEqualTo("EDITORIAL");
        assertThat(api.as("secretary").get(path).body()).hasSize(3);
    }

    private Map<String, Object> with(String field, Object value) {
        return with(journeys.nationalStandard("Validation subject"), field, value);
    }

    private static Map<String, Object> with(Map<String, ?> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
