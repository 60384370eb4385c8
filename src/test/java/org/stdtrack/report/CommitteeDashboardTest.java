package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;

/**
 * The committee's dashboard and the approver's (issue 33, item 1): counts equal to the stage report's, each
 * standard with who it waits on, tasks past due, consultations and ballots closing within the week, and who
 * may read it. On H2 and PostgreSQL.
 */
abstract class CommitteeDashboardTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String BOARD = "/api/committees/TC28-SC38/dashboard";

    /** Every standard of a stage listed: the shared test data holds more than a stage lists by default. */
    private static final String WHOLE_BOARD = BOARD + "?perStage=500";

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    private final String serial = SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;

    @Test
    void itsCountsAreTheStageReportsAndEachStandardNamesWhoItWaitsOn() {
        long id = journeys.registerNational("Dashboard " + serial);

        JsonNode board = board("secretary", WHOLE_BOARD + "&programme=" + Demo.PROGRAMME);
        JsonNode report = api.as("admin")
                .get("/api/reports/stages?programme=" + Demo.PROGRAMME + "&groupBy=committee")
                .body();
        JsonNode committee = null;
        for (JsonNode group : report.get("groups")) {
            if (group.get("key").asText().equals("TC28-SC38")) {
                committee = group;
            }
        }
        assertThat(committee).isNotNull();
        assertThat(board.get("byStage")).isEqualTo(committee.get("byStage"));

        JsonNode item = item(board, id);
        assertThat(item).as("listed under its stage").isNotNull();
        assertThat(item.get("actionHolders").get(0).get("group").asText()).isEqualTo("secretariatTC28SC38");
        assertThat(item.get("actionHolders").get(0).get("role").asText()).isEqualTo("SECRETARIAT");
        assertThat(item.get("daysWaiting").asLong()).isZero();
        assertThat(api.as("secretary")
                        .fetchIn("zh", "/committees/TC28-SC38/dashboard?perStage=500")
                        .text())
                .contains("工作看板", "Dashboard " + serial, "技术委员会秘书处");

        assertThat(api.as("secretary").fetchIn("en", "/tasks").text())
                .as("a click from the secretariat's task list")
                .contains("href=\"/committees/TC28-SC38/dashboard\"");
        assertProblem(api.as("secretary2").get(BOARD), 403);
        assertProblem(api.as("enterprise1").get(BOARD), 403);
        assertProblem(api.as(null).get(BOARD), 401);
        assertProblem(api.as("admin").get("/api/committees/NOPE/dashboard"), 404);
        assertThat(api.as("admin").get(BOARD).status()).isEqualTo(200);
    }

    @Test
    void tasksPastDueAndConsultationsAndBallotsClosingThisWeekStandOut() {
        long late = journeys.registerNational("Late " + serial);
        long consulting = journeys.registerNational("Consulting " + serial);
        journeys.submitAndApproveProposal(consulting);
        journeys.complete("drafter", consulting, "submitDraft");
        journeys.openConsultation(consulting);
        passTime(Period.ofDays(55));

        JsonNode board = board("secretary", WHOLE_BOARD);
        JsonNode pastDue = null;
        for (JsonNode p : board.get("pastDue")) {
            if (p.get("standardId").asLong() == late) {
                pastDue = p;
            }
        }
        assertThat(pastDue).as("submitProposal was due in 30 days").isNotNull();
        assertThat(pastDue.get("holder").get("task").asText()).isEqualTo("submitProposal");
        assertThat(pastDue.get("daysPastDue").asLong())
                .as("created 85 days ago (the proposal's 30 days of comment, then 55), due after 30")
                .isEqualTo(55);
        assertThat(board.get("closingThisWeek").toString())
                .contains("\"standardId\":" + consulting + ",")
                .contains("CONSULTATION");

        long balloted = journeys.registerNational("Balloted " + serial);
        journeys.toTechnicalReview(balloted);
        passTime(Period.ofDays(25));
        JsonNode balloting = board("secretary", WHOLE_BOARD);
        assertThat(balloting.get("closingThisWeek").toString())
                .contains("\"standardId\":" + balloted + ",")
                .contains("BALLOT");

        JsonNode votes = item(balloting, balloted).get("actionHolders");
        JsonNode voters =
                api.as("secretary").get("/api/standards/" + balloted).body().get("actionHolders");
        assertThat(voters.size())
                .as("the standard names each voter to its secretariat")
                .isGreaterThan(1);
        assertThat(votes.size()).as("the dashboard counts them as one holder").isEqualTo(1);
        assertThat(votes.get(0).get("group").asText()).isEqualTo("votingMembers");
        assertThat(votes.get(0).get("count").asInt()).isEqualTo(voters.size());
        assertThat(votes.get(0).has("user") && !votes.get(0).get("user").isNull())
                .as("no voter named on the dashboard")
                .isFalse();
    }

    @Test
    void eachStageListsItsLongestWaitingAndLinksToTheRest() {
        journeys.registerNational("Waiting a while " + serial);
        passTime(Period.ofDays(1));
        long newest = journeys.registerNational("Just registered " + serial);

        JsonNode whole = board("secretary", WHOLE_BOARD);
        JsonNode one = board("secretary", BOARD + "?perStage=1");
        JsonNode preliminary = group(one, "PRELIMINARY");
        assertThat(preliminary.get("count").asLong())
                .as("the count is the whole stage's")
                .isEqualTo(group(whole, "PRELIMINARY").get("count").asLong())
                .isGreaterThan(1);
        assertThat(preliminary.get("standards").size()).isEqualTo(1);
        assertThat(preliminary.get("standards").get(0))
                .as("the one waiting longest")
                .isEqualTo(group(whole, "PRELIMINARY").get("standards").get(0));
        assertThat(item(one, newest)).isNull();
        assertThat(item(whole, newest)).isNotNull();
        assertThat(board("secretary", BOARD)
                        .get("stages")
                        .get(0)
                        .get("standards")
                        .size())
                .as("fifty a stage unless asked")
                .isLessThanOrEqualTo(50);

        String page = api.as("secretary")
                .fetchIn("en", "/committees/TC28-SC38/dashboard?perStage=1")
                .text();
        assertThat(page)
                .contains("The 1 waiting longest of " + preliminary.get("count").asLong() + " are listed.")
                .contains("href=\"/standards?committee=TC28-SC38&amp;stage=PRELIMINARY\"")
                .doesNotContain("Just registered " + serial);
        assertThat(api.as("secretary")
                        .fetchIn("zh", "/committees/TC28-SC38/dashboard?perStage=1")
                        .text())
                .contains("列出等待最久的 1 项");
    }

    @Test
    void theApproversDashboardShowsWhatWaitsOnTheirBodyAcrossCommittees() {
        long id = journeys.registerNational("For SAC " + serial);
        journeys.complete("secretary", id, "submitProposal");

        JsonNode board = board("sac", "/api/approvals/dashboard?perStage=500");
        JsonNode item = item(board, id);
        assertThat(item).isNotNull();
        assertThat(item.get("actionHolders").get(0).get("group").asText()).isEqualTo("approverSAC");
        assertThat(item(board("miit", "/api/approvals/dashboard?perStage=500"), id))
                .as("MIIT's approvers are not SAC's")
                .isNull();
        assertProblem(api.as("secretary").get("/api/approvals/dashboard"), 403);
        assertThat(api.as("sac")
                        .fetchIn("en", "/approvals/dashboard?perStage=500")
                        .text())
                .contains("What waits on you", "For SAC " + serial);
    }

    private JsonNode board(String user, String path) {
        Api.Response response = api.as(user).get(path);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode group(JsonNode board, String stage) {
        for (JsonNode group : board.get("stages")) {
            if (group.get("stage").asText().equals(stage)) {
                return group;
            }
        }
        throw new AssertionError("no stage " + stage + " in " + board);
    }

    private static JsonNode item(JsonNode board, long id) {
        for (JsonNode stage : board.get("stages")) {
            for (JsonNode item : stage.get("standards")) {
                if (item.get("id").asLong() == id) {
                    return item;
                }
            }
        }
        return null;
    }
}
