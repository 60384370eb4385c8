package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stdtrack.standard.LifecycleDecisions.Approval;

/** A handler reads a completion's decision and inputs typed, and a value its enum does not name is no decision. */
class TaskCompletionTest {

    private static TaskHandler.Completion completion(String decision, Map<String, Object> values) {
        return new TaskHandler.Completion(null, null, decision, null, values, Map.of());
    }

    @Test
    void aDecisionIsReadAsItsEnum() {
        assertThat(completion("REVISE", Map.of()).decision(Approval.class)).isEqualTo(Approval.REVISE);
        assertThat(completion(null, Map.of()).decision(Approval.class)).isNull();
    }

    @Test
    void aValueTheEnumDoesNotNameIsRefusedNotReadAsAnotherDecision() {
        assertThatThrownBy(() -> completion("APPROVED", Map.of()).decision(Approval.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APPROVED")
                .hasMessageContaining("Approval");
    }

    @Test
    void anInputIsReadWithItsType() {
        var date = TaskInput.date("publicationDate");
        var completion = completion(null, Map.of("publicationDate", LocalDate.of(2027, 4, 1)));
        assertThat(completion.get(date)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(completion.get(TaskInput.text("planNumber"))).isNull();
    }
}
