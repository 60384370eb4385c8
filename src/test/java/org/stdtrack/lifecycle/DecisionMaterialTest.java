package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/**
 * Each decision page shows, above its form, what is decided on: the documents (version, date, uploader,
 * SHA-256, opening in one click), the package as submitted, the resolution's summary, the technical review's
 * result in words, the notes of those who decided before, the members' support and work plan, a declaration's
 * details. Above the SQL (its queries are the rooms' own, tested on both databases), so on H2.
 */
@OnH2
class DecisionMaterialTest {

    private static final Pattern MATERIAL =
            Pattern.compile("<section[^>]*id=\"material\".*?</section>", Pattern.DOTALL);

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Test
    void theApproverOfAProposalSeesItsDocumentsSupportAndWorkPlan() {
        long id = journeys.registerNational("Decided with its proposal in view");
        JsonNode proposal = journeys.upload(id, "PROPOSAL", "项目建议书");
        journeys.upload(id, "DRAFT_OUTLINE", "标准草案大纲");
        journeys.complete("secretary", id, "submitProposal");
        String panel = material("sac", id, "approveProposal", "en");
        assertThat(panel)
                .contains("What you decide on", "Proposal", "Draft or outline", "Version 1")
                .contains("href=\"/api/standards/" + id + "/documents/"
                        + proposal.get("id").asLong() + "/content\"")
                .contains("SHA-256 " + proposal.get("sha256").asText())
                .contains("Support of the members", "href=\"/standards/" + id + "#proposal-support\"")
                .contains("Work plan", "href=\"/standards/" + id + "#work-plan\"");
        assertThat(material("sac", id, "approveProposal", "zh"))
                .contains("决策依据", "项目建议", "第 1 版", "委员支持情况", "工作计划")
                .doesNotContain("Version 1");
    }

    @Test
    void theApproverSeesThePackageAsSubmittedTheReviewsResultAndTheNotesBefore() {
        long id = journeys.registerNational("Decided with its package in view");
        journeys.toApproval(id);
        journeys.approvalDocuments(id);
        journeys.complete("secretary", id, "submitForApproval", Map.of("comment", "All comments resolved; ready."));
        assertThat(material("miit", id, "reviewSubmission", "en"))
                .as("the department sees the secretariat's note, and no opinion before it gives its own")
                .contains("All comments resolved; ready.")
                .doesNotContain("Opinion of the competent department");
        journeys.complete(
                "miit", id, "reviewSubmission", Map.of("outcome", "APPROVE", "comment", "Endorsed by the department."));
        JsonNode submission = api.as("sac")
                .get("/api/standards/" + id + "/submissions")
                .body()
                .get(0);

        String panel = material("sac", id, "approvePublication", "en");
        assertThat(panel)
                .contains("Package submitted for approval", "href=\"/api/standards/" + id + "/package\"")
                .contains("SHA-256 " + submission.get("packageSha256").asText())
                .contains("Draft for approval", "Drafting explanation", "Review meeting minutes")
                .contains("Comments received 0", "/api/standards/" + id + "/resolution-table?format=xlsx")
                .contains("Result of the technical review", "Passed: 4 approve")
                .contains("Note of the secretariat with the submission", "All comments resolved; ready.")
                .contains("Opinion of the competent department", "Endorsed by the department.", "miit");
        for (JsonNode documentId : submission.get("documentIds")) {
            assertThat(panel).contains("/api/standards/" + id + "/documents/" + documentId.asLong() + "/content");
        }
        assertThat(material("sac", id, "approvePublication", "zh"))
                .contains("报批材料包", "技术审查结果", "赞成 4 票", "秘书处报批说明", "主管部门意见", "收到意见 0 条")
                .doesNotContain("Passed", "Comments received");
    }

    @Test
    void aVoterSeesTheDraftTheExplanationAndTheResolution() {
        long id = journeys.registerNational("Voted with the draft in view");
        journeys.toTechnicalReview(id);
        String panel = material("reviewer1", id, "castVote", "en");
        assertThat(panel)
                .contains("Draft for review", "Drafting explanation", "Comment resolution table", "Comments received");
    }

    @Test
    void theAssociationSeesTheDeclarationItVerifies() {
        long id = journeys.importedPublished("Verified with the declaration in view " + Journeys.nextPlanNumber());
        String code = "91110108MA01ECL0U5";
        Api.Response declared = api.as("enterprise1")
                .post(
                        "/api/standards/" + id + "/adoptions",
                        Map.of(
                                "enterprise", "E-Cloud Ltd",
                                "creditCode", code,
                                "scope", "All public cloud regions",
                                "productsOrServices", "Elastic compute service",
                                "implementedOn",
                                        LocalDate.ofInstant(now(), ZONE)
                                                .minusDays(10)
                                                .toString(),
                                "evidence", "https://example.com/conformance/ecloud"));
        assertThat(declared.status()).as(declared.body().toString()).isEqualTo(201);
        assertThat(material("association", id, "verifyAdoption", "en"))
                .contains("E-Cloud Ltd", code, "All public cloud regions", "Elastic compute service")
                .contains("href=\"https://example.com/conformance/ecloud\"", "rel=\"noopener noreferrer\"");
    }

    /** The material panel of the standard's open task of that key, as the user reads it in that language. */
    private String material(String user, long standardId, String key, String language) {
        String taskId = journeys.task(user, standardId, key).get("id").asText();
        Api.FileResponse page = api.as(user).fetchIn(language, "/tasks/" + taskId);
        assertThat(page.status()).isEqualTo(200);
        Matcher panel = MATERIAL.matcher(page.text());
        assertThat(panel.find()).as("a material panel on the page of " + key).isTrue();
        return panel.group();
    }
}
