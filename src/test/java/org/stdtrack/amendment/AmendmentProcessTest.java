package org.stdtrack.amendment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stdtrack.engine.CoverageInDocs;
import org.stdtrack.engine.ProcessScope;
import org.stdtrack.tasks.TaskHandler;

/** The amendment model on its own: the draft, the consultation's timer, and where each decision leads. */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/amendment.bpmn")
class AmendmentProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    private static ProcessInstance registered() {
        ProcessInstance amendment = runtimeService()
                .createProcessInstanceByKey(AmendmentModel.PROCESS_KEY)
                .businessKey("9")
                .setVariable(TaskHandler.STANDARD_ID.name(), 9L)
                .setVariable(AmendmentModel.AMENDMENT_ID.name(), 90L)
                .setVariable(AmendmentModel.DRAFTING_GROUP.name(), "draftingTC")
                .setVariable(AmendmentModel.APPROVER_GROUP.name(), "approverSAC")
                .execute();
        assertThat(amendment).isWaitingAt(AmendmentModel.SUBMIT_DRAFT);
        assertThat(task()).hasCandidateGroup("draftingTC");
        return amendment;
    }

    /** The draft submitted: the consultation runs a month, then the approver decides. */
    private static void draftedAndConsulted(ProcessInstance amendment) {
        Date closes = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30)));
        complete(task(), withVariables(AmendmentModel.CONSULTATION_CLOSES_AT.name(), closes));
        assertThat(amendment).isWaitingAt("amendmentConsultationClosed");
        assertThat(job()).hasDueDate(closes);
        execute(job());
        assertThat(amendment).isWaitingAt(AmendmentModel.APPROVE);
        assertThat(task()).hasCandidateGroup("approverSAC");
    }

    @Test
    void anApprovedAmendmentIsPublished() {
        ProcessInstance amendment = registered();
        draftedAndConsulted(amendment);
        complete(task(), withVariables("outcome", "APPROVE"));
        assertThat(amendment).isWaitingAt(AmendmentModel.PUBLISH);
        complete(task());
        assertThat(amendment).isEnded().hasPassed("amendmentPublished");
    }

    @Test
    void aReturnedDraftIsConsultedAgainAndARejectedOneEnds() {
        ProcessInstance amendment = registered();
        draftedAndConsulted(amendment);
        complete(task(), withVariables("outcome", "REVISE"));
        assertThat(amendment).isWaitingAt(AmendmentModel.SUBMIT_DRAFT);
        draftedAndConsulted(amendment);
        complete(task(), withVariables("outcome", "REJECT"));
        assertThat(amendment).isEnded().hasPassed("amendmentRejected").hasNotPassed("amendmentPublished");
    }
}
