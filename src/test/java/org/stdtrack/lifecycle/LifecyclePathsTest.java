package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.SECTOR;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnPostgres;
import org.stdtrack.support.Refusals;
import org.stdtrack.support.WriteGuard;

/**
 * Every path through the lifecycle model, driven as the demo users drive it: through the REST API,
 * with the real engine, timers fired by moving the engine clock. On PostgreSQL (docs/testing.md).
 */
@OnPostgres
class LifecyclePathsTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    Refusals refusals;

    @Autowired
    WriteGuard guard;

    @Autowired
    RepositoryService repository;

    @Test
    void happyPathFromRegistrationToInForce() {
        long id = journeys.registerNational("Cloud service level agreement framework");
        assertThat(journeys.stage(id)).isEqualTo("PRELIMINARY");
        assertThat(journeys.openTaskKeys(id)).containsExactly("submitProposal");

        journeys.complete("secretary", id, "submitProposal");
        assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
        assertThat(journeys.openTaskKeys(id))
                .as("SAC evaluates the proposal first")
                .containsExactly("approveProposal");
        journeys.complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "20269234-T-469"));
        JsonNode commented = journeys.standard(id);
        assertThat(commented.get("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(commented.get("stageCode").asText()).isEqualTo("10.60");
        assertThat(commented.get("planNumber").asText()).isEqualTo("20269234-T-469");
        assertThat(commented.get("developmentDueAt").isNull())
                .as("the plan takes effect when the public comment period ends")
                .isTrue();
        assertThat(journeys.openTaskKeys(id)).isEmpty();
        passTime(Period.ofDays(29));
        assertThat(journeys.fireDueTimers(id)).isZero();
        passTime(Period.ofDays(1));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);

        JsonNode drafting = journeys.standard(id);
        assertThat(drafting.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(drafting.get("stageCode").asText()).isEqualTo("10.99");
        assertThat(drafting.get("planNumber").asText()).isEqualTo("20269234-T-469");
        assertThat(LocalDate.ofInstant(
                        Instant.parse(drafting.get("developmentDueAt").asText()), ZONE))
                .as("GB/T: 18 months from the end of the comment period")
                .isEqualTo(LocalDate.ofInstant(now(), ZONE).plusMonths(18));

        journeys.complete("drafter", id, "submitDraft");
        assertThat(journeys.stage(id)).isEqualTo("CONSULTATION");
        journeys.openConsultation(id);
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
        journeys.closeConsultation(id);

        Api.Response blocked = journeys.tryComplete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertThat(blocked.status())
                .as("an unresolved comment blocks the submission")
                .isEqualTo(409);
        assertThat(api.as("drafter")
                        .put(
                                "/api/standards/" + id + "/comments/" + commentId + "/resolution",
                                Map.of("resolution", "ACCEPTED"))
                        .status())
                .isEqualTo(200);
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertThat(journeys.stage(id)).isEqualTo("TECHNICAL_REVIEW");

        journeys.ballotPasses(id);
        assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
        JsonNode ballot = api.as("secretary")
                .get("/api/standards/" + id + "/ballots")
                .body()
                .get(0);
        assertThat(ballot.get("result").asText()).isEqualTo("PASSED");
        assertThat(ballot.get("tally").get("approve").asInt()).isEqualTo(4);

        String number = journeys.nextNumber("GB/T");
        journeys.publish(id, number);
        JsonNode published = journeys.standard(id);
        assertThat(published.get("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedNumber").asText()).isEqualTo(number);
        assertThat(published.get("submittedForApprovalAt")).isNotNull();

        passTime(Period.ofMonths(6).minusDays(1));
        assertThat(journeys.fireDueTimers(id))
                .as("in force from the implementation date, not before")
                .isZero();
        assertThat(journeys.stage(id)).isEqualTo("PUBLISHED");
        passTime(Period.ofDays(1));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        assertThat(journeys.stage(id)).isEqualTo("IN_FORCE");
        assertThat(journeys.stageCodes(id))
                .containsExactly("00.00", "10.00", "10.60", "10.99", "20.99", "30.99", "40.99", "60.60", "60.60");
    }

    @Test
    void everyStageEventRecordsWhoMovedTheStandardAndWhen() {
        long id = journeys.registerNational("Cloud resource metering");
        journeys.complete("secretary", id, "submitProposal");
        journeys.complete(
                "sac", id, "approveProposal", Map.of("outcome", "REVISE", "comment", "Scope overlaps GB/T 37740."));

        List<JsonNode> history = new ArrayList<>();
        journeys.standard(id).get("history").forEach(history::add);
        assertThat(history).extracting(e -> e.get("actor").asText()).containsExactly("secretary", "secretary", "sac");
        JsonNode sendBack = history.get(2);
        assertThat(sendBack.get("from").asText()).isEqualTo("PROPOSAL");
        assertThat(sendBack.get("to").asText()).isEqualTo("PRELIMINARY");
        assertThat(sendBack.get("code").asText()).isEqualTo("10.92");
        assertThat(sendBack.get("reason").asText()).isEqualTo("Scope overlaps GB/T 37740.");
        assertThat(journeys.openTaskKeys(id)).containsExactly("submitProposal");
    }

    @Test
    void proposalRejectionCancelsTheStandard() {
        long id = journeys.registerNational("Cloud desktop services");
        journeys.complete("secretary", id, "submitProposal");
        Api.Response noReason = journeys.tryComplete("sac", id, "approveProposal", Map.of("outcome", "REJECT"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("field")).isEqualTo("comment");

        journeys.complete(
                "sac",
                id,
                "approveProposal",
                Map.of("outcome", "REJECT", "comment", "Covered by an existing standard."));
        assertThat(journeys.stage(id)).isEqualTo("CANCELLED");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("10.98");
        assertThat(journeys.openTaskKeys(id)).isEmpty();
        assertThat(journeys.timers(id)).isEmpty();
    }

    @Test
    void sectorProposalsGoToMiit() {
        Map<String, Object> body = journeys.nationalStandard("Cloud network interconnection for carriers");
        body.put("type", "SECTOR");
        body.put("committee", SECTOR);
        body.put("leadOrganisation", "CAICT");
        long id = journeys.register(body);
        journeys.complete("secretary2", id, "submitProposal");
        assertThat(api.as("sac").get("/api/tasks?standard=" + id).body()).isEmpty();
        assertThat(journeys.task("miit", id, "approveProposal")
                        .get("candidateGroups")
                        .get(0)
                        .asText())
                .isEqualTo("approverMIIT");
    }

    @Test
    void consultationCanBeRepeated() {
        long id = journeys.registerNational("Cloud-native application packaging");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        journeys.closeConsultation(id);
        journeys.complete(
                "drafter",
                id,
                "resolveComments",
                Map.of("outcome", "REVISE", "comment", "Major rework after comments."));
        assertThat(journeys.stage(id)).isEqualTo("CONSULTATION");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("30.93");
        assertThat(journeys.openTaskKeys(id)).containsExactly("openConsultation");
    }

    @Test
    void fastTrackAdoptionSkipsDrafting() {
        Map<String, Object> body = journeys.nationalStandard("Cloud computing — Overview and vocabulary");
        body.put("international", Map.of("reference", "ISO/IEC 22123-1:2023", "degree", "IDT"));
        long id = journeys.register(body);
        journeys.submitAndApproveProposal(id);
        assertThat(journeys.stage(id)).isEqualTo("CONSULTATION");
        assertThat(journeys.openTaskKeys(id)).containsExactly("openConsultation");
        assertThat(journeys.stageCodes(id)).doesNotContain("20.99");
    }

    @Test
    void notEquivalentReferenceIsNoFastTrack() {
        Map<String, Object> body = journeys.nationalStandard("Cloud computing — Service level agreements");
        body.put("international", Map.of("reference", "ISO/IEC 19086-1:2016", "degree", "NEQ"));
        long id = journeys.register(body);
        journeys.submitAndApproveProposal(id);
        assertThat(journeys.stage(id)).isEqualTo("DRAFTING");
    }

    @Test
    void leadOrganisationMembersAreRecusedFromTheBallot() {
        long id = journeys.registerNational("Cloud storage interfaces");
        journeys.toTechnicalReview(id);
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
        Map<String, Object> body = journeys.nationalStandard("Cloud migration guidelines");
        body.remove("leadOrganisation");
        long id = journeys.register(body);
        journeys.toTechnicalReview(id);
        assertThat(journeys.task("drafter", id, "castVote").get("assignee").asText())
                .isEqualTo("drafter");
    }

    @Test
    void disapprovalNeedsTechnicalReasons() {
        long id = journeys.registerNational("Cloud container orchestration");
        journeys.toTechnicalReview(id);
        Api.Response refused = journeys.tryComplete("reviewer1", id, "castVote", Map.of("vote", "DISAPPROVE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("comment");
        journeys.complete(
                "reviewer1",
                id,
                "castVote",
                Map.of("vote", "DISAPPROVE", "comment", "Clause 6 contradicts GB/T 31167."));
    }

    @Test
    void failedBallotCanSendTheDraftBack() {
        long id = failedBallot("Cloud identity federation");
        journeys.complete(
                "secretary",
                id,
                "decideFailedBallot",
                Map.of("outcome", "REVISE", "comment", "Address the disapprovals."));
        assertThat(journeys.stage(id)).isEqualTo("DRAFTING");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("40.92");
        assertThat(journeys.openTaskKeys(id)).containsExactly("submitDraft");
    }

    @Test
    void failedBallotCanBeRepeated() {
        long id = failedBallot("Cloud API gateway");
        journeys.complete(
                "secretary", id, "decideFailedBallot", Map.of("outcome", "REPEAT", "comment", "Quorum was missed."));
        assertThat(journeys.stage(id)).isEqualTo("TECHNICAL_REVIEW");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("40.93");
        assertThat(journeys.openTaskKeys(id)).containsOnly("castVote").hasSize(4);
        journeys.ballotPasses(id);
        assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
        JsonNode ballots =
                api.as("secretary").get("/api/standards/" + id + "/ballots").body();
        assertThat(ballots).hasSize(2);
        assertThat(ballots.get(0).get("result").asText()).isEqualTo("FAILED");
        assertThat(ballots.get(1).get("result").asText()).isEqualTo("PASSED");
    }

    @Test
    void failedBallotCanRejectTheStandard() {
        long id = failedBallot("Cloud serverless runtime");
        journeys.complete(
                "secretary", id, "decideFailedBallot", Map.of("outcome", "REJECT", "comment", "No consensus."));
        assertThat(journeys.stage(id)).isEqualTo("CANCELLED");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("40.98");
    }

    @Test
    void ballotClosesAtItsDeadlineWithTheVotesCast() {
        long id = journeys.registerNational("Cloud log retention");
        journeys.toTechnicalReview(id);
        journeys.complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        journeys.complete("reviewer2", id, "castVote", Map.of("vote", "APPROVE"));
        passTime(Period.ofDays(30));
        passTime(Duration.ofMinutes(1));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);

        assertThat(journeys.openTaskKeys(id)).containsExactly("decideFailedBallot");
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
        long id = journeys.registerNational("Cloud backup services");
        journeys.toApproval(id);
        journeys.submitForApproval(id);
        journeys.complete(
                "sac", id, "approvePublication", Map.of("outcome", "REVISE", "comment", "Minutes are unsigned."));
        assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("50.92");
        journeys.submitForApproval(id);
        journeys.complete(
                "sac",
                id,
                "approvePublication",
                Map.of("outcome", "REJECT", "comment", "Conflicts with national policy."));
        assertThat(journeys.stage(id)).isEqualTo("CANCELLED");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("50.98");
    }

    @Test
    void aSubmissionGoesThroughTheCompetentDepartmentWhichMayReturnItBeforeSacDecides() {
        long id = journeys.registerNational("Cloud service level agreements");
        journeys.toApproval(id);
        journeys.submitPackage(id);
        assertThat(journeys.openTaskKeys(id)).containsExactly("reviewSubmission");
        assertThat(journeys.task("miit", id, "reviewSubmission")
                        .get("candidateGroups")
                        .get(0)
                        .asText())
                .isEqualTo("approverMIIT");
        assertThat(api.as("sac").get("/api/tasks?standard=" + id).body())
                .as("SAC sees nothing to do before MIIT passes it on")
                .isEmpty();

        Api.Response noReason = journeys.tryComplete("miit", id, "reviewSubmission", Map.of("outcome", "REVISE"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("field")).isEqualTo("comment");
        journeys.complete(
                "miit",
                id,
                "reviewSubmission",
                Map.of("outcome", "REVISE", "comment", "The minutes lack the signature sheet."));
        JsonNode returned = journeys.standard(id).get("history");
        JsonNode last = returned.get(returned.size() - 1);
        assertThat(last.get("code").asText()).isEqualTo("50.92");
        assertThat(last.get("actor").asText()).isEqualTo("miit");
        assertThat(last.get("reason").asText()).isEqualTo("The minutes lack the signature sheet.");
        assertThat(journeys.openTaskKeys(id)).containsExactly("submitForApproval");

        journeys.submitPackage(id);
        journeys.complete("miit", id, "reviewSubmission", Map.of("outcome", "APPROVE"));
        assertThat(journeys.openTaskKeys(id)).containsExactly("approvePublication");
        assertThat(journeys.standard(id).get("approvalNoticeEndsAt").isNull())
                .as("a national standard has no approval notice")
                .isTrue();
    }

    @Test
    void withoutACompetentDepartmentTheSubmissionGoesStraightToTheApprover() {
        Map<String, Object> none = new HashMap<>();
        none.put("competentDepartment", null);
        JsonNode committee = journeys.changeCommittee(NATIONAL, none);
        long id;
        try {
            id = journeys.registerNational("Cloud capacity planning");
            journeys.toApproval(id);
            journeys.submitPackage(id);
        } finally {
            journeys.restoreCommittee(committee);
        }
        assertThat(journeys.openTaskKeys(id)).containsExactly("approvePublication");
    }

    @Test
    void aSectorSubmissionIsPubliclyNoticedForThirtyDaysBeforeMiitApproves() {
        long id = journeys.importedAtApproval(
                "Carrier cloud interconnection " + System.nanoTime(), "SECTOR", SECTOR, "CAICT");
        for (String kind : List.of("REVIEW_MINUTES", "DRAFT_FOR_APPROVAL", "DRAFTING_EXPLANATION")) {
            journeys.uploadAs("secretary2", id, kind);
        }
        journeys.complete("secretary2", id, "submitForApproval");
        JsonNode standard = journeys.standard(id);
        LocalDate endsOn = LocalDate.ofInstant(
                Instant.parse(standard.get("approvalNoticeEndsAt").asText()), ZONE);
        assertThat(endsOn).isEqualTo(LocalDate.ofInstant(now(), ZONE).plusDays(30));
        assertThat(journeys.openTaskKeys(id))
                .as("nobody acts during the notice")
                .isEmpty();
        assertThat(api.as("secretary2").fetch("/standards/" + id).text()).contains("Public notice before approval");

        passTime(Period.ofDays(29));
        assertThat(journeys.fireDueTimers(id)).isZero();
        passTime(Period.ofDays(2));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        assertThat(journeys.task("miit", id, "approvePublication")).isNotNull();
    }

    @Test
    void submissionPackageMustBeComplete() {
        long id = journeys.registerNational("Cloud disaster recovery");
        journeys.toApproval(id);
        journeys.upload(id, "DRAFT_FOR_APPROVAL");
        Api.Response refused = journeys.tryComplete("secretary", id, "submitForApproval", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail"))
                .as("names what is missing, and only that")
                .contains("REVIEW_MINUTES")
                .doesNotContain("DRAFT_FOR_APPROVAL")
                .doesNotContain("DRAFTING_EXPLANATION");
        assertThat(journeys.openTaskKeys(id)).containsExactly("submitForApproval");
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/submissions")
                        .body())
                .as("a refused submission records no package")
                .isEmpty();
    }

    @Test
    void cancellationWorksAtEveryStageBeforePublication() {
        List<String> cancelledFrom = new ArrayList<>();
        long preliminary = journeys.registerNational("Cancelled in preliminary");
        long proposal = journeys.registerNational("Cancelled in proposal");
        journeys.complete("secretary", proposal, "submitProposal");
        long drafting = journeys.registerNational("Cancelled in drafting");
        journeys.submitAndApproveProposal(drafting);
        long consultation = journeys.registerNational("Cancelled in consultation");
        journeys.submitAndApproveProposal(consultation);
        journeys.complete("drafter", consultation, "submitDraft");
        long review = journeys.registerNational("Cancelled in review");
        journeys.toTechnicalReview(review);
        long approval = journeys.registerNational("Cancelled in approval");
        journeys.toApproval(approval);

        List<Long> planned = List.of(drafting, consultation, review, approval);
        for (long id : List.of(preliminary, proposal, drafting, consultation, review, approval)) {
            String before = journeys.stage(id);
            if (planned.contains(id)) {
                // Once in the plan, only an approved termination ends it.
                journeys.terminate(id, "Merged into another work item.");
            } else {
                Api.Response cancelled = api.as("secretary")
                        .post("/api/standards/" + id + "/cancel", Map.of("reason", "Merged into another work item."));
                assertThat(cancelled.status()).as(before).isEqualTo(200);
            }
            assertThat(journeys.stage(id)).isEqualTo("CANCELLED");
            assertThat(journeys.openTaskKeys(id))
                    .as("tasks of " + before + " are withdrawn")
                    .isEmpty();
            assertThat(journeys.timers(id))
                    .as("timers of " + before + " are withdrawn")
                    .isEmpty();
            JsonNode last = lastEvent(id);
            assertThat(last.get("reason").asText())
                    .isEqualTo((planned.contains(id) ? "Terminated: " : "") + "Merged into another work item.");
            assertThat(last.get("actor").asText()).isEqualTo(planned.contains(id) ? "sac" : "secretary");
            cancelledFrom.add(last.get("code").asText());
        }
        assertThat(cancelledFrom).containsExactly("00.98", "10.98", "20.98", "30.98", "40.98", "50.98");
    }

    @Test
    void aPublishedStandardCannotBeCancelled() {
        long id = journeys.registerNational("Cloud workload portability");
        journeys.toApproval(id);
        journeys.publish(id, journeys.nextNumber("GB/T"));
        Api.Response refused =
                api.as("secretary").post("/api/standards/" + id + "/cancel", Map.of("reason", "Too late"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(journeys.stage(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void periodicReviewConfirmsAndSchedulesTheNextReview() {
        long id = journeys.registerNational("Cloud service catalogue");
        journeys.toInForce(id);
        passTime(Period.ofYears(5));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        assertThat(journeys.stage(id)).isEqualTo("PERIODIC_REVIEW");
        journeys.concludeReview(id, "CONFIRM", null);
        assertThat(journeys.stage(id)).isEqualTo("IN_FORCE");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("90.93");
        assertThat(Instant.parse(journeys.standard(id).get("lastReviewedAt").asText()))
                .as("the review's date is kept")
                .isEqualTo(now());
        assertThat(journeys.timers(id)).as("the next review is scheduled").hasSize(1);
        passTime(Period.ofYears(5));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        assertThat(journeys.stage(id)).isEqualTo("PERIODIC_REVIEW");
    }

    @Test
    void periodicReviewRevisionIsANewProjectOnTheRevisionTrack() {
        long id = journeys.registerNational("Cloud tenant isolation");
        journeys.toInForce(id);
        passTime(Period.ofYears(5));
        journeys.fireDueTimers(id);
        journeys.concludeReview(id, "REVISE", "Technology has moved on.");

        JsonNode original = journeys.standard(id);
        assertThat(original.get("stage").asText())
                .as("the old edition stays in force")
                .isEqualTo("IN_FORCE");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("90.92");
        long revision = original.get("revisions").get(0).asLong();
        JsonNode revised = journeys.standard(revision);
        assertThat(revised.get("revisionOf").asLong()).isEqualTo(id);
        assertThat(revised.get("track").asText()).isEqualTo("REVISION");
        assertThat(revised.get("stage").asText())
                .as("proposed like any project")
                .isEqualTo("PRELIMINARY");
        assertThat(revised.get("planNumber").isNull())
                .as("it gets a plan number of its own")
                .isTrue();
        assertThat(revised.get("title").asText()).isEqualTo("Cloud tenant isolation");
        assertThat(journeys.openTaskKeys(revision)).containsExactly("submitProposal");
        journeys.submitAndApproveProposal(revision);
        assertThat(journeys.openTaskKeys(revision))
                .as("no drafting, no consultation")
                .containsExactly("submitDraftForReview");
    }

    @Test
    void aConversionGoesFromItsPlanStraightToTheReviewWithinItsOwnLimit() {
        Map<String, Object> body = journeys.nationalStandard("Cloud service catalogue, converted");
        body.put("track", "CONVERSION");
        body.put("source", Map.of("number", "YD/T 3764-2020"));
        long id = journeys.register(body);
        JsonNode registered = journeys.standard(id);
        assertThat(registered.get("track").asText()).isEqualTo("CONVERSION");
        assertThat(registered.get("source").get("number").asText()).isEqualTo("YD/T 3764-2020");
        journeys.submitAndApproveProposal(id);
        JsonNode planned = journeys.standard(id);
        assertThat(planned.get("stage").asText()).isEqualTo("TECHNICAL_REVIEW");
        assertThat(planned.get("stageCode").asText()).isEqualTo("10.99");
        assertThat(LocalDate.ofInstant(
                        Instant.parse(planned.get("developmentDueAt").asText()), ZONE))
                .as("the conversion track's 12 months, not GB/T's 18")
                .isEqualTo(LocalDate.ofInstant(now(), ZONE).plusMonths(12));
        Api.Response bare = journeys.tryComplete("drafter", id, "submitDraftForReview", Map.of());
        assertThat(bare.status()).isEqualTo(409);
        assertThat(bare.text("detail")).contains("DRAFT_FOR_REVIEW", "DRAFTING_EXPLANATION");
        journeys.draftForReview(id);
        journeys.upload(id, "DRAFTING_EXPLANATION");
        journeys.complete("drafter", id, "submitDraftForReview");
        journeys.ballotPasses(id);
        assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
        assertThat(journeys.stageCodes(id)).containsExactly("00.00", "10.00", "10.60", "10.99", "40.99");
    }

    @Test
    void aGroupStandardInUseLongEnoughIsAdoptedInTwelveMonths() {
        Map<String, Object> body = journeys.nationalStandard("Cloud native maturity, adopted");
        body.put("track", "GROUP_ADOPTION");
        body.put(
                "source",
                Map.of(
                        "number",
                        "T/CCSA 321-2022",
                        "inUseSince",
                        LocalDate.ofInstant(now(), ZONE).minusYears(2).toString()));
        long id = journeys.register(body);
        journeys.submitAndApproveProposal(id);
        JsonNode planned = journeys.standard(id);
        assertThat(planned.get("stage").asText())
                .as("its steps are the regular ones")
                .isEqualTo("DRAFTING");
        assertThat(LocalDate.ofInstant(
                        Instant.parse(planned.get("developmentDueAt").asText()), ZONE))
                .isEqualTo(LocalDate.ofInstant(now(), ZONE).plusMonths(12));
    }

    @Test
    void aTrackIsTakenOnlyWithWhatItNeeds() {
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        long draft = journeys.registerNational("Not yet published");
        refuse(Map.of("track", "ADOPTION"), "track");
        refuse(Map.of("track", "REVISION"), "revisionOf");
        refuse(Map.of("track", "REVISION", "revisionOf", draft), "revisionOf");
        refuse(Map.of("track", "CONVERSION"), "sourceStandard");
        refuse(Map.of("track", "GROUP_ADOPTION", "source", Map.of("number", "YD/T 1-2020")), "sourceStandard");
        refuse(Map.of("track", "GROUP_ADOPTION", "source", Map.of("number", "T/CCSA 1-2020")), "sourceInUseSince");
        refuse(
                Map.of(
                        "track",
                        "GROUP_ADOPTION",
                        "source",
                        Map.of(
                                "number",
                                "T/CCSA 1-2025",
                                "inUseSince",
                                today.minusYears(2).plusDays(1).toString())),
                "sourceInUseSince");
        refuse(Map.of("source", Map.of("number", "YD/T 1-2020")), "sourceStandard");
        refuse(Map.of("revisionOf", draft), "revisionOf");
        Map<String, Object> sector = journeys.nationalStandard("Sector conversion");
        sector.put("type", "SECTOR");
        sector.put("committee", SECTOR);
        sector.put("track", "CONVERSION");
        sector.put("source", Map.of("number", "T/CCSA 9-2020"));
        Api.Response sectorConversion =
                guard.unchangedBy(() -> api.as("secretary2").post("/api/standards", sector));
        assertThat(sectorConversion.status()).isEqualTo(422);
        assertThat(sectorConversion.text("field")).isEqualTo("track");
        Map<String, Object> unknown = journeys.nationalStandard("Unknown track");
        unknown.put("track", "EXPRESS");
        refusals.ofRegistration(unknown, 400, "track");
    }

    private void refuse(Map<String, Object> track, String field) {
        Map<String, Object> body = journeys.nationalStandard("Refused on its track");
        body.putAll(track);
        refusals.ofRegistration(body, 422, field);
    }

    @Test
    void periodicReviewCanConcludeWithAnAmendment() {
        long id = journeys.registerNational("Cloud storage durability");
        journeys.toInForce(id);
        passTime(Period.ofYears(5));
        journeys.fireDueTimers(id);
        Api.Response noReason = journeys.tryComplete("secretary", id, "periodicReview", Map.of("outcome", "AMEND"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("field")).isEqualTo("comment");
        journeys.concludeReview(id, "AMEND", "Table 3 has a wrong unit.");
        assertThat(journeys.stage(id)).isEqualTo("IN_FORCE");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("90.92");
        JsonNode amendments =
                api.as("observer").get("/api/standards/" + id + "/amendments").body();
        assertThat(amendments.findValuesAsText("reason")).containsExactly("Table 3 has a wrong unit.");
        assertThat(journeys.openTaskKeys(id)).as("the drafting group drafts it").contains("submitAmendmentDraft");
    }

    @Test
    void aReviewInAProcessOfTheEarlierModelIsDecidedByItsSecretariatAsItWas() {
        long id;
        deploy("standard-lifecycle-before-review-batches.bpmn", Bpmn.convertToString(modelBeforeReviewBatches()));
        try {
            id = journeys.importedUnderReview("Cloud review on the earlier model");
        } finally {
            deploy("standard-lifecycle.bpmn", Bpmn.convertToString(Bpmn.readModelFromFile(LIFECYCLE_MODEL)));
        }
        journeys.complete(
                "secretary", id, "periodicReview", Map.of("outcome", "AMEND", "comment", "Clause 4 is out of date."));
        assertThat(journeys.stageCodes(id)).last().isEqualTo("90.92");
        assertThat(api.as("observer")
                        .get("/api/standards/" + id + "/amendments")
                        .body()
                        .findValuesAsText("reason"))
                .containsExactly("Clause 4 is out of date.");
        JsonNode conclusion = Journeys.conclusionOf(
                api.as("secretary").get(journeys.reviewBatch(NATIONAL)).body(), id);
        assertThat(conclusion.get("status").asText())
                .as("nothing waits for a batch")
                .isEqualTo("DECIDED");
        assertThat(conclusion.get("decidedBy").asText()).isEqualTo("secretary");
        long later = journeys.importedUnderReview("Cloud review on the model of today");
        journeys.complete("secretary", later, "periodicReview", Map.of("outcome", "CONFIRM"));
        assertThat(journeys.openTaskKeys(later))
                .as("a new process waits for its batch again")
                .isEmpty();
        journeys.submitReviewBatch(NATIONAL);
        assertThat(journeys.openTaskKeys(later)).containsExactly("endorseReviewConclusion");
    }

    private static final File LIFECYCLE_MODEL = new File("bpmn/standard-lifecycle.bpmn");

    /** Today's lifecycle model without the review batch: the secretariat's conclusion goes to its decision. */
    private static BpmnModelInstance modelBeforeReviewBatches() {
        BpmnModelInstance model = Bpmn.readModelFromFile(LIFECYCLE_MODEL);
        for (String id : List.of(
                "conclusionProposed",
                "conclusionSubmitted",
                "conclusionToDepartment",
                "conclusionToApprover",
                "toEndorsementDecision",
                "conclusionEndorsed",
                "conclusionReturned",
                "reviewBatchSubmitted",
                "conclusionThroughDepartment",
                "endorseReviewConclusion",
                "endorsementDecision",
                "decideReviewConclusion")) {
            for (String element : List.of(id + "_di", id)) {
                ModelElementInstance instance = model.getModelElementById(element);
                instance.getParentElement().removeChildElement(instance);
            }
        }
        SequenceFlow toDecision = model.getModelElementById("toReviewDecision");
        toDecision.setSource(model.getModelElementById("periodicReview"));
        return model;
    }

    private void deploy(String name, String xml) {
        repository.createDeployment().addString(name, xml).name(name).deploy();
    }

    @Test
    void periodicReviewCanWithdrawTheStandard() {
        long id = journeys.registerNational("Cloud legacy virtualisation");
        journeys.toInForce(id);
        passTime(Period.ofYears(5));
        journeys.fireDueTimers(id);
        journeys.concludeReview(id, "WITHDRAW", "Superseded.");
        assertThat(journeys.stage(id)).as("publicly noticed first").isEqualTo("PERIODIC_REVIEW");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("90.60");
        passTime(Period.ofDays(29));
        assertThat(journeys.fireDueTimers(id)).isZero();
        passTime(Period.ofDays(1));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        assertThat(journeys.stage(id)).isEqualTo("WITHDRAWN");
        assertThat(journeys.stageCodes(id)).last().isEqualTo("95.99");
        assertThat(journeys.timers(id)).isEmpty();
    }

    @Test
    void developmentClockMarksOverdueStandards() {
        long id = journeys.registerNational("Cloud cost allocation");
        journeys.submitAndApproveProposal(id);
        assertThat(journeys.standard(id).get("overdue").asBoolean()).isFalse();
        passTime(Period.ofMonths(18).plusDays(1));
        assertThat(journeys.standard(id).get("overdue").asBoolean())
                .as("GB/T limit is 18 months")
                .isTrue();
    }

    @Test
    void mandatoryStandardsHaveTwentyFourMonths() {
        Map<String, Object> body = journeys.nationalStandard("Cloud security baseline");
        body.put("type", "GB");
        long id = journeys.register(body);
        journeys.submitAndApproveProposal(id);
        passTime(Period.ofMonths(18).plusDays(1));
        assertThat(journeys.standard(id).get("overdue").asBoolean()).isFalse();
        passTime(Period.ofMonths(6));
        assertThat(journeys.standard(id).get("overdue").asBoolean()).isTrue();
    }

    private long failedBallot(String title) {
        long id = journeys.registerNational(title);
        journeys.toTechnicalReview(id);
        journeys.complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        journeys.complete("reviewer2", id, "castVote", Map.of("vote", "DISAPPROVE", "comment", "Not interoperable."));
        journeys.complete(
                "reviewer3", id, "castVote", Map.of("vote", "DISAPPROVE", "comment", "Incomplete threat model."));
        journeys.complete("reviewer4", id, "castVote", Map.of("vote", "ABSTAIN"));
        assertThat(journeys.openTaskKeys(id)).containsExactly("decideFailedBallot");
        return id;
    }

    private JsonNode lastEvent(long id) {
        JsonNode history = journeys.standard(id).get("history");
        return history.get(history.size() - 1);
    }
}
