package org.stdtrack.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Duplication claims at the proposal (issue 33, item 5): filed by anyone signed in while the approved proposal
 * is publicly commented, answered by the secretariat; the plan waits for the last answer, a withdrawal ends the
 * item, and the claimant is told. On H2 and PostgreSQL.
 */
abstract class DuplicationClaimsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Test
    void thePlanWaitsForTheLastAnswerToTheClaimsOfItsCommentPeriod() {
        long id = approvedProposal("Claimed " + System.nanoTime());
        String claims = "/api/standards/" + id + "/duplication-claims";
        Api.Response first = api.as("reviewer1")
                .post(claims, Map.of("existingNumber", "GB/T 37732-2019", "reason", "The same scope."));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        Api.Response second = api.as("enterprise1")
                .post(claims, Map.of("existingNumber", "YD/T 3763-2020", "reason", "Ours covers it."));
        assertThat(second.status())
                .as("the proposal is public while it is commented")
                .isEqualTo(201);
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer1")
                        .post(claims, Map.of("existingNumber", "GB/T 1", "existingStandard", id, "reason", "Both."))),
                422);
        assertThat(api.as("enterprise1").get(claims).body()).hasSize(2);

        passTime(Period.ofDays(30));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        JsonNode waiting = journeys.standard(id);
        assertThat(waiting.get("stage").asText()).as("the plan waits").isEqualTo("PROPOSAL");
        assertThat(waiting.get("waitingFor").get("event").asText()).isEqualTo("duplicationClaimsAnswered");
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("reviewer1").post(claims, Map.of("existingNumber", "GB/T 2", "reason", "Late."))),
                409);

        String answerFirst = claims + "/" + first.get("id").asLong();
        Map<String, Object> notADuplicate = Map.of("deliberation", "NOT_A_DUPLICATE", "reason", "Other scope.");
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").put(answerFirst, notADuplicate)), 403);
        assertThat(api.as("secretary").put(answerFirst, notADuplicate).status()).isEqualTo(200);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").put(answerFirst, notADuplicate)), 409);
        assertThat(journeys.stage(id)).as("one claim still open").isEqualTo("PROPOSAL");
        api.as("secretary")
                .put(
                        claims + "/" + second.get("id").asLong(),
                        Map.of("deliberation", "MERGE", "reason", "Merged into clause 5."));
        assertThat(journeys.stage(id))
                .as("the last answer: the plan takes effect")
                .isEqualTo("DRAFTING");
        assertThat(api.as("reviewer1")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .contains("DUPLICATION_CLAIM_ANSWERED");
    }

    @Test
    void aWithdrawalEndsTheItemWhenItsPeriodEndsAndClaimsOutsideThePeriodAreRefused() {
        long draft = journeys.registerNational("Not yet approved " + System.nanoTime());
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(
                                "/api/standards/" + draft + "/duplication-claims",
                                Map.of("existingNumber", "GB/T 3", "reason", "Too early."))),
                409);
        assertProblem(
                api.as("enterprise1")
                        .post(
                                "/api/standards/" + draft + "/duplication-claims",
                                Map.of("existingNumber", "GB/T 3", "reason", "Not public.")),
                404);

        long id = approvedProposal("Withdrawn " + System.nanoTime());
        String page = "/standards/" + id;
        assertThat(api.as("reviewer2").fetchIn("zh", page).text()).contains("重复性异议", "id=\"claim-duplication\"");
        assertThat(api.as("reviewer2")
                        .submitFormIn(
                                "en",
                                page + "/duplication-claims",
                                Map.of("existingNumber", "GB/T 4", "reason", "Duplicate."))
                        .status())
                .as("filed on the standard's page")
                .isEqualTo(302);
        long claim = api.as("reviewer2")
                .get("/api/standards/" + id + "/duplication-claims")
                .body()
                .get(0)
                .get("id")
                .asLong();
        for (int i = 1; i < DuplicationClaims.MAX_CLAIMS_PER_CLAIMANT; i++) {
            api.as("reviewer2")
                    .post(
                            "/api/standards/" + id + "/duplication-claims",
                            Map.of("existingNumber", "GB/T 4" + i, "reason", "Also."));
        }
        assertProblem(
                guard.unchangedBy(() -> api.as("reviewer2")
                        .post(
                                "/api/standards/" + id + "/duplication-claims",
                                Map.of("existingNumber", "GB/T 49", "reason", "One too many."))),
                409);
        assertThat(api.as("secretary").fetchIn("en", page).text())
                .contains("GB/T 4", page + "/duplication-claims/" + claim + "/answer");
        assertThat(api.as("secretary")
                        .submitFormIn(
                                "en",
                                page + "/duplication-claims/" + claim + "/answer",
                                Map.of("deliberation", "WITHDRAW", "reason", "It duplicates GB/T 4."))
                        .status())
                .isEqualTo(302);
        assertThat(journeys.stage(id)).as("the period runs on").isEqualTo("PROPOSAL");
        passTime(Period.ofDays(30));
        journeys.fireDueTimers(id);
        assertThat(journeys.stage(id)).isEqualTo("CANCELLED");
    }

    private long approvedProposal(String title) {
        long id = journeys.registerNational(title);
        journeys.complete("secretary", id, "submitProposal");
        journeys.complete(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", Journeys.nextPlanNumber()));
        return id;
    }
}
