package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * The international ballot's model on its own: the mirror secretariat's one task, due at the national deadline,
 * and the ballot's close, which ends a ballot without a position as missed.
 */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/international-ballot.bpmn")
class BallotProcessTest {

    private static final List<Long> MISSED = new ArrayList<>();
    private static final JavaDelegate RECORD_MISSED = execution -> MISSED.add(BallotProcess.BALLOT_ID.from(execution));

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE =
            ProcessScope.engineWith(Map.of("nationalPositionMissed", RECORD_MISSED));

    private static final Instant DEADLINE = Instant.parse("2026-12-17T16:00:00Z");
    private static final Instant CLOSE = Instant.parse("2026-12-24T16:00:00Z");

    @BeforeEach
    void useThisEngine() {
        init(ENGINE.getProcessEngine());
        MISSED.clear();
    }

    private static ProcessInstance opened() {
        ProcessInstance ballot = runtimeService()
                .createProcessInstanceByKey(BallotProcess.PROCESS_KEY)
                .businessKey("intl-ballot:12")
                .setVariable(BallotProcess.BALLOT_ID.name(), 12L)
                .setVariable(BallotProcess.MIRROR_SECRETARIAT.name(), "secretariatTC28SC38")
                .setVariable(BallotProcess.NATIONAL_DEADLINE_AT.name(), Date.from(DEADLINE))
                .setVariable(BallotProcess.CLOSES_AT.name(), Date.from(CLOSE))
                .execute();
        assertThat(ballot).isWaitingAt(BallotProcess.POSITION_TASK);
        assertThat(task()).hasCandidateGroup("secretariatTC28SC38");
        assertThat(task().getDueDate()).isEqualTo(Date.from(DEADLINE));
        return ballot;
    }

    @Test
    void aSubmittedPositionEndsTheBallotsProcess() {
        ProcessInstance ballot = opened();
        complete(task(), withVariables("vote", "APPROVE"));
        assertThat(ballot).isEnded().hasPassed("positionSubmitted").hasNotPassed("recordMissedPosition");
        assertThat(MISSED).isEmpty();
    }

    @Test
    void theCloseWithoutAPositionRecordsTheBallotAsMissed() {
        ProcessInstance ballot = opened();
        assertThat(job().getDuedate()).isEqualTo(Date.from(CLOSE));
        execute(job());
        assertThat(ballot).isEnded().hasPassed("recordMissedPosition", "positionMissed");
        assertThat(MISSED).containsExactly(12L);
    }
}
