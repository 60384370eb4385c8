package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.STANDARD_ID;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.lifecycle.StandardLifecycleModel.UserTask;
import org.stdtrack.plan.ExtensionDecided;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskDueRule;

/** A draft is due when the development clock runs out, and moves with it when the clock is extended. */
@Component
class DraftDueDate implements TaskDueRule {

    private final StandardRepository standards;
    private final TaskService tasks;
    private final EngineCalls engine;

    DraftDueDate(StandardRepository standards, TaskService tasks, EngineCalls engine) {
        this.standards = standards;
        this.tasks = tasks;
        this.engine = engine;
    }

    @Override
    public String taskKey() {
        return UserTask.SUBMIT_DRAFT.id();
    }

    @Override
    public Optional<Instant> dueOf(DelegateTask task) {
        return standards.find(STANDARD_ID.from(task)).map(Standard::developmentDueAt);
    }

    /** In the transaction that granted the extension; the task's update reaches the open-task projection. */
    @EventListener
    void on(ExtensionDecided extended) {
        if (!extended.granted()) {
            return;
        }
        engine.asApplication(() -> {
            tasks.createTaskQuery()
                    .processInstanceBusinessKey(String.valueOf(extended.standardId()))
                    .taskDefinitionKey(UserTask.SUBMIT_DRAFT.id())
                    .list()
                    .forEach(task -> {
                        task.setDueDate(Date.from(extended.newDueAt()));
                        tasks.saveTask(task);
                    });
            return null;
        });
    }
}
