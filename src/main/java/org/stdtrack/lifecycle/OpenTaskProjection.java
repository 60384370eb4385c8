package org.stdtrack.lifecycle;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.standard.StandardRepository;

/**
 * Keeps the open_task table equal to the engine's open tasks. The engine publishes every task event
 * synchronously, inside the transaction of the step that caused it: a rolled-back step leaves no trace
 * here either.
 */
@Component
@Order(0)
class OpenTaskProjection implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final StandardRepository standards;

    OpenTaskProjection(JdbcClient jdbc, TaskService tasks, StandardRepository standards) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.standards = standards;
    }

    @EventListener
    void on(DelegateTask task) {
        // The standard's lock first, as every command and the ballot tally take it: one lock order, no deadlock.
        standards.lock(Long.parseLong(task.getExecution().getProcessBusinessKey()));
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> insert(task.getId(), Long.parseLong(task.getExecution().getProcessBusinessKey()),
                    task.getTaskDefinitionKey(), task.getAssignee(), task.getCreateTime(), task.getDueDate());
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
                    jdbc.sql("update open_task set assignee = ?, due_at = ? where task_id = ?")
                            .params(task.getAssignee(), toDb(instant(task.getDueDate())), task.getId()).update();
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                    jdbc.sql("delete from open_task where task_id = ?").param(task.getId()).update();
            default -> { }
        }
    }

    /** The standard an open task belongs to: one look-up by key, where the engine would need two queries. */
    Optional<Long> standardOf(String taskId) {
        return jdbc.sql("select standard_id from open_task where task_id = ?").param(taskId).query(Long.class).optional();
    }

    /** Fills the projection from the engine when it is empty (first start after the upgrade that added it). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("select count(*) from open_task").query(Long.class).single() == 0;
        if (!empty) {
            return;
        }
        for (var task : tasks.createTaskQuery().active().list()) {
            long standardId = ((Number) tasks.getVariable(task.getId(), ProcessVariables.STANDARD_ID)).longValue();
            insert(task.getId(), standardId, task.getTaskDefinitionKey(), task.getAssignee(), task.getCreateTime(), task.getDueDate());
        }
    }

    private void insert(String taskId, long standardId, String key, String assignee, Date created, Date due) {
        jdbc.sql("insert into open_task (task_id, standard_id, task_key, assignee, created_at, due_at) values (?, ?, ?, ?, ?, ?)")
                .params(taskId, standardId, key, assignee, toDb(created.toInstant()), toDb(instant(due))).update();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
