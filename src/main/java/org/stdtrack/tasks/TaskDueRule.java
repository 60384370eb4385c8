package org.stdtrack.tasks;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A feature's own due date for one of its tasks, where a period from the task's creation would be wrong (a
 * draft is due when the development clock runs out, a task is due by its work plan's target). A feature
 * registers one as a bean; tasks without one, or for which it has none, are due the policy's period after
 * they are created ({@code stdtrack.policy.task-due.<taskKey>}).
 */
public interface TaskDueRule {

    String taskKey();

    /** When the task, being created, is due; empty for no due date. */
    Optional<Instant> dueOf(DelegateTask task);
}
