package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * Every task is due when the policy, the model or the feature says; lists put the soonest first and mark
 * what is past due; a standard waiting in a stage longer than its typical time is stalled.
 */
abstract class DueDatesTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    private static Instant inProgrammeCalendar(Instant from, Period period) {
        return ZonedDateTime.ofInstant(from, ZONE).plus(period).toInstant();
    }

    private static Instant due(JsonNode task) {
        return Instant.parse(task.get("due").asText());
    }

    @Test
    void eachTaskIsDueWhenThePolicyTheModelOrItsFeatureSays() {
        Instant before = now();
        long id = journeys.registerNational("Due dates");
        Instant after = now();
        assertThat(due(journeys.task("secretary", id, "submitProposal")))
                .as("the policy's period from the task's creation (P30D)")
                .isBetween(
                        inProgrammeCalendar(before, Period.ofDays(30)), inProgrammeCalendar(after, Period.ofDays(30)));

        journeys.submitAndApproveProposal(id);
        assertThat(due(journeys.task("drafter", id, "submitDraft")))
                .as("a draft is due when the development clock runs out")
                .isEqualTo(Instant.parse(
                        journeys.standard(id).get("developmentDueAt").asText()));

        Instant submitted = now();
        journeys.complete("drafter", id, "submitDraft");
        assertThat(due(journeys.task("secretary", id, "openConsultation")))
                .isBetween(
                        inProgrammeCalendar(submitted, Period.ofDays(14)),
                        inProgrammeCalendar(now(), Period.ofDays(14)));
        journeys.openConsultation(id);
        journeys.closeConsultation(id);
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        JsonNode ballot = api.as("secretary")
                .get("/api/standards/" + id + "/ballots")
                .body()
                .get(0);
        assertThat(due(journeys.task("reviewer1", id, "castVote")))
                .as("a vote is due when its ballot closes")
                .isEqualTo(Instant.parse(ballot.get("closesAt").asText()));
    }

    @Test
    void listsPutTheSoonestDueFirstAndMarkWhatIsPastDue() {
        long older = journeys.registerNational("Due later");
        journeys.complete("secretary", older, "submitProposal");
        passTime(Period.ofDays(30));
        journeys.fireDueTimers(older);
        long newer = journeys.registerNational("Due sooner");
        List<Instant> dues = new ArrayList<>();
        api.as("secretary")
                .get("/api/tasks")
                .body()
                .forEach(t -> dues.add(t.get("due").isNull() ? null : due(t)));
        assertThat(dues)
                .as("soonest due first, tasks without a due date last")
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()))
                .contains(due(journeys.task("secretary", newer, "submitProposal")));

        passTime(Period.ofDays(31));
        String page = api.as("secretary").get("/tasks").body().asText();
        String row = page.substring(page.indexOf("data-standard-id=\"" + newer + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).as("past due, marked").contains("badge overdue");
    }

    @Test
    void aStandardWaitingLongerThanItsStageTakesIsStalled() {
        Instant before = now();
        long id = journeys.registerNational("Stalled");
        Instant after = now();
        assertThat(journeys.standard(id).get("stalledSince").isNull()).isTrue();
        passTime(Period.ofMonths(1).plusDays(2));
        JsonNode standard = journeys.standard(id);
        assertThat(Instant.parse(standard.get("stalledSince").asText()))
                .as("in PRELIMINARY since its registration, longer than P1M")
                .isBetween(before, after);
        assertThat(api.as("admin").get("/standards/" + id).body().asText()).contains("badge stalled");
        JsonNode listed = null;
        for (JsonNode s :
                api.as("admin").get("/api/standards?q=Stalled&size=500").body().get("items")) {
            if (s.get("id").asLong() == id) {
                listed = s;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("stalledSince")).isEqualTo(standard.get("stalledSince"));

        journeys.complete("secretary", id, "submitProposal");
        assertThat(journeys.standard(id).get("stalledSince").isNull())
                .as("a new stage, a new clock")
                .isTrue();
    }
}
