package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.BallotSteps;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * An international ballot as the national mirror committee works it: members comment, the secretariat decides on
 * each comment and submits China's vote with the accepted ones (its task, on the worklist like any other), the
 * disapproval rule, nothing after the close, the missed ballot, and the dispositions. On H2 and PostgreSQL.
 */
abstract class NationalPositionTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    JdbcClient jdbc;

    private BallotSteps steps;

    @BeforeEach
    void steps() {
        steps = new BallotSteps(api);
    }

    private final int serial = SERIAL.incrementAndGet() * 1000 + (int) (System.nanoTime() % 1000);

    @Test
    void thePositionCarriesTheAcceptedCommentsAndADisapprovalItsTechnicalReasons() {
        long project = project();
        LocalDate today = today();
        JsonNode ballot = steps.open(project, "DIS", today, today.plusDays(30));
        long id = ballot.get("id").asLong();
        assertThat(ballot.get("nationalDeadline").asText())
                .as("the close less the policy's seven days")
                .isEqualTo(today.plusDays(23).toString());
        String path = "/api/international/ballots/" + id;
        Map<String, Object> sameAgain = Map.of(
                "type",
                "DIS",
                "opensOn",
                today.toString(),
                "closesOn",
                today.plusDays(30).toString());
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary2").post("/api/international/projects/" + project + "/ballots", sameAgain)),
                403);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                "/api/international/projects/" + project + "/ballots",
                                Map.of(
                                        "type",
                                        "DIS",
                                        "opensOn",
                                        today.toString(),
                                        "closesOn",
                                        today.minusDays(1).toString()))),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                "/api/international/projects/" + project + "/ballots",
                                Map.of("type", "XX", "opensOn", today.toString(), "closesOn", today.toString()))),
                400);

        long technical = steps.comment("reviewer1", id, "te", "5.2", "The definition of tenant is circular.");
        long editorial = steps.comment("drafter", id, "ed", "3.1", "Use the term cloud service customer.");
        long general = steps.comment("reviewer2", id, "ge", "1", "The scope repeats part 1.");
        for (String outsider : List.of("secretary2", "observer", "enterprise1")) {
            assertProblem(
                    guard.unchangedBy(
                            () -> api.as(outsider).post(path + "/comments", BallotSteps.commentBody("te", "1", "No."))),
                    403);
        }
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(path + "/comments", BallotSteps.commentBody("xx", "1", "Unknown type"))),
                400);

        assertProblem(
                guard.unchangedBy(() -> api.as("drafter")
                        .put(path + "/comments/" + technical + "/decision", Map.of("decision", "ACCEPTED"))),
                403);
        Api.Response noReason = guard.unchangedBy(() ->
                api.as("secretary").put(path + "/comments/" + technical + "/decision", Map.of("decision", "REJECTED")));
        assertProblem(noReason, 422);
        assertThat(noReason.text("field")).isEqualTo("reason");
        steps.decide(id, technical, "REJECTED", "Part 1 defines it.");
        steps.decide(id, editorial, "ACCEPTED", null);

        JsonNode task = steps.positionTask("secretary", id);
        assertThat(task.get("subject").get("path").asText()).isEqualTo("/international/ballots/" + id + "/position");
        assertThat(task.get("standardId").isNull()).isTrue();
        assertThat(task.get("due").asText())
                .as("due at the end of the national deadline's day")
                .isNotBlank();
        assertThat(steps.positionTaskOrNull("reviewer1", id))
                .as("a member does not work the position")
                .isNull();
        String complete = "/api/tasks/" + task.get("id").asText() + "/complete";
        String token = api.as("secretary").post("/api/me/feed-token", Map.of()).text("token");
        String calendar =
                api.as(null).fetch("/feeds/" + token + "/deadlines.ics").text();
        assertThat(calendar)
                .as("the national deadline in the secretariat's calendar, named by its ballot")
                .contains("UID:task-" + task.get("id").asText(), "Submit national position");
        assertThat(calendar.replaceAll("\\r\\n[ \\t]", "")).contains("DIS — Cloud computing");

        Api.Response undecided = guard.unchangedBy(() -> api.as("secretary").post(complete, Map.of("vote", "APPROVE")));
        assertProblem(undecided, 422);
        assertThat(undecided.body().toString()).contains("1 comment");
        steps.decide(id, general, "REJECTED", "Out of scope.");

        Api.Response noReasons =
                guard.unchangedBy(() -> api.as("secretary").post(complete, Map.of("vote", "DISAPPROVE")));
        assertProblem(noReasons, 422);
        assertThat(noReasons.text("field")).isEqualTo("vote");
        assertThat(noReasons.body().toString()).contains("technical");

        steps.decide(id, technical, "ACCEPTED", null);
        Api.Response submitted =
                api.as("secretary").post(complete, Map.of("vote", "DISAPPROVE", "comment", "Not ready."));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);

        JsonNode position = api.as("reviewer3").get(path).body();
        assertThat(position.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(position.get("position").get("vote").asText()).isEqualTo("DISAPPROVE");
        assertThat(position.get("position").get("onTime").asBoolean()).isTrue();
        assertThat(ids(position.get("position").get("comments")))
                .as("the accepted comments only")
                .containsExactlyInAnyOrder(technical, editorial);
        assertThat(position.get("comments")).hasSize(3);

        JsonNode outside = api.as("enterprise1").get(path).body();
        assertThat(outside.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(outside.get("position").isNull())
                .as("the vote is the mirror's")
                .isTrue();
        assertThat(outside.get("comments").isNull()).isTrue();
        assertThat(outside.toString()).doesNotContain("circular", "DISAPPROVE", "reviewer1");

        assertProblem(
                guard.unchangedBy(() ->
                        api.as("reviewer1").post(path + "/comments", BallotSteps.commentBody("te", "2", "Late."))),
                409);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .put(path + "/comments/" + general + "/decision", Map.of("decision", "ACCEPTED"))),
                409);

        Map<String, Object> dispositions = Map.of(
                "dispositions",
                List.of(
                        Map.of("commentId", technical, "disposition", "ACCEPTED_MODIFIED"),
                        Map.of("commentId", editorial, "disposition", "NOTED")));
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path + "/dispositions", dispositions)), 409);
        passTime(Period.ofDays(31));
        Api.Response notSent = guard.unchangedBy(() -> api.as("secretary")
                .post(
                        path + "/dispositions",
                        Map.of("dispositions", List.of(Map.of("commentId", general, "disposition", "REJECTED")))));
        assertProblem(notSent, 422);
        assertThat(notSent.body().toString()).contains(String.valueOf(general));
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(path + "/dispositions", dispositions)), 403);
        Api.Response recorded = api.as("secretary").post(path + "/dispositions", dispositions);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        Map<Long, String> byComment = new HashMap<>();
        recorded.get("comments")
                .forEach(c ->
                        byComment.put(c.get("id").asLong(), c.get("disposition").asText()));
        assertThat(byComment)
                .containsEntry(technical, "ACCEPTED_MODIFIED")
                .containsEntry(editorial, "NOTED")
                .containsEntry(general, "null");
    }

    @Test
    void aBallotClosedWithoutAPositionIsMissedAndItsSecretariatTold() {
        long project = project();
        LocalDate today = today();
        long id = steps.open(project, "CD", today, today.plusDays(10)).get("id").asLong();
        String path = "/api/international/ballots/" + id;
        long comment = steps.comment("reviewer1", id, "te", "4", "Add a test method.");
        JsonNode task = steps.positionTask("secretary", id);
        steps.decide(id, comment, "ACCEPTED", null);

        passTime(Period.ofDays(11));
        Api.Response afterClose = guard.unchangedBy(() -> api.as("secretary")
                .post("/api/tasks/" + task.get("id").asText() + "/complete", Map.of("vote", "APPROVE")));
        assertProblem(afterClose, 409);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("reviewer1").post(path + "/comments", BallotSteps.commentBody("te", "2", "Late."))),
                409);

        assertThat(journeys.fireDueTimersOf(processInstance(id))).isEqualTo(1);
        assertThat(api.as("secretary").get(path).text("status")).isEqualTo("MISSED");
        assertThat(steps.positionTaskOrNull("secretary", id))
                .as("the task went with the close")
                .isNull();
        JsonNode told = null;
        for (JsonNode item :
                api.as("secretary").get("/api/me/notifications/inbox?size=200").get("items")) {
            if (item.get("kind").asText().equals("BALLOT_MISSED")
                    && item.toString().contains("/ballots/" + id + "/")) {
                told = item;
            }
        }
        assertThat(told).as("the mirror's secretariat is told").isNotNull();
        assertThat(api.as("secretary2")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .doesNotContain("/ballots/" + id + "/");
    }

    @Test
    void refusalsNameWhatIsWrongAndWriteNothing() {
        long project = project();
        LocalDate today = today();
        String ballots = "/api/international/projects/" + project + "/ballots";
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                ballots,
                                Map.of(
                                        "type",
                                        "DIS",
                                        "opensOn",
                                        today.toString(),
                                        "closesOn",
                                        today.plusDays(367).toString()))),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                ballots,
                                Map.of(
                                        "type",
                                        "DIS",
                                        "opensOn",
                                        today.minusDays(20).toString(),
                                        "closesOn",
                                        today.minusDays(1).toString()))),
                422);
        assertProblem(api.as("secretary").get("/api/international/ballots/999999999"), 404);
        assertProblem(api.as("secretary").get("/api/international/projects/999999999/ballots"), 404);

        JsonNode shortBallot = steps.open(project, "SR", today, today.plusDays(3));
        assertThat(shortBallot.get("nationalDeadline").asText())
                .as("never before the opening")
                .isEqualTo(today.toString());
        long id = shortBallot.get("id").asLong();
        String path = "/api/international/ballots/" + id;
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").put(path + "/comments/999999999/decision", Map.of("decision", "ACCEPTED"))),
                404);
        long comment = steps.comment("reviewer4", id, "ed", "2", "Typo.");
        steps.decide(id, comment, "REJECTED", "Not a typo.");
        String complete =
                "/api/tasks/" + steps.positionTask("secretary", id).get("id").asText() + "/complete";
        Api.Response noneAccepted =
                guard.unchangedBy(() -> api.as("secretary").post(complete, Map.of("vote", "APPROVE_WITH_COMMENTS")));
        assertProblem(noneAccepted, 422);
        assertThat(noneAccepted.text("field")).isEqualTo("vote");
        steps.decide(id, comment, "ACCEPTED", null);
        steps.submit(id, "APPROVE_WITH_COMMENTS");
        passTime(Period.ofDays(4));
        Api.Response twice = guard.unchangedBy(() -> api.as("secretary")
                .post(
                        path + "/dispositions",
                        Map.of(
                                "dispositions",
                                List.of(
                                        Map.of("commentId", comment, "disposition", "NOTED"),
                                        Map.of("commentId", comment, "disposition", "REJECTED")))));
        assertProblem(twice, 422);
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("secretary").post(path + "/dispositions", Map.of("dispositions", List.of()))),
                422);

        Map<String, Object> unmirrored = new HashMap<>();
        unmirrored.put("code", "ITU-T SG" + serial);
        unmirrored.put("body", "ITU_T");
        unmirrored.put("nameEn", "No mirror");
        unmirrored.put("nameZh", "无对口");
        unmirrored.put("chinaMembership", "NONE");
        assertThat(api.as("admin")
                        .post("/api/international/committees", unmirrored)
                        .status())
                .isEqualTo(201);
        Map<String, Object> recommendation = new HashMap<>();
        recommendation.put("programme", Demo.PROGRAMME);
        recommendation.put("body", "ITU_T");
        recommendation.put("reference", "ITU-T Y." + serial);
        recommendation.put("title", "Unmirrored recommendation");
        recommendation.put("ownerCommittee", "ITU-T SG" + serial);
        recommendation.put("deliverableType", "REC");
        recommendation.put("stage", "UNDER_STUDY");
        recommendation.put("chinaRole", "MONITORING");
        long orphan = api.as("admin")
                .post("/api/international/projects", recommendation)
                .get("id")
                .asLong();
        assertProblem(
                guard.unchangedBy(() -> api.as("admin")
                        .post(
                                "/api/international/projects/" + orphan + "/ballots",
                                Map.of(
                                        "type",
                                        "LAST_CALL",
                                        "opensOn",
                                        today.toString(),
                                        "closesOn",
                                        today.plusDays(28).toString()))),
                409);
    }

    // ---- helpers ----

    private static LocalDate today() {
        return LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
    }

    private String processInstance(long ballot) {
        return jdbc.sql("select process_instance_id from intl_ballot where id = ?")
                .param(ballot)
                .query(String.class)
                .single();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private long project() {
        String committee = steps.committee("ISO/IEC JTC 1/SC " + serial + "-" + SERIAL.incrementAndGet());
        return steps.project(
                committee,
                "ISO/IEC 22123-" + serial + SERIAL.incrementAndGet(),
                "Cloud computing — Concepts and terminology");
    }
}
