package org.stdtrack.audit;

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

/**
 * The audit trail: actions and refused attempts are recorded, and shown to the committee and administrators only. Runs on H2 and on PostgreSQL.
 */
abstract class AuditTrailTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Test
    void theAuditTrailRecordsActionsAndRefusedAttemptsOnTasks() {
        long id = journeys.registerNational("Audited standard");
        String taskId =
                journeys.task("secretary", id, "submitProposal").get("id").asText();
        assertProblem(api.as("admin").post("/api/tasks/" + taskId + "/complete", Map.of()), 403);
        assertProblem(api.as("reviewer1").post("/api/tasks/" + taskId + "/claim", Map.of()), 404);
        api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        journeys.complete("secretary", id, "submitProposal");
        assertProblem(api.as("secretary").post("/api/tasks/" + taskId + "/complete", Map.of()), 409);

        JsonNode trail =
                api.as("secretary").get("/api/standards/" + id + "/audit").body();
        List<String> lines = new ArrayList<>();
        trail.forEach(e -> lines.add(e.get("actor").asText() + " "
                + e.get("action").asText() + " " + e.get("outcome").asText()
                + (e.get("status").isNull() ? "" : " " + e.get("status").asInt())));
        assertThat(lines)
                .containsExactly(
                        "secretary REGISTER DONE",
                        "admin COMPLETE_TASK REFUSED 403",
                        "reviewer1 CLAIM_TASK REFUSED 404",
                        "secretary CLAIM_TASK DONE",
                        "secretary COMPLETE_TASK DONE",
                        "secretary COMPLETE_TASK REFUSED 409");
        assertThat(trail.get(4).get("target").asText()).isEqualTo(taskId);
        assertThat(trail.get(4).get("detail").asText()).isEqualTo("submitProposal");
        assertThat(trail.get(0).get("time").asText()).isNotBlank();
    }

    @Test
    void theAuditTrailIsForTheCommitteeAndAdministrators() {
        long id = journeys.registerNational("Audit readers");
        for (String user : List.of("admin", "secretary", "drafter", "reviewer2")) {
            assertThat(api.as(user).get("/api/standards/" + id + "/audit").status())
                    .as(user)
                    .isEqualTo(200);
        }
        assertProblem(api.as("sac").get("/api/standards/" + id + "/audit"), 403);
        assertProblem(api.as("observer").get("/api/standards/" + id + "/audit"), 403);
        assertProblem(api.as("enterprise1").get("/api/standards/" + id + "/audit"), 404);
        assertProblem(api.as("secretary2").get("/api/standards/" + id + "/audit"), 404);
    }
}
