package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.Refusals;
import org.stdtrack.support.WriteGuard;

/**
 * The worklist as each demo user meets it: what is on their list with its form, who may see, claim and work a task, and how a completion is checked against the model while a refused one writes nothing. Runs on H2 and on PostgreSQL.
 */
abstract class WorklistTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Autowired
    Refusals refusals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void taskListShowsTheCallersWorkWithItsFormFromTheModel() {
        long id = journeys.registerNational("Task list shape");
        journeys.complete("secretary", id, "submitProposal");
        JsonNode task = journeys.task("sac", id, "approveProposal");
        assertThat(task.get("name").asText()).isEqualTo("Approve proposal");
        assertThat(task.get("standardId").asLong()).isEqualTo(id);
        assertThat(task.get("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(task.get("candidateGroups").findValuesAsText("")).isEmpty();
        assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("approverSAC");
        assertThat(task.get("outcomes").toString()).isEqualTo("[\"APPROVE\",\"REVISE\",\"REJECT\"]");
        assertThat(task.get("fields").findValuesAsText("id")).containsExactly("planNumber", "comment");
        assertThat(task.get("created").asText()).isNotBlank();
        assertThat(api.as("secretary").get("/api/tasks?standard=" + id).body()).isEmpty();
        assertThat(api.as("miit").get("/api/tasks?standard=" + id).body()).isEmpty();
    }

    @Test
    void aTaskCompletedOnAnotherNodeSinceTheListWasReadIsLeftOut() {
        long id = journeys.registerNational("Task completed meanwhile");
        // The projection still lists a task the engine no longer has, of a model version not yet read here.
        jdbc.sql("""
                insert into open_task (task_id, standard_id, task_key, name, process_definition_id, created_at)
                values ('gone-elsewhere', ?, 'submitProposal', 'Submit proposal', 'standardLifecycle:999:gone', ?)""").params(id, Timestamps.toDb(Instant.now())).update();
        jdbc.sql("insert into open_task_candidate (task_id, group_id) values ('gone-elsewhere', 'secretariatTC28SC38')")
                .update();
        try {
            Api.Response list = api.as("secretary").get("/api/tasks?standard=" + id);
            assertThat(list.status()).isEqualTo(200);
            List<String> listed = new ArrayList<>();
            list.body().forEach(task -> listed.add(task.get("id").asText()));
            assertThat(listed).doesNotContain("gone-elsewhere").hasSize(1);
        } finally {
            jdbc.sql("delete from open_task where task_id = 'gone-elsewhere'").update();
        }
    }

    @Test
    void aTaskIsSeenAndWorkedOnlyByItsGroupOrAssignee() {
        long id = journeys.registerNational("Who works the task");
        String taskId =
                journeys.task("secretary", id, "submitProposal").get("id").asText();
        for (String outsider : List.of("reviewer1", "drafter", "secretary2", "sac", "enterprise1", "observer")) {
            assertProblem(guard.unchangedBy(() -> api.as(outsider).get("/api/tasks/" + taskId)), 404);
            assertProblem(
                    guard.unchangedBy(() -> api.as(outsider).post("/api/tasks/" + taskId + "/claim", Map.of())), 404);
            assertProblem(
                    guard.unchangedBy(() -> api.as(outsider).post("/api/tasks/" + taskId + "/complete", Map.of())),
                    404);
            assertThat(api.as(outsider).get("/api/tasks").body().findValuesAsText("id"))
                    .doesNotContain(taskId);
        }
        assertThat(api.as("admin").get("/api/tasks/" + taskId).status())
                .as("administrators see every task")
                .isEqualTo(200);
        assertProblem(
                guard.unchangedBy(() -> api.as("admin").post("/api/tasks/" + taskId + "/complete", Map.of())), 403);
        assertProblem(api.as("secretary").get("/api/tasks/no-such-task"), 404);
    }

    @Test
    void claimingReservesATaskAndCompletingTwiceIsAConflict() {
        long id = journeys.registerNational("Claim and complete");
        String taskId =
                journeys.task("secretary", id, "submitProposal").get("id").asText();
        Api.Response claimed = api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.text("assignee")).isEqualTo("secretary");
        Api.Response unclaimed = api.as("secretary").post("/api/tasks/" + taskId + "/unclaim", Map.of());
        assertThat(unclaimed.text("assignee")).isNull();
        api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(api.as("secretary")
                        .post("/api/tasks/" + taskId + "/complete", Map.of())
                        .status())
                .isEqualTo(200);

        Api.Response again =
                guard.unchangedBy(() -> api.as("secretary").post("/api/tasks/" + taskId + "/complete", Map.of()));
        assertProblem(again, 409);
        assertThat(again.text("detail")).contains("already been completed");
        assertProblem(api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of()), 409);
    }

    @Test
    void aVoteTaskBelongsToItsVoterAlone() {
        long id = journeys.registerNational("Personal ballots");
        journeys.toTechnicalReview(id);
        String reviewer1Vote =
                journeys.task("reviewer1", id, "castVote").get("id").asText();
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer2")
                        .post("/api/tasks/" + reviewer1Vote + "/complete", Map.of("vote", "APPROVE"))),
                404);
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer1").post("/api/tasks/" + reviewer1Vote + "/unclaim", Map.of())),
                409);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("reviewer1").post("/api/tasks/" + reviewer1Vote + "/complete", Map.of("vote", "MAYBE"))),
                422);
    }

    @Test
    void aRefusedCompletionOnThePageSaysWhatIsMissingInTheReadersLanguage() {
        long id = journeys.registerNational("Task form refusals in words");
        journeys.complete("secretary", id, "submitProposal");
        String task = journeys.task("sac", id, "approveProposal").get("id").asText();
        String path = "/tasks/" + task + "/complete";

        Api.FileResponse noDecision = guard.unchangedBy(() -> api.as("sac").submitFormIn("zh", path, Map.of()));
        assertThat(noDecision.status()).isEqualTo(422);
        assertThat(noDecision.text()).contains("请选择决定。").doesNotContain("is required", "allowed values");
        assertThat(noDecision.text())
                .as("beside the decision it is about")
                .containsPattern("<fieldset[^>]*id=\"decision\"[^>]*aria-describedby=\"decision-error\"")
                .contains("<p class=\"field-error\" id=\"decision-error\">请选择决定。</p>");
        Api.FileResponse twoFaults =
                guard.unchangedBy(() -> api.as("sac").submitFormIn("en", path, Map.of("planNumber", "9".repeat(65))));
        assertThat(twoFaults.text())
                .as("all at once: the list at the top, each beside its field")
                .contains("href=\"#decision\"", "href=\"#planNumber\"")
                .contains("id=\"decision-error\"", "id=\"planNumber-error\"")
                .containsPattern("id=\"planNumber\"[^>]*aria-invalid=\"true\"");

        Api.FileResponse noPlanNumber =
                guard.unchangedBy(() -> api.as("sac").submitFormIn("zh", path, Map.of("decision", "APPROVE")));
        assertThat(noPlanNumber.text())
                .contains("请填写计划号：决定为&quot;同意&quot;时必须填写。")
                .doesNotContain("'planNumber' is required", "is required when");
        assertThat(api.as("sac")
                        .submitFormIn("en", path, Map.of("decision", "APPROVE"))
                        .text())
                .contains("Fill in Plan number: the decision Approve needs it.");
    }

    @Test
    void completionsAreValidatedAgainstTheModelAndWriteNothingWhenRefused() {
        long id = journeys.registerNational("Completion validation");
        journeys.complete("secretary", id, "submitProposal");
        String taskId = journeys.task("sac", id, "approveProposal").get("id").asText();
        String path = "/api/tasks/" + taskId + "/complete";

        Api.Response noOutcome = refusals.ofCompletion(path, Map.of(), 422, "outcome");
        assertThat(noOutcome.text("detail")).contains("APPROVE, REVISE, REJECT");
        refusals.ofCompletion(path, Map.of("outcome", "MAYBE"), 422, "outcome");
        refusals.ofCompletion(path, Map.of("outcome", "APPROVE"), 422, "planNumber");
        refusals.ofCompletion(path, Map.of("outcome", "REVISE", "comment", " "), 422, "comment");
        refusals.ofCompletion(path, Map.of("outcome", "APPROVE", "planNumber", 7), 400, "planNumber");
        refusals.ofCompletion(path, Map.of("outcome", "APPROVE", "planNumber", "P-1", "colour", "red"), 400, "colour");
        refusals.ofCompletion(path, Map.of("outcome", "APPROVE", "planNumber", "x".repeat(10_001)), 422, "planNumber");
        assertProblem(
                guard.unchangedBy(() -> api.as("sac").postRaw(path, "{\"outcome\":", MediaType.APPLICATION_JSON)), 400);
        assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
        journeys.complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "P-1"));
    }
}
