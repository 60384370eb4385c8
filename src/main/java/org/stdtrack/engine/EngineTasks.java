package org.stdtrack.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The engine's user tasks as the worklist and the processes' rooms use them. Reading one task, claiming,
 * completing and reading its variables run under whoever the caller made current (the engine checks the user's
 * rights); what a method says runs "on the application's account" does so itself, for answers every caller has
 * already been shown or the application needs whoever asks.
 */
@Component
@NamedInterface("processes")
public class EngineTasks {

    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final EngineCalls engine;

    EngineTasks(TaskService tasks, FormService forms, HistoryService history, EngineCalls engine) {
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.engine = engine;
    }

    /** An open user task. */
    @NamedInterface("processes")
    public record EngineTask(
            String id,
            String key,
            String name,
            String processDefinitionId,
            String processInstanceId,
            String assignee,
            Instant created,
            Instant due) {}

    /** The open task if the current user may see it. */
    public Optional<EngineTask> find(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(EngineTasks::task);
    }

    public void claim(String taskId, String username) {
        tasks.claim(taskId, username);
    }

    public Map<String, Object> variables(String taskId) {
        return tasks.getVariables(taskId);
    }

    public void complete(String taskId, Map<String, Object> variables) {
        tasks.complete(taskId, variables);
    }

    /** Whether the task is open, on the application's account. */
    public boolean isOpen(String taskId) {
        return engine.asApplication(() -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    /** Whether the task existed and was completed, on the application's account. */
    public boolean wasCompleted(String taskId) {
        return engine.asApplication(() -> history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count()
                > 0);
    }

    /** The business key of the process an open or finished task belongs to, on the application's account. */
    public Optional<String> businessKeyOf(String taskId) {
        return engine.asApplication(() -> {
            var task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (task == null) {
                return Optional.<String>empty();
            }
            var process = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            return Optional.ofNullable(process == null ? null : process.getBusinessKey());
        });
    }

    /** The open tasks of the processes with this business key, oldest first, on the application's account. */
    public List<EngineTask> ofBusinessKey(String businessKey) {
        return engine
                .asApplication(() -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(businessKey)
                        .orderByTaskCreateTime()
                        .asc()
                        .list())
                .stream()
                .map(EngineTasks::task)
                .toList();
    }

    /** The open tasks of one process, on the application's account. */
    public List<EngineTask> ofProcess(String processInstanceId) {
        return engine
                .asApplication(() -> tasks.createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .list())
                .stream()
                .map(EngineTasks::task)
                .toList();
    }

    /** Every active task, on the application's account. */
    public List<EngineTask> active() {
        return engine.asApplication(() -> tasks.createTaskQuery().active().list()).stream()
                .map(EngineTasks::task)
                .toList();
    }

    /** The groups the task is offered to, on the application's account. */
    public Set<String> candidateGroups(String taskId) {
        return groupsOf(engine.asApplication(() -> tasks.getIdentityLinksForTask(taskId)));
    }

    /**
     * The groups an open task is offered to; empty when it closed since it was listed (another user completed it
     * in between: under load, a ballot's votes close tasks while their standard's page lists them).
     */
    public Optional<Set<String>> candidateGroupsIfOpen(String taskId) {
        try {
            return Optional.of(candidateGroups(taskId));
        } catch (NullValueException closedMeanwhile) {
            return Optional.empty();
        }
    }

    /** Offers the task to another group in place of one it was offered to, on the application's account. */
    public void replaceCandidateGroup(String taskId, String from, String to) {
        engine.asApplication(() -> {
            tasks.deleteCandidateGroup(taskId, from);
            tasks.addCandidateGroup(taskId, to);
        });
    }

    /** Hands a claimed task back to its candidate groups, on the application's account. */
    public void handBack(String taskId) {
        engine.asApplication(() -> tasks.setAssignee(taskId, null));
    }

    /** Moves the task's due date, on the application's account (the task's update event follows). */
    public void setDue(String taskId, Instant due) {
        engine.asApplication(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            task.setDueDate(Date.from(due));
            tasks.saveTask(task);
        });
    }

    /** The form the model declares for the task, on the application's account. */
    public TaskFormData form(String taskId) {
        return engine.asApplication(() -> forms.getTaskFormData(taskId));
    }

    /**
     * The candidate groups of a task in one of its events, as the event's command leaves them: a link removed
     * in it is still in the task's list until the command ends, marked deleted in the engine's entity cache.
     */
    public static Set<String> candidateGroupsOf(DelegateTask task) {
        var cache = Context.getCommandContext() == null
                ? null
                : Context.getCommandContext().getDbEntityManager().getDbEntityCache();
        return groupsOf(task.getCandidates().stream()
                .filter(link -> cache == null || !(link instanceof DbEntity entity && cache.isDeleted(entity)))
                .toList());
    }

    private static Set<String> groupsOf(Collection<? extends IdentityLink> links) {
        Set<String> groups = new TreeSet<>();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private static EngineTask task(Task task) {
        return new EngineTask(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getProcessDefinitionId(),
                task.getProcessInstanceId(),
                task.getAssignee(),
                instant(task.getCreateTime()),
                instant(task.getDueDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
