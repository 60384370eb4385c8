package org.stdtrack.adoption;

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

/** The adoption-verification model on its own: the association's one decision and where each leads. */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/adoption-verification.bpmn")
class AdoptionVerificationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    /** The model is deployed just before each test runs, after any @BeforeEach. */
    private static ProcessInstance declared() {
        ProcessInstance declaration = runtimeService()
                .createProcessInstanceByKey(AdoptionVerification.PROCESS_KEY)
                .businessKey("7")
                .setVariable(AdoptionVerification.STANDARD_ID.name(), 7L)
                .setVariable(AdoptionVerification.ADOPTION_ID.name(), 70L)
                .execute();
        assertThat(declaration).isWaitingAt(AdoptionVerification.VERIFY_TASK);
        assertThat(task()).hasCandidateGroup("association");
        return declaration;
    }

    @Test
    void aVerifiedDeclarationEndsAsVerified() {
        ProcessInstance declaration = declared();
        complete(task(), withVariables("outcome", "VERIFY"));
        assertThat(declaration).isEnded().hasPassed("adoptionVerified").hasNotPassed("adoptionRejected");
    }

    @Test
    void aRejectedDeclarationEndsAsRejected() {
        ProcessInstance declaration = declared();
        complete(task(), withVariables("outcome", "REJECT"));
        assertThat(declaration).isEnded().hasPassed("adoptionRejected").hasNotPassed("adoptionVerified");
    }
}
