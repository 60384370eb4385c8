package org.stdtrack.promotion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stdtrack.engine.CoverageInDocs;
import org.stdtrack.engine.ProcessScope;

/**
 * The pilot's model on its own: recommended, reviewed, publicly noticed, approved and accepted, each decision
 * with the values {@link PilotProcess.Step} names, and each refusal ending it where it stands.
 */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/pilot.bpmn")
class PilotProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    private static ProcessInstance applied() {
        ProcessInstance pilot = runtimeService()
                .createProcessInstanceByKey(PilotProcess.PROCESS_KEY)
                .businessKey("pilot:5")
                .setVariable(PilotProcess.PILOT_ID.name(), 5L)
                .setVariable(PilotProcess.REVIEWERS.name(), "secretariatTC28SC38")
                .execute();
        assertThat(pilot).isWaitingAt(PilotProcess.Step.RECOMMEND.taskKey);
        assertThat(task()).hasCandidateGroup("association");
        return pilot;
    }

    private static void decide(PilotProcess.Step step, boolean passing) {
        assertThat(task()).hasDefinitionKey(step.taskKey);
        Map<String, Object> variables = step == PilotProcess.Step.REVIEW && passing
                ? Map.of("outcome", step.passing, "noticeEndsAt", Date.from(Instant.parse("2026-12-20T16:00:00Z")))
                : Map.of("outcome", passing ? step.passing : step.failing);
        complete(task(), variables);
    }

    /** Recommended and reviewed, its public notice ended: waiting for MIIT. */
    private static ProcessInstance noticed() {
        ProcessInstance pilot = applied();
        decide(PilotProcess.Step.RECOMMEND, true);
        assertThat(task()).hasCandidateGroup("secretariatTC28SC38");
        decide(PilotProcess.Step.REVIEW, true);
        assertThat(pilot).isWaitingAt("publicNotice");
        Assertions.assertThat(job().getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-20T16:00:00Z")));
        execute(job());
        assertThat(task()).hasCandidateGroup("approverMIIT");
        return pilot;
    }

    @Test
    void anApprovedPilotThatPassesItsAcceptanceEndsAsPassed() {
        ProcessInstance pilot = noticed();
        decide(PilotProcess.Step.APPROVE, true);
        decide(PilotProcess.Step.ACCEPT, true);
        assertThat(pilot).isEnded().hasPassed("pilotPassed");
    }

    @Test
    void aFailedAcceptanceEndsAsFailed() {
        ProcessInstance pilot = noticed();
        decide(PilotProcess.Step.APPROVE, true);
        decide(PilotProcess.Step.ACCEPT, false);
        assertThat(pilot).isEnded().hasPassed("pilotFailed").hasNotPassed("pilotPassed");
    }

    @Test
    void eachRefusalEndsThePilotWhereItStands() {
        ProcessInstance declined = applied();
        decide(PilotProcess.Step.RECOMMEND, false);
        assertThat(declined).isEnded().hasPassed("pilotDeclinedEnd").hasNotPassed("reviewPilot");

        ProcessInstance rejected = applied();
        decide(PilotProcess.Step.RECOMMEND, true);
        decide(PilotProcess.Step.REVIEW, false);
        assertThat(rejected).isEnded().hasPassed("pilotRejectedEnd").hasNotPassed("publicNotice");

        ProcessInstance notApproved = noticed();
        decide(PilotProcess.Step.APPROVE, false);
        assertThat(notApproved).isEnded().hasPassed("pilotNotApprovedEnd").hasNotPassed("acceptPilot");
    }
}
