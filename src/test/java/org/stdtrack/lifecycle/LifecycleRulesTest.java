package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * Rules of the lifecycle an outside review found broken (issue 12): a ballot's stage event names its
 * result and no voter, national numbers stay unique, a draft is sent back without resolutions, a standard
 * enters into force on its implementation date however late its timer runs.
 */
abstract class LifecycleRulesTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPassingBallotsStageEventNamesTheResultAndNoVoter() {
        long id = journeys.registerNational("Ballot record");
        journeys.toTechnicalReview(id);
        // The vote's page states the rule on its bases.
        String votePage = api.as("reviewer1")
                .fetch("/tasks/"
                        + journeys.task("reviewer1", id, "castVote").get("id").asText())
                .text();
        assertThat(votePage).contains("3/4 of all members of the committee", "an abstention takes part");
        for (String voter : List.of("reviewer1", "reviewer2", "reviewer3")) {
            journeys.complete(voter, id, "castVote", Map.of("vote", "APPROVE"));
        }
        String secret = "Private remark of the last voter " + id;
        journeys.complete("reviewer4", id, "castVote", Map.of("vote", "APPROVE_WITH_COMMENTS", "comment", secret));

        JsonNode approval = null;
        for (JsonNode event : journeys.standard(id).get("history")) {
            if (event.get("code").asText().equals("40.99")) {
                approval = event;
            }
        }
        assertThat(approval).isNotNull();
        assertThat(approval.get("reason").asText())
                .isEqualTo("passed: 4 approve (1 with comments), 0 disapprove, 0 abstain, 0 not voted; counted on: "
                        + "votes cast 4 >= 3/4 of 5 (all members); approvals 4 >= 2/3 and disapprovals 0 <= 1/4 of 4 "
                        + "taking part (abstentions included)");
        assertThat(approval.get("actor").asText()).isEqualTo("ballot");
        assertThat(journeys.standard(id).toString()).doesNotContain(secret).doesNotContain("\"actor\":\"reviewer4\"");
        // The vote's comment stays with the vote, where the ballot's readers find it.
        assertThat(jdbc.sql(
                                "select comment from ballot_vote v join ballot b on b.id = v.ballot_id where b.standard_id = ? and v.username = 'reviewer4'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(secret);
    }

    @Test
    void aBallotIsCountedOnTheBasesItsCommitteeHadWhenItOpenedAndRecusesOnlyWhereTheCommitteeDoes() {
        JsonNode committee = journeys.changeCommittee(
                "TC28-SC38",
                Map.of(
                        "recusal",
                        false,
                        "ballotRule",
                        Map.of("participationBase", "ELIGIBLE", "abstentions", "EXCLUDE")));
        long id;
        try {
            id = journeys.registerNational("Ballot on the ISO bases");
            journeys.toTechnicalReview(id);
        } finally {
            // Back to the national rule while the ballot is open: the ballot keeps the bases it opened with.
            journeys.restoreCommittee(committee);
        }
        assertThat(api.as("admin").get("/api/committees/TC28-SC38").text("recusal"))
                .isEqualTo("true");
        journeys.complete("drafter", id, "castVote", Map.of("vote", "APPROVE"));
        journeys.complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        journeys.complete("reviewer2", id, "castVote", Map.of("vote", "APPROVE"));
        journeys.complete("reviewer3", id, "castVote", Map.of("vote", "DISAPPROVE", "comment", "Clause 5 is wrong."));
        journeys.complete("reviewer4", id, "castVote", Map.of("vote", "ABSTAIN"));

        // 3 of the 4 votes that count approve and 1 of 4 disapproves: passed on the ISO bases (the national
        // bases, 3 approvals of 5 taking part, would fail it), and contested by the disapproval: to a meeting.
        assertThat(journeys.openTaskKeys(id)).containsExactly("holdReviewMeeting");
        JsonNode ballot = api.as("secretary")
                .get("/api/standards/" + id + "/ballots")
                .body()
                .get(0);
        assertThat(ballot.get("recused")).as("nobody recused").isEmpty();
        assertThat(ballot.get("result").asText()).isEqualTo("PASSED");
        assertThat(ballot.get("bases").get("participationBase").asText()).isEqualTo("ELIGIBLE");
        assertThat(ballot.get("counting").asText())
                .contains("of 5 (eligible members)", "of 4 votes (abstentions excluded)");
    }

    @Test
    void aDualNumberCannotRepeatANationalNumberAlreadyPublished() {
        long plain = journeys.registerNational("Published plainly");
        var adoption = journeys.nationalStandard("Adopted identically");
        adoption.put("international", Map.of("reference", "ISO/IEC 17788:2014", "degree", "IDT"));
        long identical = journeys.register(adoption);
        journeys.toApproval(plain);
        journeys.submitAndApproveProposal(identical);
        journeys.openConsultation(identical);
        journeys.closeConsultation(identical);
        journeys.draftForReview(identical);
        journeys.complete("drafter", identical, "resolveComments", Map.of("outcome", "SUBMIT"));
        journeys.ballotPasses(identical);
        String number = journeys.nextNumber("GB/T");
        journeys.publish(plain, number);
        journeys.submitForApproval(identical);
        journeys.complete("sac", identical, "approvePublication", Map.of("outcome", "APPROVE"));
        var today = LocalDate.ofInstant(now(), ZONE);
        Api.Response dual = journeys.tryComplete(
                "sac",
                identical,
                "publish",
                Map.of(
                        "publishedNumber",
                        number + "/ISO/IEC 17788:2014",
                        "publicationDate",
                        today.toString(),
                        "implementationDate",
                        today.plusMonths(6).toString()));
        assertThat(dual.status()).isEqualTo(409);
        assertThat(dual.text("detail")).contains(number + " is already the number of another standard");
        Api.Response tooLong = journeys.tryComplete(
                "sac",
                identical,
                "publish",
                Map.of(
                        "publishedNumber",
                        journeys.nextNumber("GB/T") + "/ISO/IEC 17788:2014" + "x".repeat(200),
                        "publicationDate",
                        today.toString(),
                        "implementationDate",
                        today.plusMonths(6).toString()));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text("field")).isEqualTo("publishedNumber");
        assertThat(journeys.stage(identical)).isEqualTo("APPROVAL");
    }

    @Test
    void sendingTheDraftBackNeedsNoResolutionsOnlySubmittingDoes() {
        long id = journeys.registerNational("Revised before resolving");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        assertThat(api.as("reviewer1")
                        .post(
                                "/api/standards/" + id + "/comments",
                                Map.of("clause", "4", "type", "GENERAL", "text", "The scope is unclear."))
                        .status())
                .isEqualTo(201);
        journeys.closeConsultation(id);
        assertThat(journeys.tryComplete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"))
                        .status())
                .isEqualTo(409);
        journeys.complete(
                "drafter",
                id,
                "resolveComments",
                Map.of("outcome", "REVISE", "comment", "Rewrite the scope and consult again."));
        assertThat(journeys.stageCodes(id)).endsWith("30.93");
    }

    @Test
    void aStandardEntersIntoForceOnItsImplementationDateHoweverLateTheTimerRuns() {
        long id = journeys.registerNational("Late timer");
        journeys.toApproval(id);
        journeys.publish(id, journeys.nextNumber("GB/T"));
        LocalDate implementation =
                LocalDate.parse(journeys.standard(id).get("implementationDate").asText());
        passTime(Period.ofMonths(9));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        JsonNode inForce = null;
        for (JsonNode event : journeys.standard(id).get("history")) {
            if (event.get("to").asText().equals("IN_FORCE")) {
                inForce = event;
            }
        }
        Instant effective = implementation.atStartOfDay(ZONE).toInstant();
        assertThat(Instant.parse(inForce.get("time").asText())).isEqualTo(effective);
        var review = journeys.timers(id).get(0);
        assertThat(review.getDuedate().toInstant())
                .as("five years from the implementation date, not from the late timer")
                .isEqualTo(implementation.plusYears(5).atStartOfDay(ZONE).toInstant());
    }
}
