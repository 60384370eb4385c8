package org.stdtrack.liaison;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
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

/** The liaison response's model on its own: the receiving secretariat's task, due when the response is. */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/liaison-response.bpmn")
class LiaisonProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of());

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
    }

    @Test
    void theReceivingSecretariatRespondsByTheDueDate() {
        Date due = Date.from(Instant.parse("2026-12-21T15:59:59Z"));
        ProcessInstance liaison = runtimeService()
                .createProcessInstanceByKey(LiaisonProcess.PROCESS_KEY)
                .businessKey("liaison:7")
                .setVariable(LiaisonProcess.LIAISON_ID.name(), 7L)
                .setVariable(LiaisonProcess.RECEIVING_SECRETARIAT.name(), "secretariatTC28SC38")
                .setVariable(LiaisonProcess.RESPONSE_DUE_AT.name(), due)
                .execute();
        assertThat(liaison).isWaitingAt(LiaisonProcess.RESPOND_TASK);
        assertThat(task()).hasCandidateGroup("secretariatTC28SC38");
        Assertions.assertThat(task().getDueDate()).isEqualTo(due);
        complete(task(), Map.of(LiaisonProcess.RESPONSE_FIELD, "Agreed."));
        assertThat(liaison).isEnded().hasPassed("liaisonAnswered");
    }
}
