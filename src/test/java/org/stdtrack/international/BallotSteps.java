package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.stdtrack.support.Api;

/** The steps of an international ballot through the API, each checked to have worked. */
final class BallotSteps {

    private final Api api;

    BallotSteps(Api api) {
        this.api = api;
    }

    JsonNode open(long project, String type, LocalDate opensOn, LocalDate closesOn) {
        Api.Response opened = api.as("secretary")
                .post(
                        "/api/international/projects/" + project + "/ballots",
                        Map.of("type", type, "opensOn", opensOn.toString(), "closesOn", closesOn.toString()));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        assertThat(opened.location())
                .endsWith("/api/international/ballots/" + opened.get("id").asLong());
        return opened.body();
    }

    long comment(String user, long ballot, String type, String clause, String text) {
        Api.Response made = api.as(user)
                .post("/api/international/ballots/" + ballot + "/comments", commentBody(type, clause, text));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        assertThat(made.text("author")).isEqualTo(user);
        return made.get("id").asLong();
    }

    static Map<String, Object> commentBody(String type, String clause, String text) {
        return Map.of("clause", clause, "type", type, "comment", text, "proposedChange", "Reword.");
    }

    void decide(long ballot, long comment, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        Api.Response decided = api.as("secretary")
                .put("/api/international/ballots/" + ballot + "/comments/" + comment + "/decision", body);
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(decided.text("decision")).isEqualTo(decision);
    }

    /** The secretariat's position task for the ballot, from its worklist; null when none is there. */
    JsonNode positionTaskOrNull(String user, long ballot) {
        for (JsonNode task : api.as(user).get("/api/tasks").body()) {
            if (task.get("key").asText().equals("submitNationalPosition")
                    && task.get("subject").get("key").asText().equals("intl-ballot:" + ballot)) {
                return task;
            }
        }
        return null;
    }

    JsonNode positionTask(String user, long ballot) {
        JsonNode task = positionTaskOrNull(user, ballot);
        assertThat(task).as("the position task is on " + user + "'s list").isNotNull();
        return task;
    }

    void submit(long ballot, String vote) {
        String task = positionTask("secretary", ballot).get("id").asText();
        Api.Response submitted = api.as("secretary").post("/api/tasks/" + task + "/complete", Map.of("vote", vote));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
    }

    void dispose(long ballot, Map<Long, String> dispositions) {
        Api.Response recorded = api.as("secretary")
                .post(
                        "/api/international/ballots/" + ballot + "/dispositions",
                        Map.of(
                                "dispositions",
                                dispositions.entrySet().stream()
                                        .map(e -> Map.of("commentId", e.getKey(), "disposition", e.getValue()))
                                        .toList()));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
    }
}
