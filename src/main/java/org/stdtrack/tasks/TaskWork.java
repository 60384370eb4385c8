package org.stdtrack.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.OpenTasks;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.web.LogContext;

/**
 * The work behind the {@link Worklist}, one transaction per command: what is on my list, claiming, and
 * completing with a validated decision. A task is worked by its assignee or, unclaimed, by a member of a
 * candidate group. It also answers a standard's page which of its tasks are open ({@link OpenTasks}).
 */
@Service
class TaskWork implements OpenTasks {

    private static final Logger log = LoggerFactory.getLogger(TaskWork.class);
    private static final int MAX_LISTED = 500;

    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final StandardRepository standards;
    private final OpenTaskProjection openTasks;
    private final EngineCalls engine;
    private final AuditTrail audit;
    private final StandardAccess access;
    private final Map<String, TaskHandler> handlers;
    private final List<TaskCompletionCheck> checks;
    /** Forms are fixed per process definition and task: read once from the model. */
    private final Map<String, TaskForm> formCache = new ConcurrentHashMap<>();

    TaskWork(
            TaskService tasks,
            FormService forms,
            HistoryService history,
            StandardRepository standards,
            OpenTaskProjection openTasks,
            EngineCalls engine,
            AuditTrail audit,
            StandardAccess access,
            List<TaskHandler> handlers,
            List<TaskCompletionCheck> checks) {
        this.checks = checks;
        this.access = access;
        this.openTasks = openTasks;
        this.audit = audit;
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.standards = standards;
        this.engine = engine;
        this.handlers = handlers.stream().collect(Collectors.toMap(TaskHandler::taskKey, Function.identity()));
    }

    /**
     * From the open-task projection, which the engine's own transactions keep equal to its open tasks,
     * with the engine's own rule of who sees a task (assignee, or member of a candidate group): three
     * plain queries, where the engine's task query with its authorization check and a look-up per task
     * cost several times as much (docs/benchmarks.md). Every command on a task still asks the engine, as
     * the user. A task still assigned to someone who has since left its committee stays out of their list.
     */
    @Transactional(readOnly = true)
    List<TaskView> mine(AppUser user, Long standardId) {
        var rows = openTasks.offeredTo(user.username(), user.engineGroups(), standardId, MAX_LISTED);
        Map<Long, Standard> standardsById = standards.find(
                rows.stream().map(OpenTaskProjection.Row::standardId).distinct().toList());
        Map<String, Set<String>> groups = openTasks.candidateGroups(
                rows.stream().map(OpenTaskProjection.Row::taskId).toList());
        List<TaskView> views = new ArrayList<>();
        for (var row : rows) {
            Standard standard = standardsById.get(row.standardId());
            if (standard != null && access.canSee(user, standard)) {
                TaskForm form = formIfOpen(row.processDefinitionId(), row.key(), row.taskId());
                if (form == null) {
                    // Completed (on this node or another) since the list was read: it is no longer open.
                    continue;
                }
                views.add(new TaskView(
                        row.taskId(),
                        row.key(),
                        row.name(),
                        standard.id(),
                        standard.stage(),
                        row.assignee(),
                        groups.getOrDefault(row.taskId(), Set.of()),
                        row.created(),
                        row.due(),
                        form.decisionField(),
                        form.outcomes(),
                        form.fields()));
            }
        }
        return views;
    }

    /** The engine shows a task only to its candidates, its assignee and administrators. */
    @Transactional(readOnly = true)
    TaskView get(AppUser user, String taskId) {
        return engine.as(user, () -> {
            Task task = open(taskId);
            Standard standard = standardOf(task);
            if (!access.canSee(user, standard)) {
                throw notFound(taskId);
            }
            return view(task, standard);
        });
    }

    @Transactional
    TaskView claim(AppUser user, String taskId) {
        return onTask(user, taskId, () -> {
            Task task = workable(user, taskId);
            if (task.getAssignee() == null) {
                tasks.claim(taskId, user.username());
                audit.done(user.username(), standardOf(task).id(), "CLAIM_TASK", taskId, task.getTaskDefinitionKey());
            }
            return view(open(taskId), standardOf(task));
        });
    }

    /**
     * Hands a claimed task back to its candidate groups: by its assignee, or by the secretariat of the
     * standard's committee or an administrator whoever claimed it (a colleague away, or one who has left
     * the committee), which the audit trail records as such.
     */
    @Transactional
    TaskView unclaim(AppUser user, String taskId) {
        return onTask(user, taskId, () -> {
            Standard standard = standardOfTask(taskId);
            boolean supervisor =
                    standard != null && (user.isAdmin() || user.has(Role.SECRETARIAT, standard.committee()));
            Task task = supervisor ? engine.asApplication(() -> open(taskId)) : open(taskId);
            boolean mine = user.username().equals(task.getAssignee());
            if (!supervisor || mine) {
                workable(user, task);
            }
            if (candidateGroups(task).isEmpty()) {
                throw ApiException.conflict("Task " + taskId + " was assigned personally and cannot be handed back.");
            }
            if (task.getAssignee() == null) {
                throw ApiException.conflict("Task " + taskId + " is not claimed by anyone.");
            }
            engine.asApplication(() -> {
                tasks.setAssignee(taskId, null);
                return null;
            });
            standard = standardOf(task);
            if (mine) {
                audit.done(user.username(), standard.id(), "UNCLAIM_TASK", taskId, task.getTaskDefinitionKey());
            } else {
                audit.done(
                        user.username(),
                        standard.id(),
                        "HAND_BACK_TASK",
                        taskId,
                        task.getTaskDefinitionKey() + " from " + task.getAssignee());
            }
            return view(engine.asApplication(() -> open(taskId)), standard);
        });
    }

    @Transactional
    CompletedTask complete(AppUser user, String taskId, Map<String, Object> body) {
        return onTask(user, taskId, () -> {
            Task task = workable(user, taskId);
            Standard standard = standardOf(task);
            TaskForm form = form(task);
            TaskForm.Submission submission = form.validate(body);
            var variables = Variables.createVariables();
            var completion = new TaskHandler.Completion(
                    standard,
                    user,
                    submission.decision(),
                    submission.comment(),
                    submission.values(),
                    tasks.getVariables(taskId));
            for (TaskCompletionCheck check : checks) {
                if (check.appliesTo(task.getTaskDefinitionKey())) {
                    check.check(completion);
                }
            }
            TaskHandler handler = handlers.get(task.getTaskDefinitionKey());
            if (handler != null) {
                variables.putAll(handler.complete(completion));
            }
            if (submission.decision() != null) {
                variables.putValueTyped(form.decisionField(), Variables.stringValue(submission.decision(), true));
            }
            if (submission.comment() != null) {
                TaskHandler.COMMENT.putIn(variables, submission.comment());
            }
            tasks.complete(taskId, variables);
            String what =
                    task.getTaskDefinitionKey() + (submission.decision() == null ? "" : " " + submission.decision());
            audit.done(user.username(), standard.id(), "COMPLETE_TASK", taskId, what);
            LogContext.afterCommit(
                    standard.id(), taskId, () -> log.info("Task {} completed by {}", what, user.username()));
            Standard after = standards.find(standard.id()).orElseThrow();
            return new CompletedTask(taskId, after.id(), after.stage(), after.stageCode());
        });
    }

    /**
     * The standard a task belongs or belonged to, whoever asks; null for an unknown task. An open task's
     * is in the open-task projection; only a task gone (completed, withdrawn) needs the engine's history.
     */
    Long standardIdOf(String taskId) {
        return openTasks.standardOf(taskId).orElseGet(() -> {
            var historic = engine.asApplication(() ->
                    history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
            return historic == null ? null : standardIdOfProcess(historic.getProcessInstanceId());
        });
    }

    @Override
    public List<OpenTask> of(AppUser reader, Standard standard) {
        boolean wholeProcess = reader.isAdmin() || reader.has(Role.SECRETARIAT, standard.committee());
        return engine
                .asApplication(() -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(String.valueOf(standard.id()))
                        .orderByTaskCreateTime()
                        .asc()
                        .list())
                .stream()
                .map(t -> new OpenTask(
                        t.getId(),
                        t.getTaskDefinitionKey(),
                        t.getName(),
                        t.getAssignee(),
                        candidateGroups(t),
                        instant(t.getCreateTime()),
                        instant(t.getDueDate())))
                .filter(t -> wholeProcess
                        || reader.username().equals(t.assignee())
                        || !Collections.disjoint(t.candidateGroups(), reader.engineGroups()))
                .toList();
    }

    private Task workable(AppUser user, String taskId) {
        return workable(user, open(taskId));
    }

    /**
     * The open task, checked for the right to work it now: 404 when the engine does not show it to the
     * user or the user may no longer see its standard, 403 when the user is no candidate (an administrator,
     * or an assignee who has since lost the role it was offered for), 409 when another claimed it. A
     * personal task (a vote) is its assignee's while they remain a member of the standard's committee.
     */
    private Task workable(AppUser user, Task task) {
        Standard standard = standardOf(task);
        if (!access.canSee(user, standard)) {
            throw notFound(task.getId());
        }
        boolean assignedToMe = user.username().equals(task.getAssignee());
        boolean personal = candidateGroups(task).isEmpty();
        boolean eligible = personal ? assignedToMe && user.isMemberOf(standard.committee()) : isOffered(user, task);
        if (!eligible) {
            throw ApiException.forbidden("Task " + task.getId() + " (" + task.getName() + ") is not yours to work"
                    + (assignedToMe ? ": you no longer hold the role it was offered for." : "."));
        }
        if (task.getAssignee() != null && !assignedToMe) {
            throw ApiException.conflict("Task " + task.getId() + " is claimed by " + task.getAssignee() + ".");
        }
        return task;
    }

    /** The standard an open or finished task belongs to, whoever asks; null for an unknown task. */
    private Standard standardOfTask(String taskId) {
        Long id = standardIdOf(taskId);
        return id == null ? null : standards.find(id).orElse(null);
    }

    /**
     * Runs a task command as the user, under the engine's own permission checks. Someone completing the
     * task a moment earlier removes it, its candidate groups and its authorizations; the command then
     * fails in one of several ways (refused, no candidate group, stale execution). Whatever the failure,
     * a task completed meanwhile is answered as such: 409. The standard's lock comes first, so that
     * commands on one standard run one after the other.
     */
    private <T> T onTask(AppUser user, String taskId, Supplier<T> command) {
        Long standardId = standardIdOf(taskId);
        if (standardId != null) {
            standards.lock(standardId);
        }
        return engine.as(user, () -> {
            try {
                return command.get();
            } catch (AuthorizationException e) {
                open(taskId);
                throw ApiException.forbidden("The engine does not let you work task " + taskId + ".");
            } catch (ProcessEngineException | ApiException e) {
                if (!(e instanceof ApiException refusal) || refusal.status() == HttpStatus.FORBIDDEN) {
                    open(taskId);
                }
                throw e;
            }
        });
    }

    /** The task as the current user's engine authorizations show it. */
    private Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        // Whether it was completed is the application's question: answer it outside the user's rights.
        boolean completed = engine.asApplication(() -> history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count()
                > 0);
        if (completed) {
            throw ApiException.conflict("Task " + taskId + " has already been completed.");
        }
        throw notFound(taskId);
    }

    private boolean isOffered(AppUser user, Task task) {
        return !Collections.disjoint(candidateGroups(task), user.engineGroups());
    }

    /**
     * Read on the application's account: every caller has already been shown the task under the user's
     * own rights, and a second permission check would only cost another authorization query.
     */
    private Set<String> candidateGroups(Task task) {
        return engine.asApplication(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Standard standardOf(Task task) {
        Long id = standardIdOf(task.getId());
        return standards
                .find(id == null ? -1 : id)
                .orElseThrow(() -> new IllegalStateException("task " + task.getId() + " belongs to no standard"));
    }

    /** Every process of stdtrack carries its standard's id as business key. */
    private Long standardIdOfProcess(String processInstanceId) {
        return engine.asApplication(() -> {
            var process = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .singleResult();
            return process == null || process.getBusinessKey() == null ? null : Long.valueOf(process.getBusinessKey());
        });
    }

    private TaskForm form(Task task) {
        return form(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId());
    }

    /**
     * The form of a listed task, or null when the engine no longer has the task: asking the engine for the form
     * of a task gone would fail the whole request's transaction.
     */
    private TaskForm formIfOpen(String processDefinitionId, String taskKey, String taskId) {
        TaskForm cached = formCache.get(processDefinitionId + ":" + taskKey);
        if (cached != null) {
            return cached;
        }
        boolean open = engine.asApplication(
                () -> tasks.createTaskQuery().taskId(taskId).count() > 0);
        return open ? form(processDefinitionId, taskKey, taskId) : null;
    }

    /** The form of a task of this definition and key, read from the model through any one of its tasks. */
    private TaskForm form(String processDefinitionId, String taskKey, String anyTaskId) {
        return formCache.computeIfAbsent(
                processDefinitionId + ":" + taskKey,
                key -> engine.asApplication(() -> TaskForm.of(forms.getTaskFormData(anyTaskId))));
    }

    private TaskView view(Task task, Standard standard) {
        TaskForm form = form(task);
        return new TaskView(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                standard.id(),
                standard.stage(),
                task.getAssignee(),
                candidateGroups(task),
                instant(task.getCreateTime()),
                instant(task.getDueDate()),
                form.decisionField(),
                form.outcomes(),
                form.fields());
    }

    private static ApiException notFound(String taskId) {
        return ApiException.notFound("No open task with id " + taskId + ".");
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
