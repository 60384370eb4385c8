package org.stdtrack.amendment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stdtrack.engine.CoverageInDocs;
import org.stdtrack.engine.ProcessScope;
import org.stdtrack.support.ModelForms;
import org.stdtrack.tasks.TaskHandler;

/**
 * The amendment model on its own: the drafting group's draft opens a consultation whose end the handler dates,
 * the approving body decides with each of {@link AmendmentModel.Decision}'s values, and an approved amendment
 * is published.
 */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/amendment.bpmn")
class AmendmentProcessTest {

    private static final Date CONSULTATION_CLOSES = Date.from(Instant.parse("2027-03-01T16:00:00Z"));

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    /** Registered, drafted and consulted: the approving body's decision is open. */
    private static ProcessInstance awaitingDecision() {
        ProcessInstance amendment = runtimeService()
                .createProcessInstanceByKey(AmendmentModel.PROCESS_KEY)
                .businessKey("9")
                .setVariable(TaskHandler.STANDARD_ID.name(), 9L)
                .setVariable(AmendmentModel.AMENDMENT_ID.name(), 90L)
                .setVariable(AmendmentModel.DRAFTING_GROUP.name(), "drafting-TC1")
                .setVariable(AmendmentModel.APPROVER_GROUP.name(), "approverSAC")
                .execute();
        draftSubmitted(amendment);
        return amendment;
    }

    private static void draftSubmitted(ProcessInstance amendment) {
        assertThat(amendment).isWaitingAt(AmendmentModel.SUBMIT_DRAFT);
        assertThat(task()).hasCandidateGroup("drafting-TC1");
        complete(task(), withVariables(AmendmentModel.CONSULTATION_CLOSES_AT.name(), CONSULTATION_CLOSES));
        assertThat(amendment).isWaitingAt("amendmentConsultationClosed");
        assertThat(job()).hasDueDate(CONSULTATION_CLOSES);
        execute(job());
        assertThat(amendment).isWaitingAt(AmendmentModel.APPROVE);
        assertThat(task()).hasCandidateGroup("approverSAC");
    }

    @Test
    void anApprovedAmendmentIsPublished() {
        ProcessInstance amendment = awaitingDecision();
        complete(task(), withVariables("outcome", AmendmentModel.Decision.APPROVE.name()));
        assertThat(amendment).isWaitingAt(AmendmentModel.PUBLISH);
        assertThat(task()).hasCandidateGroup("approverSAC");
        complete(task(), withVariables(AmendmentModel.PUBLICATION_DATE.name(), "2027-04-01"));
        assertThat(amendment).isEnded().hasPassed("amendmentPublished").hasNotPassed("amendmentRejected");
    }

    @Test
    void anAmendmentSentBackIsDraftedAgain() {
        ProcessInstance amendment = awaitingDecision();
        complete(task(), withVariables("outcome", AmendmentModel.Decision.REVISE.name()));
        draftSubmitted(amendment);
        complete(task(), withVariables("outcome", AmendmentModel.Decision.REJECT.name()));
        assertThat(amendment).isEnded().hasPassed("amendmentRejected").hasNotPassed("amendmentPublished");
    }

    @Test
    void theModelAndItsBackingClassAgree() {
        ModelForms.of("bpmn/amendment.bpmn")
                .decisionsAre(AmendmentModel.DECISIONS)
                .hasInputs(AmendmentModel.PUBLICATION_DATE);
    }
}
