package org.stdtrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
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
abstract class PlanChangesTest {

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

        assertThat(journeys.task("sac", id, "decidePlanChange")).isNotNull();
        assertThat(api.as("miit").get("/api/tasks?standard=" + id).body().toString())
                .as("a national standard's extension is SAC's to decide")
                .doesNotContain("decidePlanChange");
        String taskPage = api.as("sac")
                .get("/tasks/"
                        + journeys.task("sac", id, "decidePlanChange").get("id").asText())
                .body()
                .asText();
        assertThat(taskPage).contains("Field trials").contains(asked.toString());

        journeys.complete("sac", id, "decidePlanChange", Map.of("outcome", "APPROVE", "comment", "Trials are needed"));
        JsonNode standard = journeys.standard(id);
        assertThat(Instant.parse(standard.get("developmentDueAt").asText())).isEqualTo(endOf(asked));
        JsonNode extension = standard.get("planChanges").get(0);
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
        journeys.complete("miit", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "2026-0900-T-YD"));
        passTime(Period.ofDays(30));
        journeys.fireDueTimers(id);
        Instant due = due(id);
        assertThat(ask("secretary2", id, day(due).plusMonths(1)).status()).isEqualTo(201);

        String task = journeys.task("miit", id, "decidePlanChange").get("id").asText();
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("miit").post("/api/tasks/" + task + "/complete", Map.of("outcome", "REJECT"))),
                422);
        journeys.complete("miit", id, "decidePlanChange", Map.of("outcome", "REJECT", "comment", "No reason given"));
        JsonNode standard = journeys.standard(id);
        assertThat(Instant.parse(standard.get("developmentDueAt").asText()))
                .as("unchanged")
                .isEqualTo(due);
        assertThat(standard.get("planChanges").get(0).get("status").asText()).isEqualTo("REJECTED");
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

    private Api.Response change(String user, long id, Map<String, ?> body) {
        return api.as(user).post("/api/standards/" + id + "/plan-changes", body);
    }

    @Test
    void aPlannedProjectEndsOnlyByATerminationItsApproverApproves() {
        long proposal = journeys.registerNational("Termination before the plan");
        Api.Response early = guard.unchangedBy(
                () -> change("secretary", proposal, Map.of("kind", "TERMINATION", "reason", "Not needed")));
        assertProblem(early, 409);

        long id = journeys.registerNational("Termination of a planned project");
        journeys.submitAndApproveProposal(id);
        for (String user : new String[] {"secretary", "admin"}) {
            Api.Response cancelled = guard.unchangedBy(
                    () -> api.as(user).post("/api/standards/" + id + "/cancel", Map.of("reason", "Merged")));
            assertProblem(cancelled, 409);
            assertThat(cancelled.text("detail")).contains("plan-changes", "TERMINATION");
        }
        assertProblem(
                guard.unchangedBy(() -> change("drafter", id, Map.of("kind", "TERMINATION", "reason", "Merged"))), 403);
        assertProblem(guard.unchangedBy(() -> change("secretary", id, Map.of("kind", "TERMINATION"))), 422);
        String page = guard.unchangedBy(() -> api.as("secretary")
                        .submitAndFollow(
                                "zh",
                                "/standards/" + id + "/plan-changes",
                                Map.of(
                                        "kind", List.of("CHANGE"),
                                        "title", List.of("A clearer title <new>"),
                                        "form", List.of("plan-change-form"),
                                        "returnTo", List.of("/standards/" + id))))
                .text();
        assertThat(page)
                .as("the page's form comes back as it was filled in, the reason it lacks marked")
                .contains("id=\"plan-change-form-refusal\"", "value=\"A clearer title &lt;new&gt;\"")
                .containsPattern("value=\"CHANGE\"\\s+selected=\"selected\"")
                .containsPattern("id=\"pc-reason\"[^>]*aria-invalid=\"true\"");
        Api.Response withDate = guard.unchangedBy(() ->
                change("secretary", id, Map.of("kind", "TERMINATION", "reason", "Merged", "newDueDate", "2030-01-01")));
        assertProblem(withDate, 422);
        assertThat(withDate.text("field")).isEqualTo("newDueDate");
        assertProblem(
                guard.unchangedBy(() -> change("secretary", id, Map.of("kind", "ABANDON", "reason", "Merged"))), 400);

        assertThat(change("secretary", id, Map.of("kind", "TERMINATION", "reason", "Merged into TC260 work"))
                        .status())
                .isEqualTo(201);
        journeys.complete(
                "sac", id, "decidePlanChange", Map.of("outcome", "REJECT", "comment", "The work is still needed."));
        assertThat(journeys.stage(id)).isEqualTo("DRAFTING");

        journeys.terminate(id, "Merged into TC260 work");
        JsonNode standard = journeys.standard(id);
        JsonNode last = standard.get("history").get(standard.get("history").size() - 1);
        assertThat(last.get("code").asText()).isEqualTo("20.98");
        assertThat(last.get("actor").asText()).isEqualTo("sac");
        assertThat(last.get("reason").asText()).isEqualTo("Terminated: Merged into TC260 work");
        assertThat(standard.get("planChanges").findValuesAsText("status")).containsExactly("REJECTED", "APPROVED");
        assertThat(standard.get("planChanges").findValuesAsText("decidedBy")).containsExactly("sac", "sac");
        assertThat(standard.get("planChanges").get(0).get("decisionReason").asText())
                .isEqualTo("The work is still needed.");
    }

    @Test
    void anApprovedChangeGivesTheStandardItsNewTitleLeadAndCommitteeWithItsWork() {
        String code = "TCX" + System.nanoTime() % 1_000_000;
        assertThat(api.as("admin")
                        .post(
                                "/api/committees",
                                Map.of("code", code, "level", "NATIONAL", "nameEn", "Edge", "nameZh", "边缘"))
                        .status())
                .isEqualTo(201);
        String secretary = "sec" + code.toLowerCase();
        String drafter = "draft" + code.toLowerCase();
        account(secretary, "SECRETARIAT", code);
        account(drafter, "DRAFTING_GROUP", code);

        long id = journeys.registerNational("Edge cloud interfaces");
        journeys.submitAndApproveProposal(id);
        assertProblem(guard.unchangedBy(() -> change("secretary", id, Map.of("kind", "CHANGE", "reason", "x"))), 422);
        Api.Response otherLevel = guard.unchangedBy(
                () -> change("secretary", id, Map.of("kind", "CHANGE", "reason", "x", "committee", "CCSA-TC1")));
        assertProblem(otherLevel, 422);
        assertThat(otherLevel.text("field")).isEqualTo("committee");
        Api.Response unknownLead = guard.unchangedBy(
                () -> change("secretary", id, Map.of("kind", "CHANGE", "reason", "x", "leadOrganisation", "NOPE")));
        assertThat(unknownLead.text("field")).isEqualTo("leadOrganisation");

        Api.Response asked = change(
                "secretary",
                id,
                Map.of(
                        "kind", "CHANGE",
                        "reason", "Edge work moves to the new committee, led by CAICT.",
                        "title", "Edge cloud — Interfaces",
                        "leadOrganisation", "CAICT",
                        "committee", code));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        assertThat(journeys.standard(id).get("title").asText())
                .as("nothing changes before the decision")
                .isEqualTo("Edge cloud interfaces");
        journeys.complete("sac", id, "decidePlanChange", Map.of("outcome", "APPROVE"));

        JsonNode standard = api.as(secretary).get("/api/standards/" + id).body();
        assertThat(standard.get("title").asText()).isEqualTo("Edge cloud — Interfaces");
        assertThat(standard.get("leadOrganisation").asText()).isEqualTo("CAICT");
        assertThat(standard.get("committee").asText()).isEqualTo(code);
        assertThat(api.as("drafter").get("/api/tasks?standard=" + id).body()).isEmpty();
        assertThat(journeys.task(drafter, id, "submitDraft")
                        .get("candidateGroups")
                        .get(0)
                        .asText())
                .as("the open task is the new committee's drafting group's")
                .isEqualTo("drafting" + code);
        journeys.complete(drafter, id, "submitDraft");
        assertThat(journeys.openTaskKeys(id)).containsExactly("openConsultation");
        assertThat(journeys.task(secretary, id, "openConsultation")).isNotNull();
        assertProblem(api.as("secretary").get("/api/standards/" + id), 404);
    }

    @Test
    void aProjectPastItsDueDateIsFrozenUntilAPlanChangeIsDecided() {
        long id = journeys.registerNational("Frozen project");
        journeys.submitAndApproveProposal(id);
        passTime(Period.ofMonths(18).plusDays(2));
        Api.Response refused = guard.unchangedBy(() -> journeys.tryComplete("drafter", id, "submitDraft", Map.of()));
        assertProblem(refused, 409);
        assertThat(refused.text("detail")).contains("frozen", "plan-changes");
        assertThat(journeys.standard(id).get("frozen").asBoolean()).isTrue();
        assertThat(api.as("secretary").fetch("/standards/" + id).text()).contains("badge overdue frozen");
        JsonNode committees = api.as("observer")
                .get("/api/reports/overdue?programme=CLOUD-2025")
                .body()
                .get("committees");
        for (JsonNode c : committees) {
            if (c.get("committee").asText().equals("TC28-SC38")) {
                assertThat(c.get("frozenStandards").asLong()).isPositive();
            }
        }
        journeys.terminate(id, "Overtaken by the industry's own specification");
        assertThat(journeys.standard(id).get("frozen").asBoolean()).isFalse();
    }

    private void account(String username, String role, String committee) {
        Api.Response created = api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                username,
                                "password",
                                username + " password",
                                "roles",
                                List.of(Map.of("role", role, "committee", committee))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    }
}
