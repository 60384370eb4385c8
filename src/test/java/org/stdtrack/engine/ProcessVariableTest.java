package org.stdtrack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

    private static final ProcessVariable<Long> BALLOT_ID = ProcessVariable.of("ballotId", Long.class);
    private static final ProcessVariable<String> REASON = ProcessVariable.transientOf("reason", String.class);

    @Test
    void wholeNumbersComeBackAsLongHoweverTheyWereStored() {
        assertThat(BALLOT_ID.from(Map.of("ballotId", 7))).isEqualTo(7L);
        assertThat(BALLOT_ID.from(Map.of("ballotId", 7L))).isEqualTo(7L);
        assertThat(BALLOT_ID.from(Map.of())).isNull();
    }

    @Test
    void aValueOfAnotherTypeIsAnErrorNotASilentConversion() {
        assertThatThrownBy(() -> BALLOT_ID.from(Map.of("ballotId", "7"))).isInstanceOf(ClassCastException.class);
    }

    @Test
    void aTransientVariableIsPutAsTransientAndAPlainOneIsNot() {
        var variables = Variables.createVariables();
        REASON.putIn(variables, "withdrawn by the proposer");
        BALLOT_ID.putIn(variables, 3L);
        assertThat(variables.getValueTyped("reason").isTransient()).isTrue();
        assertThat(variables.getValueTyped("ballotId").isTransient()).isFalse();
        assertThat(REASON.asMap("x")).containsOnlyKeys("reason");
    }
}
