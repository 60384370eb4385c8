package org.stdtrack.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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

/** The plan change model on its own: the approving body's one decision and where each outcome leads. */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/plan-change.bpmn")
class PlanChangeProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    private static ProcessInstance requested(String approverGroup) {
        ProcessInstance request = runtimeService()
                .createProcessInstanceByKey(PlanChangeModel.PROCESS_KEY)
                .businessKey("7")
                .setVariable(PlanChangeModel.STANDARD_ID.name(), 7L)
                .setVariable(PlanChangeModel.PLAN_CHANGE_ID.name(), 70L)
                .setVariable(PlanChangeModel.APPROVER_GROUP.name(), approverGroup)
                .execute();
        assertThat(request).isWaitingAt(PlanChangeModel.DECIDE_TASK);
        assertThat(task()).hasCandidateGroup(approverGroup);
        return request;
    }

    @Test
    void anApprovedChangeEndsAsApproved() {
        ProcessInstance request = requested("approverSAC");
        complete(task(), withVariables("outcome", "APPROVE"));
        assertThat(request).isEnded().hasPassed("planChangeApproved").hasNotPassed("planChangeRejected");
    }

    @Test
    void aRejectedChangeEndsAsRejected() {
        ProcessInstance request = requested("approverMIIT");
        complete(task(), withVariables("outcome", "REJECT"));
        assertThat(request).isEnded().hasPassed("planChangeRejected").hasNotPassed("planChangeApproved");
    }
}
