package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stdtrack.support.Api;
import org.stdtrack.support.LifecycleTestSupport;

/**
 * Every path through the lifecycle model, driven as the demo users drive it: through the REST API,
 * with the real engine, timers fired by moving the engine clock. Runs on H2 and on PostgreSQL.
 */
abstract class LifecyclePathsTest extends LifecycleTestSupport {

    @Test
    void happyPathFromRegistrationToInForce() {
        long id = registerNational("Cloud service level agreement framework");
        assertThat(stage(id)).isEqualTo("PRELIMINARY");
        assertThat(openTaskKeys(id)).containsExactly("submitProposal");

        complete("secretary", id, "submitProposal");
        assertThat(stage(id)).isEqualTo("PROPOSAL");
        assertThat(openTaskKeys(id))
                .as("approval waits for the proposal comment period")
                .isEmpty();
        passTime(Period.ofDays(29));
        assertThat(fireDueTimers(id)).isZero();
        passTime(Period.ofDays(1));
        assertThat(fireDueTimers(id)).isEqualTo(1);

        complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "20261234-T-469"));
        JsonNode drafting = standard(id);
        assertThat(drafting.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(drafting.get("planNumber").asText()).isEqualTo("20261234-T-469");
        assertThat(drafting.get("developmentDueAt").asText())
                .as("GB/T: 18 months")
                .isNotNull();

        complete("drafter", id, "submitDraft");
        assertThat(stage(id)).isEqualTo("CONSULTATION");
        openConsultation(id);
        Api.Response comment = api.as("reviewer1")
                .post(
                        "/api/standards/" + id + "/comments",
                        Map.of(
                                "clause",
                                "5.2",
                                "type",
                                "TECHNICAL",
                                "text",
                                "Availability must be measured monthly.",
                                "proposedChange",
                                "State the measurement period."));
        assertThat(comment.status()).isEqualTo(201);
        long commentId = comment.get("id").asLong();
        closeConsultation(id);

        Api.Response blocked = tryComplete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertThat(blocked.status())
                .as("an unresolved comment blocks the submission")
                .isEqualTo(409);
        assertThat(api.as("drafter")
                        .put(
                                "/api/standards/" + id + "/comments/" + commentId + "/resolution",
                                Map.of("resolution", "ACCEPTED"))
                        .status())
                .isEqualTo(200);
        complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertThat(stage(id)).isEqualTo("TECHNICAL_REVIEW");

        ballotPasses(id);
        assertThat(stage(id)).isEqualTo("APPROVAL");
        JsonNode ballot = api.as("secretary")
                .get("/api/standards/" + id + "/ballots")
                .body()
                .get(0);
        assertThat(ballot.get("result").asText()).isEqualTo("PASSED");
        assertThat(ballot.get("tally").get("approve").asInt()).isEqualTo(4);

        String number = nextNumber("GB/T");
        publish(id, number);
        JsonNode published = standard(id);
        assertThat(published.get("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedNumber").asText()).isEqualTo(number);
        assertThat(published.get("submittedForApprovalAt")).isNotNull();

        passTime(Period.ofMonths(6).minusDays(1));
        assertThat(fireDueTimers(id))
                .as("in force from the implementation date, not before")
                .isZero();
        assertThat(stage(id)).isEqualTo("PUBLISHED");
        passTime(Period.ofDays(1));
        assertThat(fireDueTimers(id)).isEqualTo(1);
        assertThat(stage(id)).isEqualTo("IN_FORCE");
        assertThat(stageCodes(id))
                .containsExactly("00.00", "10.00", "10.99", "20.99", "30.99", "40.99", "60.00", "60.60");
    }

    @Test
    void everyStageEventRecordsWhoMovedTheStandardAndWhen() {
        long id = registerNational("Cloud resource metering");
        complete("secretary", id, "submitProposal");
        passTime(Period.ofDays(30));
        fireDueTimers(id);
        complete("sac", id, "approveProposal", Map.of("outcome", "REVISE", "comment", "Scope overlaps GB/T 37740."));

        List<JsonNode> history = new ArrayList<>();
        standard(id).get("history").forEach(history::add);
        assertThat(history).extracting(e -> e.get("actor").asText()).containsExactly("secretary", "secretary", "sac");
        JsonNode sendBack = history.get(2);
        assertThat(sendBack.get("from").asText()).isEqualTo("PROPOSAL");
        assertThat(sendBack.get("to").asText()).isEqualTo("PRELIMINARY");
        assertThat(sendBack.get("code").asText()).isEqualTo("10.92");
        assertThat(sendBack.get("reason").asText()).isEqualTo("Scope overlaps GB/T 37740.");
        assertThat(openTaskKeys(id)).containsExactly("submitProposal");
    }

    @Test
    void proposalRejectionCancelsTheStandard() {
        long id = registerNational("Cloud desktop services");
        complete("secretary", id, "submitProposal");
        passTime(Period.ofDays(30));
        fireDueTimers(id);
        Api.Response noReason = tryComplete("sac", id, "approveProposal", Map.of("outcome", "REJECT"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("field")).isEqualTo("comment");

        complete(
                "sac",
                id,
                "approveProposal",
                Map.of("outcome", "REJECT", "comment", "Covered by an existing standard."));
        assertThat(stage(id)).isEqualTo("CANCELLED");
        assertThat(stageCodes(id)).last().isEqualTo("10.98");
        assertThat(openTaskKeys(id)).isEmpty();
        assertThat(timers(id)).isEmpty();
    }

    @Test
    void sectorProposalsGoToMiit() {
        Map<String, Object> body = nationalStandard("Cloud network interconnection for carriers");
        body.put("type", "SECTOR");
        body.put("committee", SECTOR);
        body.put("leadOrganisation", "CAICT");
        long id = register(body);
        complete("secretary2", id, "submitProposal");
        passTime(Period.ofDays(30));
        fireDueTimers(id);
        assertThat(api.as("sac").get("/api/tasks?standard=" + id).body()).isEmpty();
        assertThat(task("miit", id, "approveProposal")
                        .get("candidateGroups")
                        .get(0)
                        .asText())
                .isEqualTo("approverMIIT");
    }

    @Test
    void consultationCanBeRepeated() {
        long id = registerNational("Cloud-native application packaging");
        submitAndApproveProposal(id);
        complete("drafter", id, "submitDraft");
        openConsultation(id);
        closeConsultation(id);
        complete(
                "drafter",
                id,
                "resolveComments",
                Map.of("outcome", "REVISE", "comment", "Major rework after comments."));
        assertThat(stage(id)).isEqualTo("CONSULTATION");
        assertThat(stageCodes(id)).last().isEqualTo("30.93");
        assertThat(openTaskKeys(id)).containsExactly("openConsultation");
    }

    @Test
    void fastTrackAdoptionSkipsDrafting() {
        Map<String, Object> body = nationalStandard("Cloud computing — Overview and vocabulary");
        body.put("international", Map.of("reference", "ISO/IEC 22123-1:2023", "degree", "IDT"));
        long id = register(body);
        submitAndApproveProposal(id);
        assertThat(stage(id)).isEqualTo("CONSULTATION");
        assertThat(openTaskKeys(id)).containsExactly("openConsultation");
        assertThat(stageCodes(id)).doesNotContain("20.99");
    }

    @Test
    void notEquivalentReferenceIsNoFastTrack() {
        Map<String, Object> body = nationalStandard("Cloud computing — Service level agreements");
        body.put("international", Map.of("reference", "ISO/IEC 19086-1:2016", "degree", "NEQ"));
        long id = register(body);
        submitAndApproveProposal(id);
        assertThat(stage(id)).isEqualTo("DRAFTING");
    }

    @Test
    void leadOrganisationMembersAreRecusedFromTheBallot() {
        long id = registerNational("Cloud storage interfaces");
        toTechnicalReview(id);
        List<String> voters = new ArrayList<>();
        for (String user : List.of("drafter", "reviewer1", "reviewer2", "reviewer3", "reviewer4")) {
            api.as(user).get("/api/tasks?standard=" + id).body().forEach(t -> {
                if (t.get("key").asText().equals("castVote")) {
                    voters.add(t.get("assignee").asText());
                }
            });
        }
        assertThat(voters).containsExactlyInAnyOrder("reviewer1", "reviewer2", "reviewer3", "reviewer4");
        JsonNode ballot = api.as("secretary")
                .get("/api/standards/" + id + "/ballots")
                .body()
                .get(0);
        assertThat(ballot.get("recused").get(0).asText()).isEqualTo("drafter");
    }

    @Test
    void withoutALeadOrganisationTheDrafterVotesToo() {
        Map<String, Object> body = nationalStandard("Cloud migration guidelines");
        body.remove("leadOrganisation");
        long id = register(body);
        toTechnicalReview(id);
        assertThat(task("drafter", id, "castVote").get("assignee").asText()).isEqualTo("drafter");
    }

    @Test
    void disapprovalNeedsTechnicalReasons() {
        long id = registerNational("Cloud container orchestration");
        toTechnicalReview(id);
        Api.Response refused = tryComplete("reviewer1", id, "castVote", Map.of("vote", "DISAPPROVE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("comment");
        complete(
                "reviewer1",
                id,
                "castVote",
                Map.of("vote", "DISAPPROVE", "comment", "Clause 6 contradicts GB/T 31167."));
    }

    @Test
    void failedBallotCanSendTheDraftBack() {
        long id = failedBallot("Cloud identity federation");
        complete(
                "secretary",
                id,
                "decideFailedBallot",
                Map.of("outcome", "REVISE", "comment", "Address the disapprovals."));
        assertThat(stage(id)).isEqualTo("DRAFTING");
        assertThat(stageCodes(id)).last().isEqualTo("40.92");
        assertThat(openTaskKeys(id)).containsExactly("submitDraft");
    }

    @Test
    void failedBallotCanBeRepeated() {
        long id = failedBallot("Cloud API gateway");
        complete("secretary", id, "decideFailedBallot", Map.of("outcome", "REPEAT", "comment", "Quorum was missed."));
        assertThat(stage(id)).isEqualTo("TECHNICAL_REVIEW");
        assertThat(stageCodes(id)).last().isEqualTo("40.93");
        assertThat(openTaskKeys(id)).containsOnly("castVote").hasSize(4);
        ballotPasses(id);
        assertThat(stage(id)).isEqualTo("APPROVAL");
        JsonNode ballots =
                api.as("secretary").get("/api/standards/" + id + "/ballots").body();
        assertThat(ballots).hasSize(2);
        assertThat(ballots.get(0).get("result").asText()).isEqualTo("FAILED");
        assertThat(ballots.get(1).get("result").asText()).isEqualTo("PASSED");
    }

    @Test
    void failedBallotCanRejectTheStandard() {
        long id = failedBallot("Cloud serverless runtime");
        complete("secretary", id, "decideFailedBallot", Map.of("outcome", "REJECT", "comment", "No consensus."));
        assertThat(stage(id)).isEqualTo("CANCELLED");
        assertThat(stageCodes(id)).last().isEqualTo("40.98");
    }

    @Test
    void ballotClosesAtItsDeadlineWithTheVotesCast() {
        long id = registerNational("Cloud log retention");
        toTechnicalReview(id);
        complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        complete("reviewer2", id, "castVote", Map.of("vote", "APPROVE"));
        passTime(Period.ofDays(30));
        passTime(Duration.ofMinutes(1));
        assertThat(fireDueTimers(id)).isEqualTo(1);

        assertThat(openTaskKeys(id)).containsExactly("decideFailedBallot");
        JsonNode ballot = api.as("secretary")
                .get("/api/standards/" + id + "/ballots")
                .body()
                .get(0);
        assertThat(ballot.get("result").asText())
                .as("2 of 4 voted: below the 3/4 participation")
                .isEqualTo("FAILED");
        assertThat(ballot.get("tally").get("eligible").asInt()).isEqualTo(4);
        assertThat(ballot.get("closedAt")).isNotNull();
    }

    @Test
    void approvalCanBeSentBackAndRejected() {
        long id = registerNational("Cloud backup services");
        toApproval(id);
        complete("secretary", id, "submitForApproval", submissionPackage());
        complete("sac", id, "approvePublication", Map.of("outcome", "REVISE", "comment", "Minutes are unsigned."));
        assertThat(stage(id)).isEqualTo("APPROVAL");
        assertThat(stageCodes(id)).last().isEqualTo("50.92");
        complete("secretary", id, "submitForApproval", submissionPackage());
        complete(
                "sac",
                id,
                "approvePublication",
                Map.of("outcome", "REJECT", "comment", "Conflicts with national policy."));
        assertThat(stage(id)).isEqualTo("CANCELLED");
        assertThat(stageCodes(id)).last().isEqualTo("50.98");
    }

    @Test
    void submissionPackageMustBeComplete() {
        long id = registerNational("Cloud disaster recovery");
        toApproval(id);
        Map<String, Object> incomplete = new HashMap<>(submissionPackage());
        incomplete.put("reviewMinutes", false);
        Api.Response refused = tryComplete("secretary", id, "submitForApproval", incomplete);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("reviewMinutes");
        assertThat(openTaskKeys(id)).containsExactly("submitForApproval");
    }

    @Test
    void cancellationWorksAtEveryStageBeforePublication() {
        List<String> cancelledFrom = new ArrayList<>();
        long preliminary = registerNational("Cancelled in preliminary");
        long proposal = registerNational("Cancelled in proposal");
        complete("secretary", proposal, "submitProposal");
        long drafting = registerNational("Cancelled in drafting");
        submitAndApproveProposal(drafting);
        long consultation = registerNational("Cancelled in consultation");
        submitAndApproveProposal(consultation);
        complete("drafter", consultation, "submitDraft");
        long review = registerNational("Cancelled in review");
        toTechnicalReview(review);
        long approval = registerNational("Cancelled in approval");
        toApproval(approval);

        for (long id : List.of(preliminary, proposal, drafting, consultation, review, approval)) {
            String before = stage(id);
            Api.Response cancelled = api.as("secretary")
                    .post("/api/standards/" + id + "/cancel", Map.of("reason", "Merged into another work item."));
            assertThat(cancelled.status()).as(before).isEqualTo(200);
            assertThat(stage(id)).isEqualTo("CANCELLED");
            assertThat(openTaskKeys(id))
                    .as("tasks of " + before + " are withdrawn")
                    .isEmpty();
            assertThat(timers(id)).as("timers of " + before + " are withdrawn").isEmpty();
            JsonNode last = lastEvent(id);
            assertThat(last.get("reason").asText()).isEqualTo("Merged into another work item.");
            assertThat(last.get("actor").asText()).isEqualTo("secretary");
            cancelledFrom.add(last.get("code").asText());
        }
        assertThat(cancelledFrom).containsExactly("00.98", "10.98", "20.98", "30.98", "40.98", "50.98");
    }

    @Test
    void aPublishedStandardCannotBeCancelled() {
        long id = registerNational("Cloud workload portability");
        toApproval(id);
        publish(id, nextNumber("GB/T"));
        Api.Response refused =
                api.as("secretary").post("/api/standards/" + id + "/cancel", Map.of("reason", "Too late"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(stage(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void periodicReviewConfirmsAndSchedulesTheNextReview() {
        long id = registerNational("Cloud service catalogue");
        toInForce(id);
        passTime(Period.ofYears(5));
        assertThat(fireDueTimers(id)).isEqualTo(1);
        assertThat(stage(id)).isEqualTo("PERIODIC_REVIEW");
        complete("secretary", id, "periodicReview", Map.of("outcome", "CONFIRM"));
        assertThat(stage(id)).isEqualTo("IN_FORCE");
        assertThat(stageCodes(id)).last().isEqualTo("90.93");
        assertThat(timers(id)).as("the next review is scheduled").hasSize(1);
        passTime(Period.ofYears(5));
        assertThat(fireDueTimers(id)).isEqualTo(1);
        assertThat(stage(id)).isEqualTo("PERIODIC_REVIEW");
    }

    @Test
    void periodicReviewRevisionStartsALinkedStandardInDrafting() {
        long id = registerNational("Cloud tenant isolation");
        toInForce(id);
        passTime(Period.ofYears(5));
        fireDueTimers(id);
        complete("secretary", id, "periodicReview", Map.of("outcome", "REVISE", "comment", "Technology has moved on."));

        JsonNode original = standard(id);
        assertThat(original.get("stage").asText())
                .as("the old edition stays in force")
                .isEqualTo("IN_FORCE");
        assertThat(stageCodes(id)).last().isEqualTo("90.92");
        long revision = original.get("revisions").get(0).asLong();
        JsonNode revised = standard(revision);
        assertThat(revised.get("revisionOf").asLong()).isEqualTo(id);
        assertThat(revised.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(revised.get("title").asText()).isEqualTo("Cloud tenant isolation");
        assertThat(openTaskKeys(revision)).containsExactly("submitDraft");
    }

    @Test
    void periodicReviewCanWithdrawTheStandard() {
        long id = registerNational("Cloud legacy virtualisation");
        toInForce(id);
        passTime(Period.ofYears(5));
        fireDueTimers(id);
        complete("secretary", id, "periodicReview", Map.of("outcome", "WITHDRAW", "comment", "Superseded."));
        assertThat(stage(id)).isEqualTo("WITHDRAWN");
        assertThat(stageCodes(id)).last().isEqualTo("95.99");
        assertThat(timers(id)).isEmpty();
    }

    @Test
    void developmentClockMarksOverdueStandards() {
        long id = registerNational("Cloud cost allocation");
        submitAndApproveProposal(id);
        assertThat(standard(id).get("overdue").asBoolean()).isFalse();
        passTime(Period.ofMonths(18).plusDays(1));
        assertThat(standard(id).get("overdue").asBoolean())
                .as("GB/T limit is 18 months")
                .isTrue();
    }

    @Test
    void mandatoryStandardsHaveTwentyFourMonths() {
        Map<String, Object> body = nationalStandard("Cloud security baseline");
        body.put("type", "GB");
        long id = register(body);
        submitAndApproveProposal(id);
        passTime(Period.ofMonths(18).plusDays(1));
        assertThat(standard(id).get("overdue").asBoolean()).isFalse();
        passTime(Period.ofMonths(6));
        assertThat(standard(id).get("overdue").asBoolean()).isTrue();
    }

    private long failedBallot(String title) {
        long id = registerNational(title);
        toTechnicalReview(id);
        complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        complete("reviewer2", id, "castVote", Map.of("vote", "DISAPPROVE", "comment", "Not interoperable."));
        complete("reviewer3", id, "castVote", Map.of("vote", "DISAPPROVE", "comment", "Incomplete threat model."));
        complete("reviewer4", id, "castVote", Map.of("vote", "ABSTAIN"));
        assertThat(openTaskKeys(id)).containsExactly("decideFailedBallot");
        return id;
    }

    private JsonNode lastEvent(long id) {
        JsonNode history = standard(id).get("history");
        return history.get(history.size() - 1);
    }
}
