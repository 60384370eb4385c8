package org.stdtrack.bpmn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stdtrack.adoption.AdoptionVerification;
import org.stdtrack.international.BallotProcess;
import org.stdtrack.lifecycle.StandardLifecycleModel;
import org.stdtrack.plan.PlanChangeModel;
import org.stdtrack.standard.LifecycleDecisions;
import org.stdtrack.support.ModelForms;

/**
 * Each model and its backing class agree on every decision and typed input: renaming a value in the model (or a
 * constant in the code) fails here, not as a decision read as another one in production. The amendment's and the
 * references' own checks sit beside their package-private backing classes.
 */
class ModelFormsTest {

    @Test
    void theLifecycleAndItsBackingClassAgree() {
        ModelForms.of("bpmn/standard-lifecycle.bpmn")
                .decisionsAre(StandardLifecycleModel.DECISIONS.entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue)))
                .hasInputs(
                        StandardLifecycleModel.PLAN_NUMBER,
                        StandardLifecycleModel.COMMENT_DEADLINE,
                        StandardLifecycleModel.PUBLISHED_NUMBER,
                        StandardLifecycleModel.PUBLICATION_DATE,
                        StandardLifecycleModel.IMPLEMENTATION_DATE);
    }

    @Test
    void thePlanChangeModelAndItsBackingClassAgree() {
        ModelForms.of("bpmn/plan-change.bpmn").decisionsAre(PlanChangeModel.DECISIONS);
    }

    @Test
    void theAdoptionVerificationAndItsBackingClassAgree() {
        ModelForms.of("bpmn/adoption-verification.bpmn").decisionsAre(AdoptionVerification.DECISIONS);
        ModelForms.of("bpmn/international-ballot.bpmn").decisionsAre(BallotProcess.DECISIONS);
    }

    @Test
    void anEnumThatNamesOtherValuesThanTheModelFails() {
        assertThatThrownBy(() -> ModelForms.of("bpmn/plan-change.bpmn")
                        .decisionsAre(Map.of(PlanChangeModel.DECIDE_TASK, LifecycleDecisions.Approval.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("decidePlanChange");
        assertThatThrownBy(
                        () -> ModelForms.of("bpmn/adoption-verification.bpmn").decisionsAre(Map.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("verifyAdoption");
    }
}
