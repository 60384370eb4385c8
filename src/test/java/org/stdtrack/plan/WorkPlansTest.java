package org.stdtrack.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * The proposal package: a committee that asks for it gets the proposal, the draft outline and the work plan
 * before the proposal is submitted; the work plan's targets are the due dates of the tasks that reach them,
 * and a project past a target it has not reached is behind its plan, on its page and in the overdue report.
 * On H2 and PostgreSQL.
 */
abstract class WorkPlansTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private static String workPlan(long id) {
        return "/api/standards/" + id + "/work-plan";
    }

    private static Map<String, Object> targets(
            LocalDate drafting, LocalDate consultation, LocalDate review, LocalDate approval) {
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("DRAFTING", drafting == null ? null : drafting.toString());
        targets.put("CONSULTATION", consultation == null ? null : consultation.toString());
        targets.put("TECHNICAL_REVIEW", review == null ? null : review.toString());
        targets.put("APPROVAL", approval == null ? null : approval.toString());
        targets.values().removeIf(v -> v == null);
        return Map.of("targets", targets);
    }

    private void refused(String user, long id, Object body, int status, String field) {
        Api.Response refusal = guard.unchangedBy(() -> api.as(user).put(workPlan(id), body));
        assertProblem(refusal, status);
        if (field != null) {
            assertThat(refusal.text("field")).isEqualTo(field);
        }
    }

    private long behindWorkPlan() {
        for (JsonNode c : api.as("observer")
                .get("/api/reports/overdue?programme=CLOUD-2025")
                .body()
                .get("committees")) {
            if (c.get("committee").asText().equals(NATIONAL)) {
                return c.get("behindWorkPlan").asLong();
            }
        }
        throw new AssertionError("no " + NATIONAL + " in the overdue report");
    }

    @Test
    void aProposalGoesWithItsPackageAndItsWorkPlanDatesTheTasks() {
        JsonNode committee = journeys.changeCommittee(NATIONAL, Map.of("proposalPackage", true));
        try {
            long id = journeys.registerNational("Proposal with its package");
            Api.Response noPlan =
                    guard.unchangedBy(() -> journeys.tryComplete("secretary", id, "submitProposal", Map.of()));
            assertProblem(noPlan, 409);
            assertThat(noPlan.text("detail")).contains("work plan", "/api/standards/" + id + "/work-plan");

            LocalDate today = LocalDate.ofInstant(now(), ZONE);
            LocalDate drafting = today.plusMonths(4);
            LocalDate consultation = today.plusMonths(8);
            LocalDate review = today.plusMonths(11);
            LocalDate approval = today.plusMonths(14);
            refused("reviewer1", id, targets(drafting, consultation, review, approval), 403, null);
            refused("secretary2", id, targets(drafting, consultation, review, approval), 404, null);
            refused("secretary", id, targets(drafting, null, review, approval), 422, "targets.CONSULTATION");
            refused(
                    "secretary",
                    id,
                    targets(drafting, consultation, consultation, approval),
                    422,
                    "targets.TECHNICAL_REVIEW");
            refused("secretary", id, targets(today, consultation, review, approval), 422, "targets.DRAFTING");
            refused(
                    "secretary",
                    id,
                    targets(drafting, consultation, review, today.plusMonths(19).plusDays(2)),
                    422,
                    "targets.APPROVAL");
            refused("secretary", id, Map.of("targets", Map.of("PUBLICATION", drafting.toString())), 400, null);

            Api.Response set = api.as("secretary").put(workPlan(id), targets(drafting, consultation, review, approval));
            assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
            assertThat(set.body().get("targets").findValuesAsText("milestone"))
                    .containsExactly("DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL");
            assertThat(set.body().get("targets").findValuesAsText("status")).containsOnly("DUE");
            assertThat(api.as("secretary2").get(workPlan(id)).status())
                    .as("another committee's secretariat does not see it")
                    .isEqualTo(404);

            Api.Response noDocuments =
                    guard.unchangedBy(() -> journeys.tryComplete("secretary", id, "submitProposal", Map.of()));
            assertProblem(noDocuments, 409);
            assertThat(noDocuments.text("detail")).contains("PROPOSAL", "DRAFT_OUTLINE");
            journeys.uploadAs("secretary", id, "PROPOSAL", "项目建议书", "Proposal with its package");
            journeys.uploadAs("secretary", id, "DRAFT_OUTLINE", "标准草案大纲", "1 Scope");
            journeys.submitAndApproveProposal(id);
            assertThat(journeys.stage(id)).isEqualTo("DRAFTING");

            Instant draftDue = Instant.parse(
                    journeys.task("drafter", id, "submitDraft").get("due").asText());
            assertThat(draftDue)
                    .as("the draft is due at the end of its target day, before the development clock runs out")
                    .isEqualTo(drafting.plusDays(1).atStartOfDay(ZONE).toInstant())
                    .isBefore(Instant.parse(
                            journeys.standard(id).get("developmentDueAt").asText()));
            Api.Response frozenPlan = guard.unchangedBy(() -> api.as("secretary")
                    .put(workPlan(id), targets(drafting, consultation, review, approval.minusDays(1))));
            assertProblem(frozenPlan, 409);
            assertThat(frozenPlan.text("detail")).contains("plan-changes");

            long behindBefore = behindWorkPlan();
            passTime(Period.between(today, drafting).plusDays(1));
            assertThat(api.as("observer")
                            .get(workPlan(id))
                            .body()
                            .get("targets")
                            .get(0)
                            .get("status")
                            .asText())
                    .isEqualTo("LATE");
            assertThat(behindWorkPlan()).as("counted behind its work plan").isEqualTo(behindBefore + 1);
            assertThat(api.as("secretary").fetch("/standards/" + id).text())
                    .contains("id=\"work-plan\"", "<tr class=\"late\">")
                    .doesNotContain("id=\"work-plan-form\"");

            journeys.complete("drafter", id, "submitDraft");
            JsonNode reached = api.as("observer").get(workPlan(id)).body().get("targets");
            assertThat(reached.findValuesAsText("status")).containsExactly("REACHED", "DUE", "DUE", "DUE");
            assertThat(behindWorkPlan()).isEqualTo(behindBefore);
            journeys.openConsultation(id);
            journeys.closeConsultation(id);
            journeys.draftForReview(id);
            JsonNode resolve = journeys.task("drafter", id, "resolveComments");
            assertThat(Instant.parse(resolve.get("due").asText()))
                    .as("resolving the comments is due by the consultation's target")
                    .isEqualTo(consultation.plusDays(1).atStartOfDay(ZONE).toInstant());
        } finally {
            journeys.restoreCommittee(committee);
        }
    }

    @Test
    void theSecretariatSetsTheWorkPlanOnTheStandardsPage() {
        long id = journeys.registerNational("Work plan set on the page");
        String page = api.as("secretary").fetch("/standards/" + id).text();
        assertThat(page).contains("id=\"work-plan-form\"", "name=\"TECHNICAL_REVIEW\"");
        assertThat(api.as("drafter").fetch("/standards/" + id).text()).doesNotContain("id=\"work-plan-form\"");
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        Api.FileResponse outOfOrder = guard.unchangedBy(() -> api.as("secretary")
                .submitForm(
                        "/standards/" + id + "/work-plan",
                        Map.of(
                                "DRAFTING", today.plusMonths(3).toString(),
                                "CONSULTATION", today.plusMonths(2).toString(),
                                "TECHNICAL_REVIEW", today.plusMonths(9).toString(),
                                "APPROVAL", today.plusMonths(12).toString())));
        assertThat(outOfOrder.status()).isEqualTo(422);
        assertThat(outOfOrder.text()).contains("CONSULTATION");
        Api.FileResponse set = api.as("secretary")
                .submitForm(
                        "/standards/" + id + "/work-plan",
                        Map.of(
                                "DRAFTING", today.plusMonths(3).toString(),
                                "CONSULTATION", today.plusMonths(6).toString(),
                                "TECHNICAL_REVIEW", today.plusMonths(9).toString(),
                                "APPROVAL", today.plusMonths(12).toString()));
        assertThat(set.status()).isEqualTo(302);
        assertThat(api.as("observer").get(workPlan(id)).body().get("targets").findValuesAsText("targetOn"))
                .containsExactly(
                        today.plusMonths(3).toString(),
                        today.plusMonths(6).toString(),
                        today.plusMonths(9).toString(),
                        today.plusMonths(12).toString());
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text()).contains("工作计划", "通过技术审查", "未到期");
    }
}
