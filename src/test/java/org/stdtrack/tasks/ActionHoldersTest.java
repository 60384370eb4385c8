package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * Who a standard in development waits on (issue 33, item 1): the candidate group of an unclaimed task and for how
 * long, the claimant of a claimed one, the timer when no one has a task, and a ballot's voters named only to the
 * secretariat; in the standard's JSON and in the list. On H2 and PostgreSQL.
 */
abstract class ActionHoldersTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    private final String serial = "AH" + SERIAL.incrementAndGet() + "X" + System.nanoTime() % 100_000;

    @Test
    void anUnclaimedTaskNamesItsGroupAClaimedOneItsClaimantATimerWhatItWaitsFor() {
        long id = journeys.registerNational("Held " + serial);
        JsonNode holders = standard("secretary", id).get("actionHolders");
        assertThat(holders).hasSize(1);
        assertThat(holders.get(0).get("group").asText()).isEqualTo("secretariatTC28SC38");
        assertThat(holders.get(0).get("user").isNull()).isTrue();
        assertThat(holders.get(0).get("task").asText()).isEqualTo("submitProposal");
        assertThat(holders.get(0).get("daysWaiting").asLong()).isZero();
        assertThat(standard("secretary", id).get("waitingFor").isNull()).isTrue();

        passTime(Period.ofDays(3));
        assertThat(standard("observer", id)
                        .get("actionHolders")
                        .get(0)
                        .get("daysWaiting")
                        .asLong())
                .as("counted from the task's creation, for every reader of the standard")
                .isEqualTo(3);
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text())
                .as("the page says it in the reader's language")
                .contains("等待处理", "技术委员会秘书处", "提交项目建议", "已等待 3 天");
        String task = journeys.task("secretary", id, "submitProposal").get("id").asText();
        assertThat(api.as("secretary")
                        .post("/api/tasks/" + task + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        JsonNode claimed = standard("observer", id).get("actionHolders").get(0);
        assertThat(claimed.get("user").asText()).isEqualTo("secretary");
        assertThat(claimed.get("group").isNull()).isTrue();

        journeys.complete("secretary", id, "submitProposal");
        journeys.complete(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", Journeys.nextPlanNumber()));
        JsonNode waiting = standard("observer", id);
        assertThat(waiting.get("actionHolders")).isEmpty();
        assertThat(waiting.get("waitingFor").get("event").asText()).isEqualTo("proposalCommentPeriodEnded");
        assertThat(waiting.get("waitingFor").get("until").asText())
                .isEqualTo(journeys.timers(id).get(0).getDuedate().toInstant().toString());
        JsonNode listed = api.as("secretary")
                .get("/api/standards?q=" + serial)
                .get("items")
                .get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(id);
        assertThat(listed.get("waitingFor").get("event").asText())
                .as("the list says it as the standard does")
                .isEqualTo("proposalCommentPeriodEnded");
        assertThat(api.as("secretary").fetchIn("en", "/standards/" + id).text())
                .contains("Waits for the end of the proposal&#39;s comment period on");
    }

    @Test
    void aBallotsVotersAreNamedToTheSecretariatAndCountedForEveryoneElse() {
        long id = journeys.registerNational("Balloted " + serial);
        journeys.toTechnicalReview(id);
        journeys.complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));

        JsonNode named = standard("secretary", id).get("actionHolders");
        assertThat(named.findValuesAsText("user")).containsExactlyInAnyOrder("reviewer2", "reviewer3", "reviewer4");
        JsonNode counted = standard("reviewer2", id).get("actionHolders");
        assertThat(counted).hasSize(1);
        assertThat(counted.get(0).get("group").asText()).isEqualTo("votingMembers");
        assertThat(counted.get(0).get("count").asInt()).isEqualTo(3);
        assertThat(counted.toString()).doesNotContain("reviewer3", "reviewer4");
        assertThat(api.as("reviewer2").get("/api/standards?q=" + serial).body().toString())
                .as("nor does the list tell who has yet to vote")
                .doesNotContain("reviewer3", "reviewer4")
                .contains("votingMembers");
    }

    @Test
    void aPublishedStandardHasNoActionHolders() {
        long id = journeys.importedPublished("Done " + serial);
        JsonNode standard = standard("secretary", id);
        assertThat(standard.get("actionHolders")).isEmpty();
        assertThat(standard.get("waitingFor").isNull()).isTrue();
    }

    private JsonNode standard(String user, long id) {
        Api.Response response = api.as(user).get("/api/standards/" + id);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }
}
