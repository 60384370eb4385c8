package org.stdtrack.periodicreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Journeys.conclusionOf;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * The yearly periodic review batch: the secretariat proposes a conclusion per standard under review, submits
 * the committee's conclusions of the year together, its competent department endorses (or returns) them and
 * the approving body decides each; every refusal writes nothing, and the batch is read by the committee and
 * the programme-wide roles only. On H2 and PostgreSQL.
 */
abstract class ReviewBatchesTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    JdbcClient jdbc;

    private void propose(long id, String outcome, String reason) {
        journeys.complete(
                "secretary",
                id,
                "periodicReview",
                reason == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "comment", reason));
    }

    private JsonNode batch(String user) {
        Api.Response read = api.as(user).get(journeys.reviewBatch(NATIONAL));
        assertThat(read.status()).as(read.body().toString()).isEqualTo(200);
        return read.body();
    }

    private static List<Long> awaiting(JsonNode batch) {
        List<Long> ids = new ArrayList<>();
        batch.get("awaitingConclusion").forEach(a -> ids.add(a.get("standardId").asLong()));
        return ids;
    }

    @Test
    void aCommitteesConclusionsGoTogetherThroughItsDepartmentToTheApprovingBodyWhichDecidesEach() {
        long kept = journeys.importedUnderReview("Review batch: cloud service levels");
        long revised = journeys.importedUnderReview("Review batch: cloud federation");
        assertThat(awaiting(batch("secretary"))).contains(kept, revised);

        propose(kept, "CONFIRM", null);
        propose(revised, "WITHDRAW", "Superseded by the federation profile.");
        assertThat(journeys.openTaskKeys(kept)).as("it waits for the batch").isEmpty();
        JsonNode proposed = batch("secretary");
        assertThat(awaiting(proposed)).doesNotContain(kept, revised);
        assertThat(conclusionOf(proposed, revised).get("status").asText()).isEqualTo("PROPOSED");
        assertThat(conclusionOf(proposed, revised).get("reason").asText())
                .isEqualTo("Superseded by the federation profile.");

        JsonNode submitted = journeys.submitReviewBatch(NATIONAL);
        assertThat(conclusionOf(submitted, kept).get("status").asText()).isEqualTo("WITH_DEPARTMENT");
        assertThat(conclusionOf(submitted, kept).get("submittedBy").asText()).isEqualTo("secretary");
        assertThat(journeys.openTaskKeys(revised)).containsExactly("endorseReviewConclusion");
        assertProblem(
                guard.unchangedBy(() -> api.as("sac").post(journeys.reviewBatch(NATIONAL) + "/endorsement", Map.of())),
                403);
        Api.Response endorsed = api.as("miit").post(journeys.reviewBatch(NATIONAL) + "/endorsement", Map.of());
        assertThat(endorsed.status()).as(endorsed.body().toString()).isEqualTo(200);
        assertThat(conclusionOf(endorsed.body(), kept).get("status").asText()).isEqualTo("WITH_APPROVER");
        assertThat(conclusionOf(endorsed.body(), revised).get("endorsedBy").asText())
                .isEqualTo("miit");
        assertThat(journeys.openTaskKeys(kept)).containsExactly("decideReviewConclusion");

        Api.Response decided = api.as("sac")
                .post(
                        journeys.reviewBatch(NATIONAL) + "/decision",
                        Map.of(
                                "decisions",
                                List.of(
                                        Map.of("standardId", kept, "outcome", "CONFIRM"),
                                        Map.of(
                                                "standardId",
                                                revised,
                                                "outcome",
                                                "REVISE",
                                                "comment",
                                                "Still used: revise it rather than withdraw it."))));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        JsonNode keptConclusion = conclusionOf(decided.body(), kept);
        assertThat(keptConclusion.get("status").asText()).isEqualTo("DECIDED");
        assertThat(keptConclusion.get("decided").asText()).isEqualTo("CONFIRM");
        assertThat(keptConclusion.get("decidedBy").asText()).isEqualTo("sac");
        assertThat(conclusionOf(decided.body(), revised).get("decided").asText())
                .as("decided otherwise than proposed")
                .isEqualTo("REVISE");
        assertThat(journeys.stageCodes(kept)).last().isEqualTo("90.93");
        assertThat(journeys.stage(revised)).as("not withdrawn: revised").isEqualTo("IN_FORCE");
        assertThat(journeys.stageCodes(revised)).last().isEqualTo("90.92");
        assertThat(journeys.standard(revised).get("revisions")).hasSize(1);
        Api.Response again = guard.unchangedBy(() -> api.as("sac")
                .post(
                        journeys.reviewBatch(NATIONAL) + "/decision",
                        Map.of("decisions", List.of(Map.of("standardId", kept, "outcome", "CONFIRM")))));
        assertProblem(again, 422);
        assertThat(again.text("detail")).as("decided already").contains("has no conclusion awaiting");
    }

    @Test
    void aReturnedConclusionIsProposedAgainAndGoesWithTheNextSubmission() {
        long id = journeys.importedUnderReview("Review batch: cloud logging");
        propose(id, "AMEND", "Clause 5 needs the new log format.");
        journeys.submitReviewBatch(NATIONAL);
        journeys.complete(
                "miit",
                id,
                "endorseReviewConclusion",
                Map.of("outcome", "RETURN", "comment", "An amendment will not do."));
        JsonNode returned = conclusionOf(batch("secretary"), id);
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asText()).isEqualTo("An amendment will not do.");
        assertThat(awaiting(batch("secretary"))).contains(id);
        assertThat(journeys.openTaskKeys(id)).containsExactly("periodicReview");
        String page = api.as("secretary")
                .fetch("/tasks/"
                        + journeys.task("secretary", id, "periodicReview")
                                .get("id")
                                .asText())
                .text();
        assertThat(page).contains("An amendment will not do.", "Clause 5 needs the new log format.");

        propose(id, "REVISE", "A revision, then.");
        JsonNode again = conclusionOf(journeys.submitReviewBatch(NATIONAL), id);
        assertThat(again.get("status").asText()).isEqualTo("WITH_DEPARTMENT");
        assertThat(again.get("proposed").asText()).isEqualTo("REVISE");
        assertThat(journeys.openTaskKeys(id)).containsExactly("endorseReviewConclusion");
    }

    @Test
    void withoutACompetentDepartmentTheBatchGoesStraightToTheApprovingBody() {
        JsonNode before = journeys.changeCommittee(NATIONAL, Collections.singletonMap("competentDepartment", null));
        try {
            long id = journeys.importedUnderReview("Review batch: cloud metering");
            propose(id, "CONFIRM", null);
            JsonNode submitted = journeys.submitReviewBatch(NATIONAL);
            assertThat(conclusionOf(submitted, id).get("status").asText()).isEqualTo("WITH_APPROVER");
            assertThat(journeys.openTaskKeys(id)).containsExactly("decideReviewConclusion");
            assertThat(conclusionOf(submitted, id).get("endorsedBy").isNull()).isTrue();
            journeys.complete("sac", id, "decideReviewConclusion", Map.of("outcome", "CONFIRM"));
            assertThat(journeys.stageCodes(id)).last().isEqualTo("90.93");
        } finally {
            journeys.restoreCommittee(before);
        }
    }

    @Test
    void everyRefusedBatchRequestSaysWhyAndWritesNothing() {
        long first = journeys.importedUnderReview("Review batch refusals: one");
        long second = journeys.importedUnderReview("Review batch refusals: two");
        propose(first, "CONFIRM", null);
        propose(second, "CONFIRM", null);
        String path = journeys.reviewBatch(NATIONAL);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").post(path + "/submission", Map.of())), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path + "/submission", Map.of())), 404);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").post("/api/committees/NO-SUCH/review-batches/2030/submission", Map.of())),
                404);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post("/api/committees/" + NATIONAL + "/review-batches/1999/submission", Map.of())),
                409);
        journeys.submitReviewBatch(NATIONAL);
        journeys.complete("miit", first, "endorseReviewConclusion", Map.of("outcome", "ENDORSE"));
        journeys.complete("miit", second, "endorseReviewConclusion", Map.of("outcome", "ENDORSE"));

        Api.Response empty =
                guard.unchangedBy(() -> api.as("sac").post(path + "/decision", Map.of("decisions", List.of())));
        assertProblem(empty, 422);
        assertThat(empty.text("field")).isEqualTo("decisions");
        Api.Response stranger = guard.unchangedBy(() -> api.as("sac")
                .post(
                        path + "/decision",
                        Map.of("decisions", List.of(Map.of("standardId", 999_999, "outcome", "CONFIRM")))));
        assertProblem(stranger, 422);
        assertThat(stranger.text("field")).isEqualTo("decisions[0].standardId");
        Api.Response noReason = guard.unchangedBy(() -> api.as("sac")
                .post(
                        path + "/decision",
                        Map.of(
                                "decisions",
                                List.of(
                                        Map.of("standardId", first, "outcome", "CONFIRM"),
                                        Map.of("standardId", second, "outcome", "WITHDRAW")))));
        assertProblem(noReason, 422);
        assertThat(noReason.text("field"))
                .as("the task form's rule, named where the request says it")
                .isEqualTo("decisions[1].comment");
        assertThat(conclusionOf(batch("sac"), first).get("status").asText())
                .as("the first decision of the refused request is not kept")
                .isEqualTo("WITH_APPROVER");
        assertThat(jdbc.sql("""
                        select detail from audit_event
                         where actor = 'sac' and action = 'DECIDE_REVIEW_BATCH' and outcome = 'REFUSED'
                         order by id desc""").query(String.class).list())
                .as("the refusal is on record, after its rollback")
                .first()
                .asString()
                .contains("Standard " + second);
        Api.Response noOutcome = guard.unchangedBy(() ->
                api.as("sac").post(path + "/decision", Map.of("decisions", List.of(Map.of("standardId", first)))));
        assertProblem(noOutcome, 422);
        assertThat(noOutcome.text("field")).isEqualTo("decisions[0].outcome");
        assertProblem(
                guard.unchangedBy(() -> api.as("miit")
                        .post(
                                path + "/decision",
                                Map.of("decisions", List.of(Map.of("standardId", first, "outcome", "CONFIRM"))))),
                403);
        assertThat(api.as("secretary").get(path + "x").status())
                .as("not a year")
                .isEqualTo(400);
        for (String malformed : List.of(
                "{\"decisions\": [null]}",
                "{\"decisions\": \"all\"}",
                "{\"decisions\": [{\"standardId\": \"one\", \"outcome\": \"CONFIRM\"}]}",
                "{\"decisions\": [{\"standardId\": " + first + ", \"outcome\": \"MAYBE\"}]}",
                "{\"decisions\": [{\"standardId\": " + first + ", \"outcome\": \"CONFIRM\", \"extra\": 1}]}",
                "[]")) {
            Api.Response refused = guard.unchangedBy(
                    () -> api.as("sac").postRaw(path + "/decision", malformed, MediaType.APPLICATION_JSON));
            assertThat(refused.status()).as(malformed + ": " + refused.body()).isIn(400, 422);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void theBatchIsTheCommitteesWorkingMaterial() {
        long id = journeys.importedUnderReview("Review batch readers: cloud archive");
        propose(id, "WITHDRAW", "Nobody archives like this any more.");
        String path = journeys.reviewBatch(NATIONAL);
        for (String reader : List.of("secretary", "drafter", "reviewer1", "observer", "sac", "miit")) {
            assertThat(api.as(reader).get(path).body().toString())
                    .as(reader)
                    .contains("Nobody archives like this any more.");
        }
        // More views than the pool has connections: reading the conclusion gives its connection back.
        for (int view = 0; view < 12; view++) {
            assertThat(api.as("secretary").fetch("/standards/" + id).text())
                    .as("the standard's page shows the conclusion on its way")
                    .contains("Nobody archives like this any more.", "review-batch-link");
        }
        Api.FileResponse published = api.as("enterprise1").fetch("/standards/" + id);
        assertThat(published.status())
                .as("the standard is published: its page is for all")
                .isEqualTo(200);
        assertThat(published.text()).doesNotContain("Nobody archives like this any more.", "review-batch-link");
        for (String outsider : List.of("enterprise1", "secretary2")) {
            Api.Response refused = api.as(outsider).get(path);
            assertProblem(refused, 404);
            assertThat(refused.body().toString()).as(outsider).doesNotContain("archive");
            Api.FileResponse page = api.as(outsider).fetch(path.replace("/api", ""));
            assertThat(page.status()).as(outsider).isEqualTo(404);
            assertThat(page.text()).as(outsider).doesNotContain("archive");
        }
    }

    @Test
    void theBatchPageListsTheConclusionsAndOffersEachReaderWhatIsTheirsToDo() {
        long id = journeys.importedUnderReview("Review batch page: cloud inventory");
        propose(id, "CONFIRM", "Still current.");
        String page = journeys.reviewBatch(NATIONAL).replace("/api", "");
        String secretariat = api.as("secretary").fetch(page).text();
        assertThat(secretariat)
                .contains("Review batch page: cloud inventory", "Still current.", "id=\"review-submit\"");
        assertThat(secretariat).doesNotContain("id=\"review-endorse\"", "id=\"review-decide\"");
        assertThat(api.as("miit").fetch(page).text()).doesNotContain("id=\"review-submit\"");
        assertThat(api.as("secretary").fetchIn("zh", page).text()).contains("年度复审批次", "报送本批次");

        assertThat(api.as("secretary")
                        .submitForm(page + "/submission", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(api.as("miit").fetch(page).text()).contains("id=\"review-endorse\"");
        assertThat(api.as("miit").submitForm(page + "/endorsement", Map.of()).status())
                .isEqualTo(302);
        String approver = api.as("sac").fetch(page).text();
        assertThat(approver).contains("id=\"review-decide\"", "name=\"outcome-" + id + "\"");
        assertThat(api.as("sac")
                        .submitForm(page + "/decision", Map.of("outcome-" + id, "CONFIRM", "comment-" + id, ""))
                        .status())
                .isEqualTo(302);
        assertThat(conclusionOf(batch("sac"), id).get("decided").asText()).isEqualTo("CONFIRM");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("90.93");
        assertThat(api.as("sac")
                        .submitForm(page + "/decision", Map.of("outcome-" + id, "MAYBE"))
                        .status())
                .as("a tampered form")
                .isEqualTo(422);
    }
}
