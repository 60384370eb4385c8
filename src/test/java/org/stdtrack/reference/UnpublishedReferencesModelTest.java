package org.stdtrack.reference;

import org.junit.jupiter.api.Test;
import org.stdtrack.support.ModelForms;

/** The acknowledgement the reference check reads is a flag of the lifecycle model's form. */
class UnpublishedReferencesModelTest {

    @Test
    void theAcknowledgementIsAFlagOfTheLifecycleModel() {
        ModelForms.of("bpmn/standard-lifecycle.bpmn").hasInputs(UnpublishedReferences.ACKNOWLEDGED);
    }
}
