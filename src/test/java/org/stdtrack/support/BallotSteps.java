package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The steps of an international ballot through the API, each checked to have worked: a committee mirrored by
 * TC28-SC38 and a project to hold it, the ballot, members' comments, the secretariat's decisions, its position
 * and the dispositions.
 */
public final class BallotSteps {

    private final Api api;

    public BallotSteps(Api api) {
        this.api = api;
    }

    /** An international committee whose national mirror is the demo's national committee: its code. */
    public String committee(String code) {
        Map<String, Object> committee = new HashMap<>();
        committee.put("code", code);
        committee.put("body", "ISO_IEC_JTC1");
        committee.put("nameEn", "Cloud computing and distributed platforms");
        committee.put("nameZh", "云计算和分布式平台");
        committee.put("chinaMembership", "P");
        committee.put("mirrorCommittee", Demo.NATIONAL);
        Api.Response created = api.as("admin").post("/api/international/committees", committee);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    /** A China-led project at the enquiry ballot (40.20) of the demo programme, kept by its mirror: its id. */
    public long project(String committee, String reference, String title) {
        Map<String, Object> project = new HashMap<>();
        project.put("programme", Demo.PROGRAMME);
        project.put("body", "ISO");
        project.put("reference", reference);
        project.put("title", title);
        project.put("titleZh", "云计算 概念和术语");
        project.put("ownerCommittee", committee);
        project.put("deliverableType", "IS");
        project.put("stage", "40.20");
        project.put("chinaRole", "LED");
        Api.Response created = api.as("secretary").post("/api/international/projects", project);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    public JsonNode open(long project, String type, LocalDate opensOn, LocalDate closesOn) {
        Api.Response opened = api.as("secretary")
                .post(
                        "/api/international/projects/" + project + "/ballots",
                        Map.of("type", type, "opensOn", opensOn.toString(), "closesOn", closesOn.toString()));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        assertThat(opened.location())
                .endsWith("/api/international/ballots/" + opened.get("id").asLong());
        return opened.body();
    }

    public long comment(String user, long ballot, String type, String clause, String text) {
        Api.Response made = api.as(user)
                .post("/api/international/ballots/" + ballot + "/comments", commentBody(type, clause, text));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        assertThat(made.text("author")).isEqualTo(user);
        return made.get("id").asLong();
    }

    public static Map<String, Object> commentBody(String type, String clause, String text) {
        return Map.of("clause", clause, "type", type, "comment", text, "proposedChange", "Reword.");
    }

    public void decide(long ballot, long comment, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        Api.Response decided = api.as("secretary")
                .put("/api/international/ballots/" + ballot + "/comments/" + comment + "/decision", body);
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(decided.text("decision")).isEqualTo(decision);
    }

    /** The secretariat's position task for the ballot, from its worklist; null when none is there. */
    public JsonNode positionTaskOrNull(String user, long ballot) {
        for (JsonNode task : api.as(user).get("/api/tasks").body()) {
            if (task.get("key").asText().equals("submitNationalPosition")
                    && task.get("subject").get("key").asText().equals("intl-ballot:" + ballot)) {
                return task;
            }
        }
        return null;
    }

    public JsonNode positionTask(String user, long ballot) {
        JsonNode task = positionTaskOrNull(user, ballot);
        assertThat(task).as("the position task is on " + user + "'s list").isNotNull();
        return task;
    }

    public void submit(long ballot, String vote) {
        String task = positionTask("secretary", ballot).get("id").asText();
        Api.Response submitted = api.as("secretary").post("/api/tasks/" + task + "/complete", Map.of("vote", vote));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
    }

    public void dispose(long ballot, Map<Long, String> dispositions) {
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
