package org.stdtrack.extension;

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

/** The extension model on its own: the approving body's one decision and where each outcome leads. */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/development-extension.bpmn")
class DevelopmentExtensionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    private static ProcessInstance requested(String approverGroup) {
        ProcessInstance request = runtimeService()
                .createProcessInstanceByKey(DevelopmentExtensionModel.PROCESS_KEY)
                .businessKey("7")
                .setVariable(DevelopmentExtensionModel.STANDARD_ID.name(), 7L)
                .setVariable(DevelopmentExtensionModel.REQUEST_ID.name(), 70L)
                .setVariable(DevelopmentExtensionModel.APPROVER_GROUP.name(), approverGroup)
                .execute();
        assertThat(request).isWaitingAt(DevelopmentExtensionModel.DECIDE_TASK);
        assertThat(task()).hasCandidateGroup(approverGroup);
        return request;
    }

    @Test
    void aGrantedExtensionEndsAsGranted() {
        ProcessInstance request = requested("approverSAC");
        complete(task(), withVariables("outcome", "APPROVE"));
        assertThat(request).isEnded().hasPassed("extensionGranted").hasNotPassed("extensionRejected");
    }

    @Test
    void aRefusedExtensionEndsAsRefused() {
        ProcessInstance request = requested("approverMIIT");
        complete(task(), withVariables("outcome", "REJECT"));
        assertThat(request).isEnded().hasPassed("extensionRejected").hasNotPassed("extensionGranted");
    }
}
