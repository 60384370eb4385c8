package org.stdtrack.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestAccounts;
import org.stdtrack.support.WriteGuard;

/**
 * Technical review at a meeting (会审): scheduled with its papers' notice, attendance against all members,
 * votes in the tracker or on paper, the minutes before the result, consensus or the vote on the committee's
 * bases; and a contested review by correspondence going to a meeting. Runs on H2 and on PostgreSQL.
 */
abstract class ReviewMeetingsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    TestAccounts accounts;

    /** A TC28-SC38 standard submitted for review while its committee reviews at meetings. */
    private long atMeeting(String title) {
        JsonNode committee = journeys.changeCommittee(NATIONAL, Map.of("reviewMode", "MEETING"));
        try {
            long id = journeys.registerNational(title);
            journeys.toTechnicalReview(id);
            return id;
        } finally {
            journeys.restoreCommittee(committee);
        }
    }

    private static String meeting(long id) {
        return "/api/standards/" + id + "/review-meeting";
    }

    private Api.Response schedule(String user, long id, Duration fromNow) {
        return api.as(user)
                .put(
                        meeting(id),
                        Map.of(
                                "meetingAt",
                                now().plus(fromNow)
                                        .atZone(ZONE)
                                        .toOffsetDateTime()
                                        .toString(),
                                "place",
                                "CESI, Beijing, room 301"));
    }

    private Api.Response vote(String user, long id, Map<String, ?> body) {
        return api.as(user).post(meeting(id) + "/votes", body);
    }

    private JsonNode lastMeeting(long id) {
        JsonNode meetings = api.as("secretary")
                .get("/api/standards/" + id + "/review-meetings")
                .body();
        return meetings.get(meetings.size() - 1);
    }

    @Test
    void aNationalDraftIsReviewedAtAMeetingWhoseVoteCountsOnlyWithItsMinutes() {
        long id = atMeeting("Reviewed at a meeting");
        assertThat(journeys.openTaskKeys(id)).containsExactly("holdReviewMeeting");
        JsonNode opened = lastMeeting(id);
        assertThat(opened.get("meetingAt").isNull()).isTrue();
        assertThat(opened.get("members").findValuesAsText("username"))
                .containsExactly("drafter", "reviewer1", "reviewer2", "reviewer3", "reviewer4");
        assertProblem(guard.unchangedBy(() -> vote("reviewer1", id, Map.of("vote", "APPROVE"))), 409);

        Api.Response tooSoon = guard.unchangedBy(() -> schedule("secretary", id, Duration.ofDays(6)));
        assertProblem(tooSoon, 422);
        assertThat(tooSoon.text("field")).isEqualTo("meetingAt");
        assertProblem(guard.unchangedBy(() -> schedule("drafter", id, Duration.ofDays(8))), 403);
        assertProblem(guard.unchangedBy(() -> schedule("secretary2", id, Duration.ofDays(8))), 404);
        Api.Response scheduled = schedule("secretary", id, Duration.ofDays(8));
        assertThat(scheduled.status()).as(scheduled.body().toString()).isEqualTo(200);
        assertThat(scheduled.text("place")).isEqualTo("CESI, Beijing, room 301");
        assertThat(scheduled.get("papersSentAt").isNull()).isFalse();

        assertThat(vote("reviewer1", id, Map.of("vote", "APPROVE")).status()).isEqualTo(200);
        assertProblem(guard.unchangedBy(() -> vote("reviewer1", id, Map.of("vote", "ABSTAIN"))), 409);
        assertProblem(guard.unchangedBy(() -> vote("drafter", id, Map.of("vote", "APPROVE"))), 403);
        assertProblem(
                guard.unchangedBy(() -> vote("reviewer4", id, Map.of("vote", "APPROVE", "member", "reviewer2"))), 403);
        Api.Response stranger =
                guard.unchangedBy(() -> vote("secretary", id, Map.of("vote", "APPROVE", "member", "enterprise1")));
        assertProblem(stranger, 422);
        assertThat(stranger.text("field")).isEqualTo("member");
        assertThat(vote("secretary", id, Map.of("vote", "APPROVE", "member", "reviewer2"))
                        .status())
                .isEqualTo(200);
        assertThat(vote("reviewer3", id, Map.of("vote", "APPROVE_WITH_COMMENTS", "comment", "Clause 4 wording"))
                        .status())
                .isEqualTo(200);
        assertThat(vote("reviewer4", id, Map.of("vote", "APPROVE")).status()).isEqualTo(200);

        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .put(meeting(id) + "/attendance", Map.of("present", List.of("reviewer1", "nobody")))),
                422);
        JsonNode attended = api.as("secretary")
                .put(meeting(id) + "/attendance", Map.of("present", List.of("reviewer1", "reviewer3", "reviewer4")))
                .body();
        JsonNode reviewer2 = member(attended, "reviewer2");
        assertThat(reviewer2.get("present").asBoolean()).isFalse();
        assertThat(reviewer2.get("votedOnPaper").asBoolean()).isTrue();
        assertThat(member(attended, "reviewer1").get("votedOnPaper").asBoolean())
                .isFalse();
        assertThat(member(attended, "drafter").get("recused").asBoolean()).isTrue();

        Api.Response early = guard.unchangedBy(
                () -> journeys.tryComplete("secretary", id, "holdReviewMeeting", Map.of("outcome", "VOTE")));
        assertProblem(early, 409);
        assertThat(early.text("detail")).contains("is on");
        journeys.upload(id, "REVIEW_MINUTES", "Minutes written before the meeting");

        passTime(Period.ofDays(8).plusDays(1));
        Api.Response noMinutes = guard.unchangedBy(
                () -> journeys.tryComplete("secretary", id, "holdReviewMeeting", Map.of("outcome", "VOTE")));
        assertProblem(noMinutes, 409);
        assertThat(noMinutes.text("detail")).contains("REVIEW_MINUTES uploaded after");
        journeys.upload(id, "REVIEW_MINUTES", "审查会议纪要", "签到表");
        journeys.complete("secretary", id, "holdReviewMeeting", Map.of("outcome", "VOTE"));
        assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
        JsonNode history = journeys.standard(id).get("history");
        JsonNode passed = history.get(history.size() - 1);
        assertThat(passed.get("code").asText()).isEqualTo("40.99");
        assertThat(passed.get("reason").asText())
                .contains("vote at the review meeting", "3 of 5 members present", "4 approve", "counted on");
        JsonNode held = lastMeeting(id);
        assertThat(held.get("outcome").asText()).isEqualTo("VOTE");
        assertThat(held.get("heldBy").asText()).isEqualTo("secretary");
        assertThat(api.as("reviewer1").fetch("/standards/" + id).text())
                .contains("id=\"review-meeting\"", "CESI, Beijing, room 301", "voted on paper");
        assertProblem(guard.unchangedBy(() -> schedule("secretary", id, Duration.ofDays(9))), 409);
    }

    @Test
    void aVoteOnThePageIsChosenAndConfirmedAndThenShownToTheVoter() {
        long id = atMeeting("Voted on the page");
        assertThat(schedule("secretary", id, Duration.ofDays(8)).status()).isEqualTo(200);
        String page = api.as("reviewer1").fetchIn("en", "/standards/" + id).text();
        assertThat(page)
                .as("no vote chosen for the voter, and the choice confirmed")
                .contains("<option value=\"\" disabled selected=\"selected\">Choose a vote</option>")
                .containsPattern("id=\"meeting-confirmed\" name=\"confirmed\" value=\"true\" required")
                .doesNotContainPattern("value=\"APPROVE\"[^>]*selected");
        String path = "/standards/" + id + "/review-meeting/votes";
        assertThat(api.as("reviewer1").fetchIn("en", "/tasks").text())
                .as("the meeting vote on the voter's list, though no task")
                .contains("/standards/" + id + "#review-meeting", "your vote at the review meeting of");

        Map<String, List<String>> form = Map.of(
                "vote", List.of("APPROVE"),
                "comment", List.of("Clause 5 reads well."),
                "form", List.of("meeting-vote"),
                "returnTo", List.of("/standards/" + id));
        Api.FileResponse unconfirmed =
                guard.unchangedBy(() -> api.as("reviewer1").submitAndFollow("en", path, form));
        assertThat(unconfirmed.text())
                .as("back at the form, as it was filled in, with why")
                .contains("id=\"meeting-vote-refusal\"", "Confirmation", "Clause 5 reads well.")
                .containsPattern("value=\"APPROVE\"\\s+selected=\"selected\"")
                .containsPattern("id=\"meeting-confirmed\"[^>]*aria-invalid=\"true\"");
        assertThat(api.as("reviewer1")
                        .submitForm(path, Map.of("vote", "APPROVE", "confirmed", "true"))
                        .status())
                .isEqualTo(302);

        int members = lastMeeting(id).get("members").size();
        assertThat(api.as("reviewer1").fetchIn("en", "/standards/" + id).text())
                .containsPattern("Your vote: Approve\\. 1 of \\d+ members have voted\\.")
                .doesNotContain("id=\"meeting-vote\"");
        assertThat(api.as("reviewer1").fetchIn("zh", "/standards/" + id).text()).contains("您的表决：赞成");
        assertThat(api.as("reviewer1").fetchIn("en", "/tasks").text())
                .as("voted, off the list")
                .doesNotContain("/standards/" + id + "#review-meeting");
        assertThat(api.as("reviewer2").fetchIn("en", "/standards/" + id).text())
                .as("another member's vote is theirs")
                .doesNotContain("Your vote:")
                .contains("id=\"meeting-vote\"");
        assertThat(members).isGreaterThan(1);
    }

    @Test
    void aVoteByCorrespondenceIsConfirmedOnTheTaskPageAndTheVoterSeesItWithTheTurnout() {
        long id = journeys.registerNational("Voted by correspondence on the page");
        journeys.toTechnicalReview(id);
        String task = journeys.task("reviewer1", id, "castVote").get("id").asText();
        assertThat(api.as("reviewer1").fetchIn("en", "/tasks/" + task).text())
                .containsPattern("id=\"confirmed\" name=\"confirmed\" value=\"true\" required")
                .contains("I confirm this vote: a vote cannot be changed.");

        Api.FileResponse unconfirmed = guard.unchangedBy(
                () -> api.as("reviewer1").submitForm("/tasks/" + task + "/complete", Map.of("decision", "APPROVE")));
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.text()).contains("id=\"complete-form\"", "Confirmation");
        String voted = api.as("reviewer1")
                .submitAndFollow(
                        "en",
                        "/tasks/" + task + "/complete",
                        Map.of("decision", List.of("APPROVE"), "confirmed", List.of("true")))
                .text();
        assertThat(voted)
                .as("what happens next, said where the voter lands")
                .contains("Task completed:", "Cast vote")
                .containsPattern("Next: Cast vote, due \\d{4}-\\d{2}-\\d{2}");

        assertThat(api.as("reviewer1").fetchIn("en", "/standards/" + id).text())
                .contains("Your vote in round 1: Approve");
        assertThat(api.as("reviewer2").fetchIn("en", "/standards/" + id).text()).doesNotContain("Your vote in round");
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text())
                .containsPattern("第 1 轮：有表决权的 \\d+ 名委员中已有 1 名表决。")
                .doesNotContain("您的表决");
    }

    @Test
    void aMemberDemotedOrDisabledAfterTheRollWasTakenNoLongerVotes() {
        String demoted = accounts.create("VOTING_MEMBER", NATIONAL);
        String disabled = accounts.create("VOTING_MEMBER", NATIONAL);
        try {
            long id = atMeeting("Roll changed before the vote");
            assertThat(lastMeeting(id).get("members").findValuesAsText("username"))
                    .contains(demoted, disabled);
            assertThat(schedule("secretary", id, Duration.ofDays(8)).status()).isEqualTo(200);
            assertThat(api.as("admin")
                            .put("/api/users/" + demoted + "/roles", List.of(Map.of("role", "OBSERVER")))
                            .status())
                    .isEqualTo(200);
            assertThat(api.as("admin")
                            .post("/api/users/" + disabled + "/disable", Map.of())
                            .status())
                    .isEqualTo(200);

            Api.Response own = guard.unchangedBy(() -> vote(demoted, id, Map.of("vote", "APPROVE")));
            assertProblem(own, 403);
            assertThat(own.text("detail")).contains("not a voting member");
            Api.Response onPaper =
                    guard.unchangedBy(() -> vote("secretary", id, Map.of("vote", "APPROVE", "member", disabled)));
            assertProblem(onPaper, 422);
            assertThat(onPaper.text("field")).isEqualTo("member");
            assertThat(member(lastMeeting(id), demoted).get("voted").asBoolean())
                    .isFalse();
            assertThat(member(lastMeeting(id), disabled).get("voted").asBoolean())
                    .isFalse();
            assertThat(vote("reviewer1", id, Map.of("vote", "APPROVE")).status())
                    .as("the current members still vote")
                    .isEqualTo(200);
        } finally {
            // off the committee's roll whatever happened, for the suites that count its members
            api.as("admin").post("/api/users/" + demoted + "/disable", Map.of());
            api.as("admin").post("/api/users/" + disabled + "/disable", Map.of());
        }
    }

    @Test
    void aMeetingMayReachConsensusWithoutAVoteRecordedWithItsMinutes() {
        long id = atMeeting("Consensus at a meeting");
        assertThat(schedule("secretary", id, Duration.ofDays(7).plusHours(1)).status())
                .isEqualTo(200);
        passTime(Period.ofDays(8));
        journeys.upload(id, "REVIEW_MINUTES");
        journeys.complete("secretary", id, "holdReviewMeeting", Map.of("outcome", "CONSENSUS"));
        assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
        JsonNode history = journeys.standard(id).get("history");
        assertThat(history.get(history.size() - 1).get("reason").asText())
                .startsWith("consensus at the review meeting")
                .contains("without a vote");
    }

    @Test
    void aContestedReviewByCorrespondenceGoesToAMeeting() {
        long id = journeys.registerNational("Contested by correspondence");
        journeys.toTechnicalReview(id);
        journeys.complete(
                "reviewer1", id, "castVote", Map.of("vote", "DISAPPROVE", "comment", "The interface is unproven."));
        for (String voter : List.of("reviewer2", "reviewer3", "reviewer4")) {
            journeys.complete(voter, id, "castVote", Map.of("vote", "APPROVE"));
        }
        assertThat(journeys.stage(id)).isEqualTo("TECHNICAL_REVIEW");
        assertThat(journeys.openTaskKeys(id)).containsExactly("holdReviewMeeting");
        assertThat(lastMeeting(id).get("members")).hasSize(5);
    }

    private static JsonNode member(JsonNode meeting, String username) {
        for (JsonNode m : meeting.get("members")) {
            if (m.get("username").asText().equals(username)) {
                return m;
            }
        }
        throw new AssertionError(username + " is not on the roll: " + meeting);
    }
}
