package org.stdtrack.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

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
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, comment)), 403);
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

    private Map<String, Object> with(String field, Object value) {
        return with(journeys.nationalStandard("Validation subject"), field, value);
    }

    private static Map<String, Object> with(Map<String, ?> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
