package org.stdtrack.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
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
 * A proposal waits for its committee's support before the secretariat submits it: enough supporters, or a
 * majority of the members; each member's position recorded and changeable until then. On H2 and PostgreSQL.
 */
abstract class ProposalSupportTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    TestAccounts accounts;

    private static String support(long id) {
        return "/api/standards/" + id + "/proposal-support";
    }

    private Api.Response position(String user, long id, String position) {
        return api.as(user).post(support(id), Map.of("position", position));
    }

    @Test
    void aProposalIsSubmittedOnceEnoughMembersSupportIt() {
        JsonNode committee =
                journeys.changeCommittee(NATIONAL, Map.of("proposalSupport", "SUPPORTERS", "proposalSupporters", 2));
        try {
            long id = journeys.registerNational("Proposal with supporters");
            Api.Response early =
                    guard.unchangedBy(() -> journeys.tryComplete("secretary", id, "submitProposal", Map.of()));
            assertProblem(early, 409);
            assertThat(early.text("detail")).contains("at least 2 members", "0 so far", "proposal-support");

            assertThat(position("reviewer1", id, "SUPPORT").get("support").asLong())
                    .isEqualTo(1);
            assertProblem(guard.unchangedBy(() -> position("secretary", id, "SUPPORT")), 403);
            assertProblem(guard.unchangedBy(() -> position("sac", id, "SUPPORT")), 403);
            assertProblem(guard.unchangedBy(() -> position("enterprise1", id, "SUPPORT")), 404);
            assertProblem(guard.unchangedBy(() -> position("reviewer2", id, "MAYBE")), 400);
            JsonNode opposed = position("reviewer2", id, "OPPOSE").body();
            assertThat(opposed.get("support").asLong()).isEqualTo(1);
            assertThat(opposed.get("oppose").asLong()).isEqualTo(1);
            assertThat(opposed.get("met").asBoolean()).isFalse();
            JsonNode changed = position("reviewer2", id, "SUPPORT").body();
            assertThat(changed.get("support").asLong()).as("a position changes").isEqualTo(2);
            assertThat(changed.get("met").asBoolean()).isTrue();
            assertThat(api.as("observer")
                            .get(support(id))
                            .body()
                            .get("positions")
                            .findValuesAsText("username"))
                    .containsExactlyInAnyOrder("reviewer1", "reviewer2");

            journeys.complete("secretary", id, "submitProposal");
            assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
            assertProblem(guard.unchangedBy(() -> position("reviewer3", id, "SUPPORT")), 409);
            assertThat(api.as("reviewer1").fetch("/standards/" + id).text()).contains("id=\"proposal-support\"");
        } finally {
            journeys.restoreCommittee(committee);
        }
    }

    @Test
    void onlyTheCurrentRollsPositionsCount() {
        JsonNode committee =
                journeys.changeCommittee(NATIONAL, Map.of("proposalSupport", "SUPPORTERS", "proposalSupporters", 3));
        String disabled = accounts.create("VOTING_MEMBER", NATIONAL);
        String demoted = accounts.create("VOTING_MEMBER", NATIONAL);
        try {
            long id = journeys.registerNational("Proposal whose supporters left");
            position(disabled, id, "SUPPORT");
            position(demoted, id, "SUPPORT");
            assertThat(position("reviewer1", id, "SUPPORT").get("support").asLong())
                    .isEqualTo(3);

            assertThat(api.as("admin")
                            .post("/api/users/" + disabled + "/disable", Map.of())
                            .status())
                    .isEqualTo(200);
            assertThat(api.as("admin")
                            .put("/api/users/" + demoted + "/roles", List.of(Map.of("role", "OBSERVER")))
                            .status())
                    .isEqualTo(200);
            JsonNode standing = api.as("secretary").get(support(id)).body();
            assertThat(standing.get("support").asLong()).isEqualTo(1);
            assertThat(standing.get("met").asBoolean()).isFalse();
            assertThat(standing.get("positions").findValuesAsText("username")).containsExactly("reviewer1");
            Api.Response refused =
                    guard.unchangedBy(() -> journeys.tryComplete("secretary", id, "submitProposal", Map.of()));
            assertProblem(refused, 409);
            assertThat(refused.text("detail")).contains("1 so far");
        } finally {
            journeys.restoreCommittee(committee);
            // off the committee's roll whatever happened, for the suites that count its members
            api.as("admin").post("/api/users/" + disabled + "/disable", Map.of());
            api.as("admin").post("/api/users/" + demoted + "/disable", Map.of());
        }
    }

    @Test
    void aCommitteeThatVotesNeedsAMajorityOfItsMembers() {
        JsonNode committee = journeys.changeCommittee(NATIONAL, Map.of("proposalSupport", "VOTE"));
        try {
            long id = journeys.registerNational("Proposal voted by the committee");
            JsonNode standing = api.as("secretary").get(support(id)).body();
            assertThat(standing.get("members").asInt()).isEqualTo(5);
            assertThat(standing.get("needed").asInt()).isEqualTo(3);
            position("drafter", id, "SUPPORT");
            position("reviewer1", id, "SUPPORT");
            Api.Response two =
                    guard.unchangedBy(() -> journeys.tryComplete("secretary", id, "submitProposal", Map.of()));
            assertProblem(two, 409);
            assertThat(two.text("detail")).contains("a majority of the committee's 5 members", "2 so far");
            position("reviewer4", id, "SUPPORT");
            journeys.complete("secretary", id, "submitProposal");
            assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
        } finally {
            journeys.restoreCommittee(committee);
        }
    }

    @Test
    void theSecretariatRecordsThePublicCommentsOnAProposalForItsApprover() {
        long id = journeys.registerNational("Proposal publicly commented");
        String path = "/api/standards/" + id + "/proposal-comments";
        Map<String, Object> letter =
                Map.of("organisation", "中国信息通信研究院", "source", "LETTER", "text", "Align the scope with YD/T 3764.");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, letter)), 409);
        journeys.complete("secretary", id, "submitProposal");

        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(path, letter)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, letter)), 404);
        Api.Response anonymous = guard.unchangedBy(
                () -> api.as("secretary").post(path, Map.of("organisation", " ", "source", "LETTER", "text", "x")));
        assertProblem(anonymous, 422);
        assertThat(anonymous.text("field")).isEqualTo("organisation");
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").post(path, Map.of("organisation", "CAICT", "source", "FAX", "text", "x"))),
                400);

        Api.Response recorded = api.as("secretary").post(path, letter);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.text("source")).isEqualTo("LETTER");
        assertThat(recorded.text("recordedBy")).isEqualTo("secretary");
        assertThat(api.as("observer").get(path).body().findValuesAsText("organisation"))
                .containsExactly("中国信息通信研究院");

        String evaluation =
                journeys.task("sac", id, "approveProposal").get("id").asText();
        assertThat(api.as("sac").fetch("/tasks/" + evaluation).text())
                .as("the approver sees the comments that came before the evaluation")
                .contains("中国信息通信研究院", "Align the scope with YD/T 3764.");
        journeys.complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "2027-0042-T-469"));

        // The public comment period on the platform follows the evaluation.
        Map<String, Object> platform =
                Map.of("organisation", "华为技术有限公司", "source", "PLATFORM", "text", "Add a clause on metering.");
        assertThat(api.as("secretary").post(path, platform).status()).isEqualTo(201);
        passTime(Period.ofDays(30));
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        assertThat(journeys.stage(id)).as("the plan took effect").isEqualTo("DRAFTING");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, letter)), 409);
        assertThat(api.as("observer").get(path).body().findValuesAsText("source"))
                .containsExactly("LETTER", "PLATFORM");
    }
}
