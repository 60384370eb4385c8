package org.stdtrack.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/**
 * A published standard's working material stays with its committee (issue 27, item 3): its consultation
 * comments (authors, organisations, resolutions), meeting rolls, work plan, members' positions and plan
 * changes are neither served to an enterprise nor to another committee's secretariat, on the API or on the
 * page, though both see the standard itself. Checked by content, not only by status.
 */
@OnH2
class WorkingMaterialOnH2Test {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    /** A standard published after a consultation with a reviewer's comment and one recorded from a letter. */
    private long publishedWithComments() {
        long id = journeys.registerNational("Published with its working material");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        String comments = "/api/standards/" + id + "/comments";
        api.as("reviewer1")
                .post(comments, Map.of("clause", "5.2", "type", "TECHNICAL", "text", "Remark kept in the committee"));
        api.as("secretary")
                .post(
                        comments,
                        Map.of(
                                "clause",
                                "6.3",
                                "type",
                                "TECHNICAL",
                                "text",
                                "Remark sent by letter",
                                "organisation",
                                "公安部第三研究所",
                                "channel",
                                "LETTER"));
        journeys.closeConsultation(id);
        api.as("drafter")
                .get(comments)
                .body()
                .forEach(c -> api.as("drafter")
                        .put(
                                comments + "/" + c.get("id").asLong() + "/resolution",
                                Map.of("resolution", "NOT_ACCEPTED", "reason", "Resolution kept in the committee")));
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        journeys.ballotPasses(id);
        journeys.publish(id, journeys.nextNumber("GB/T"));
        return id;
    }

    @Test
    void aPublishedStandardsCommentsAndPapersStayWithItsCommittee() {
        long id = publishedWithComments();
        String insider = "secretary";
        String otherSecretariat = "secretary2";
        JsonNode comments =
                api.as("admin").get("/api/standards/" + id + "/comments").body();
        List<String> secrets = new ArrayList<>();
        comments.forEach(c -> secrets.add(c.get("text").asText()));
        secrets.add("公安部第三研究所");
        secrets.add("Resolution kept in the committee");
        assertThat(comments).hasSize(2);
        assertThat(api.as(insider).get("/api/standards/" + id + "/comments").body())
                .as("the committee reads its working material")
                .hasSameSizeAs(comments);

        for (String outsider : List.of("enterprise1", otherSecretariat)) {
            assertThat(api.as(outsider).get("/api/standards/" + id).status())
                    .as("%s sees the published standard itself", outsider)
                    .isEqualTo(200);
            for (String material : List.of(
                    "comments",
                    "comments/" + comments.get(0).get("id").asLong(),
                    "review-meetings",
                    "work-plan",
                    "proposal-support",
                    "proposal-comments",
                    "plan-changes",
                    "extension-requests")) {
                Api.Response refused = api.as(outsider).get("/api/standards/" + id + "/" + material);
                assertProblem(refused, 403);
                assertThat(refused.body().toString()).as(material).doesNotContain(secrets.get(0));
            }
            String page = api.as(outsider).fetch("/standards/" + id).text();
            assertThat(page).contains("id=\"facts-heading\"").doesNotContain("id=\"comments\"");
            secrets.forEach(text -> assertThat(page).as("%s's page", outsider).doesNotContain(text));
        }
        String ownPage = api.as(insider).fetch("/standards/" + id).text();
        assertThat(ownPage).contains("id=\"comments\"").contains(secrets.get(0));
    }
}
