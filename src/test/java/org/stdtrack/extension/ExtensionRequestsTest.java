package org.stdtrack.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Asking for more development time as the national rule allows, and the approving body's decision: the
 * due date moves (and the draft's task with it) only when granted.
 */
abstract class ExtensionRequestsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private static String requests(long id) {
        return "/api/standards/" + id + "/extension-requests";
    }

    private Instant due(long id) {
        return Instant.parse(journeys.standard(id).get("developmentDueAt").asText());
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The instant a limit "to the end of that day" ends. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    private Api.Response ask(String user, long id, LocalDate newDueDate) {
        return api.as(user).post(requests(id), Map.of("newDueDate", newDueDate.toString(), "reason", "Field trials"));
    }

    @Test
    void theSecretariatAsksInTimeAndTheApprovingBodyGrantsIt() {
        long id = journeys.registerNational("Extension granted");
        journeys.submitAndApproveProposal(id);
        Instant due = due(id);
        LocalDate asked = day(due).plusMonths(3);

        Api.Response created = ask("secretary", id, asked);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("OPEN");
        assertThat(Instant.parse(created.text("previousDueAt"))).isEqualTo(due);
        assertThat(Instant.parse(created.text("newDueAt"))).isEqualTo(endOf(asked));
        assertProblem(guard.unchangedBy(() -> ask("secretary", id, asked.plusDays(1))), 409);

        assertThat(journeys.task("sac", id, "decideExtension")).isNotNull();
        assertThat(api.as("miit").get("/api/tasks?standard=" + id).body().toString())
                .as("a national standard's extension is SAC's to decide")
                .doesNotContain("decideExtension");
        String taskPage = api.as("sac")
                .get("/tasks/"
                        + journeys.task("sac", id, "decideExtension").get("id").asText())
                .body()
                .asText();
        assertThat(taskPage).contains("Field trials").contains(asked.toString());

        journeys.complete("sac", id, "decideExtension", Map.of("outcome", "APPROVE", "comment", "Trials are needed"));
        JsonNode standard = journeys.standard(id);
        assertThat(Instant.parse(standard.get("developmentDueAt").asText())).isEqualTo(endOf(asked));
        JsonNode extension = standard.get("extensions").get(0);
        assertThat(extension.get("status").asText()).isEqualTo("APPROVED");
        assertThat(extension.get("decidedBy").asText()).isEqualTo("sac");
        assertThat(extension.get("decisionReason").asText()).isEqualTo("Trials are needed");
        assertThat(Instant.parse(
                        journeys.task("drafter", id, "submitDraft").get("due").asText()))
                .as("the draft's task moves with the clock")
                .isEqualTo(endOf(asked));
        assertThat(api.as("secretary").get("/standards/" + id).body().asText())
                .contains("id=\"extension-" + extension.get("id").asLong() + "\"");
    }

    @Test
    void aSectorStandardsExtensionIsMiitsAndARefusalNeedsItsReason() {
        Map<String, Object> body = journeys.nationalStandard("Extension refused");
        body.put("type", "SECTOR");
        body.put("committee", "CCSA-TC1");
        long id = journeys.register(body);
        journeys.complete("secretary2", id, "submitProposal");
        passTime(Period.ofDays(30));
        journeys.fireDueTimers(id);
        journeys.complete("miit", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "2026-0900-T-YD"));
        Instant due = due(id);
        assertThat(ask("secretary2", id, day(due).plusMonths(1)).status()).isEqualTo(201);

        String task = journeys.task("miit", id, "decideExtension").get("id").asText();
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("miit").post("/api/tasks/" + task + "/complete", Map.of("outcome", "REJECT"))),
                422);
        journeys.complete("miit", id, "decideExtension", Map.of("outcome", "REJECT", "comment", "No reason given"));
        JsonNode standard = journeys.standard(id);
        assertThat(Instant.parse(standard.get("developmentDueAt").asText()))
                .as("unchanged")
                .isEqualTo(due);
        assertThat(standard.get("extensions").get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(ask("secretary2", id, day(due).plusMonths(2)).status())
                .as("a decided request leaves the way open for another")
                .isEqualTo(201);
    }

    @Test
    void onlyTheSecretariatAsksWhileTheStandardIsDevelopedInTimeAndWithinTheLimit() {
        long preliminary = journeys.registerNational("Extension too early");
        assertProblem(guard.unchangedBy(() -> ask("secretary", preliminary, LocalDate.of(2030, 1, 1))), 409);

        long id = journeys.registerNational("Extension rules");
        journeys.submitAndApproveProposal(id);
        LocalDate due = day(due(id));
        assertProblem(guard.unchangedBy(() -> ask("drafter", id, due.plusMonths(1))), 403);
        assertProblem(guard.unchangedBy(() -> ask("sac", id, due.plusMonths(1))), 403);
        assertProblem(guard.unchangedBy(() -> ask("secretary2", id, due.plusMonths(1))), 404);
        assertProblem(guard.unchangedBy(() -> ask("enterprise1", id, due.plusMonths(1))), 404);

        Api.Response tooFar =
                guard.unchangedBy(() -> ask("secretary", id, due.plusMonths(6).plusDays(1)));
        assertProblem(tooFar, 422);
        assertThat(tooFar.text("field")).isEqualTo("newDueDate");
        assertProblem(guard.unchangedBy(() -> ask("secretary", id, due.minusDays(1))), 422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").post(requests(id), Map.of("reason", "No date"))), 422);
        assertThat(ask("secretary", id, due.plusMonths(6)).status())
                .as("exactly the maximum")
                .isEqualTo(201);

        long late = journeys.registerNational("Extension too late");
        journeys.submitAndApproveProposal(late);
        LocalDate lateDue = day(due(late));
        passTime(Period.ofMonths(18).minusDays(20));
        Api.Response tooLate = guard.unchangedBy(() -> ask("secretary", late, lateDue.plusMonths(1)));
        assertProblem(tooLate, 409);
        assertThat(tooLate.text("detail")).contains("the last day to ask was " + lateDue.minusDays(30));
    }
}
