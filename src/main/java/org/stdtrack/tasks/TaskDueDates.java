package org.stdtrack.tasks;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stdtrack.policy.ProgrammeClock;

/**
 * Gives every user task its due date as it is created, before the open-task projection records it: the
 * model's own when it declares one ({@code camunda:dueDate}, a ballot's close), else the feature's rule for
 * that task, else the policy's period from the task's creation, counted in the programme's calendar.
 */
@Component
class TaskDueDates {

    private final TaskDuePolicy policy;
    private final Map<String, TaskDueRule> rules;
    private final ProgrammeClock clock;

    TaskDueDates(TaskDuePolicy policy, List<TaskDueRule> rules, ProgrammeClock clock) {
        this.policy = policy;
        this.rules = rules.stream().collect(Collectors.toMap(TaskDueRule::taskKey, Function.identity()));
        this.clock = clock;
    }

    /** Before the projection ({@code @Order} counts on the listener method, not its class). */
    @EventListener
    @Order(-1)
    void on(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getDueDate() == null) {
            dueOf(task).ifPresent(due -> task.setDueDate(Date.from(due)));
        }
    }

    Optional<Instant> dueOf(DelegateTask task) {
        TaskDueRule rule = rules.get(task.getTaskDefinitionKey());
        Optional<Instant> ruled = rule == null ? Optional.empty() : rule.dueOf(task);
        return ruled.or(() -> Optional.ofNullable(policy.taskDue().get(task.getTaskDefinitionKey()))
                .map(period -> clock.after(task.getCreateTime().toInstant(), period)));
    }
}
