package org.stdtrack.tasks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.engine.EngineTasks;
import org.stdtrack.engine.EngineTasks.EngineTask;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
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

    private final EngineTasks tasks;
    private final StandardRepository standards;
    private final OpenTaskProjection openTasks;
    private final EngineCalls engine;
    private final AuditTrail audit;
    private final StandardAccess access;
    private final Map<String, TaskHandler> handlers;
    private final List<TaskCompletionCheck> checks;
    private final TaskDecisions decisions;
    private final ProgrammeClock clock;
    private final TaskSubjects subjects;
    /** Forms are fixed per process definition and task: read once from the model. */
    private final Map<String, TaskForm> formCache = new ConcurrentHashMap<>();

    TaskWork(
            EngineTasks tasks,
            StandardRepository standards,
            OpenTaskProjection openTasks,
            EngineCalls engine,
            AuditTrail audit,
            StandardAccess access,
            List<TaskHandler> handlers,
            List<TaskCompletionCheck> checks,
            TaskDecisions decisions,
            ProgrammeClock clock,
            TaskSubjects subjects) {
        this.subjects = subjects;
        this.checks = checks;
        this.decisions = decisions;
        this.clock = clock;
        this.access = access;
        this.openTasks = openTasks;
        this.audit = audit;
        this.tasks = tasks;
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
        Map<Long, Standard> standardsById = standards.find(rows.stream()
                .map(OpenTaskProjection.Row::standardId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<String, Set<String>> groups = openTasks.candidateGroups(
                rows.stream().map(OpenTaskProjection.Row::taskId).toList());
        List<TaskView> views = new ArrayList<>();
        for (var row : rows) {
            About about = row.standardId() != null
                    ? About.of(standardsById.get(row.standardId()))
                    : subjects.of(row.subject()).map(About::of).orElse(null);
            if (about != null && canSee(user, about)) {
                TaskForm form = formIfOpen(row.processDefinitionId(), row.key(), row.taskId());
                if (form == null) {
                    // Completed (on this node or another) since the list was read: it is no longer open.
                    continue;
                }
                views.add(view(
                        new EngineTask(
                                row.taskId(),
                                row.key(),
                                row.name(),
                                row.processDefinitionId(),
                                null,
                                row.assignee(),
                                row.created(),
                                row.due()),
                        groups.getOrDefault(row.taskId(), Set.of()),
                        about,
                        form));
            }
        }
        return views;
    }

    /** What a task is about: a standard, or another subject (an international ballot). */
    private record About(Standard standard, TaskSubject other) {

        static About of(Standard standard) {
            return standard == null ? null : new About(standard, null);
        }

        static About of(TaskSubject other) {
            return new About(null, other);
        }

        /** The tracker committee whose secretariat looks after the task, and whose members work personal ones. */
        String committee() {
            return standard != null ? standard.committee() : other.committee();
        }

        Long standardId() {
            return standard == null ? null : standard.id();
        }
    }

    private boolean canSee(AppUser user, About about) {
        return about.standard() != null
                ? access.canSee(user, about.standard())
                : subjects.canSee(user, about.other().key());
    }

    /** The engine shows a task only to its candidates, its assignee and administrators. */
    @Transactional(readOnly = true)
    Map<String, Object> variables(AppUser user, String taskId) {
        get(user, taskId);
        return tasks.variables(taskId);
    }

    TaskView get(AppUser user, String taskId) {
        return engine.as(user, () -> {
            EngineTask task = open(taskId);
            About about = aboutOf(task);
            if (!canSee(user, about)) {
                throw notFound(taskId);
            }
            return view(task, about);
        });
    }

    @Transactional
    TaskView claim(AppUser user, String taskId) {
        return onTask(user, taskId, () -> {
            EngineTask task = workable(user, taskId);
            if (task.assignee() == null) {
                tasks.claim(taskId, user.username());
                audit.done(user.username(), aboutOf(task).standardId(), AuditAction.CLAIM_TASK, taskId, task.key());
            }
            return view(open(taskId), aboutOf(task));
        });
    }

    /**
     * Hands a claimed task back to its candidate groups: by its assignee, or by the secretariat of the
     * committee that looks after it (the standard's) or an administrator whoever claimed it (a colleague away, or one who has left
     * the committee), which the audit trail records as such.
     */
    @Transactional
    TaskView unclaim(AppUser user, String taskId) {
        return onTask(user, taskId, () -> {
            About about = aboutOfTask(taskId);
            boolean supervisor = about != null && (user.isAdmin() || user.has(Role.SECRETARIAT, about.committee()));
            EngineTask task = supervisor ? engine.asApplication(() -> open(taskId)) : open(taskId);
            boolean mine = user.username().equals(task.assignee());
            if (!supervisor || mine) {
                workable(user, task);
            }
            if (tasks.candidateGroups(taskId).isEmpty()) {
                throw ApiException.conflict("Task " + taskId + " was assigned personally and cannot be handed back.")
                        .withText("problem.task.assignedPersonally");
            }
            if (task.assignee() == null) {
                throw ApiException.conflict("Task " + taskId + " is not claimed by anyone.")
                        .withText("problem.task.notClaimed");
            }
            tasks.handBack(taskId);
            about = aboutOf(task);
            if (mine) {
                audit.done(user.username(), about.standardId(), AuditAction.UNCLAIM_TASK, taskId, task.key());
            } else {
                audit.done(
                        user.username(),
                        about.standardId(),
                        AuditAction.HAND_BACK_TASK,
                        taskId,
                        task.key() + " from " + task.assignee());
            }
            return view(engine.asApplication(() -> open(taskId)), about);
        });
    }

    @Transactional
    CompletedTask complete(AppUser user, String taskId, Map<String, Object> body) {
        return onTask(user, taskId, () -> {
            EngineTask task = workable(user, taskId);
            About about = aboutOf(task);
            TaskForm form = form(task);
            TaskForm.Submission submission = form.validate(body);
            Map<String, Object> variables = new LinkedHashMap<>();
            var completion = new TaskHandler.Completion(
                    about.standard(),
                    user,
                    submission.decision(),
                    submission.comment(),
                    submission.values(),
                    tasks.variables(taskId));
            for (TaskCompletionCheck check : checks) {
                // Other features' rules concern a standard's tasks; another subject's are its own room's.
                if (about.standard() != null && check.appliesTo(task.key())) {
                    check.check(completion);
                }
            }
            TaskHandler handler = handlers.get(task.key());
            if (handler != null) {
                variables.putAll(handler.complete(completion));
            }
            if (submission.decision() != null) {
                variables.putAll(ProcessVariable.transientOf(form.decisionField(), String.class)
                        .asMap(submission.decision()));
            }
            if (submission.comment() != null) {
                variables.putAll(TaskHandler.COMMENT.asMap(submission.comment()));
            }
            tasks.complete(taskId, variables);
            String what = task.key() + (submission.decision() == null ? "" : " " + submission.decision());
            if (about.standard() == null) {
                // The subject's own room keeps what was decided (a ballot its national position).
                audit.done(
                        user.username(),
                        null,
                        AuditAction.COMPLETE_TASK,
                        taskId,
                        what + " " + about.other().key());
                return new CompletedTask(taskId, null, null, null, about.other());
            }
            long standardId = about.standardId();
            decisions.record(
                    standardId, task.key(), submission.decision(), submission.comment(), user.username(), clock.now());
            audit.done(user.username(), standardId, AuditAction.COMPLETE_TASK, taskId, what);
            LogContext.afterCommit(
                    standardId, taskId, () -> log.info("Task {} completed by {}", what, user.username()));
            Standard after = standards.find(standardId).orElseThrow();
            return new CompletedTask(taskId, after.id(), after.stage(), after.stageCode(), null);
        });
    }

    /** The standard a task belongs or belonged to, whoever asks; null for an unknown task or another subject. */
    Long standardIdOf(String taskId) {
        return TaskSubjects.standardIdOf(businessKeyOf(taskId));
    }

    /**
     * The business key of a task's process (a standard's id, another subject's key), whoever asks; null for an
     * unknown task. An open task's is in the open-task projection; only a task gone (completed, withdrawn) needs
     * the engine's history.
     */
    private String businessKeyOf(String taskId) {
        return openTasks
                .businessKeyOf(taskId)
                .or(() -> tasks.businessKeyOf(taskId))
                .orElse(null);
    }

    @Override
    public List<OpenTask> of(AppUser reader, Standard standard) {
        boolean wholeProcess = ActionHolderList.runsProcess(reader, standard);
        return tasks.ofBusinessKey(String.valueOf(standard.id())).stream()
                .flatMap(t -> tasks
                        .candidateGroupsIfOpen(t.id())
                        .map(groups ->
                                new OpenTask(t.id(), t.key(), t.name(), t.assignee(), groups, t.created(), t.due()))
                        .stream())
                .filter(t -> wholeProcess
                        || reader.username().equals(t.assignee())
                        || !Collections.disjoint(t.candidateGroups(), reader.engineGroups()))
                .toList();
    }

    private EngineTask workable(AppUser user, String taskId) {
        return workable(user, open(taskId));
    }

    /**
     * The open task, checked for the right to work it now: 404 when the engine does not show it to the
     * user or the user may no longer see its standard, 403 when the user is no candidate (an administrator,
     * or an assignee who has since lost the role it was offered for), 409 when another claimed it. A
     * personal task (a vote) is its assignee's while they remain a member of the standard's committee.
     */
    private EngineTask workable(AppUser user, EngineTask task) {
        About about = aboutOf(task);
        if (!canSee(user, about)) {
            throw notFound(task.id());
        }
        boolean assignedToMe = user.username().equals(task.assignee());
        Set<String> candidates = tasks.candidateGroups(task.id());
        boolean personal = candidates.isEmpty();
        boolean eligible = personal
                ? assignedToMe && user.isMemberOf(about.committee())
                : !Collections.disjoint(candidates, user.engineGroups());
        if (!eligible) {
            throw ApiException.forbidden("Task " + task.id() + " (" + task.name() + ") is not yours to work"
                            + (assignedToMe ? ": you no longer hold the role it was offered for." : "."))
                    .withText(assignedToMe ? "problem.task.roleGone" : "problem.task.notYours");
        }
        if (task.assignee() != null && !assignedToMe) {
            throw ApiException.conflict("Task " + task.id() + " is claimed by " + task.assignee() + ".")
                    .withText("problem.task.claimedBy", task.assignee());
        }
        return task;
    }

    /** What an open or finished task is about, whoever asks; null for an unknown task. */
    private About aboutOfTask(String taskId) {
        String key = businessKeyOf(taskId);
        Long standardId = TaskSubjects.standardIdOf(key);
        return standardId != null
                ? About.of(standards.find(standardId).orElse(null))
                : subjects.of(key).map(About::of).orElse(null);
    }

    /**
     * Runs a task command as the user, under the engine's own permission checks. Someone completing the
     * task a moment earlier removes it, its candidate groups and its authorizations; the command then
     * fails in one of several ways (refused, no candidate group, stale execution). Whatever the failure,
     * a task completed meanwhile is answered as such: 409. The subject's lock comes first, so that
     * commands on one standard (or ballot) run one after the other.
     */
    private <T> T onTask(AppUser user, String taskId, Supplier<T> command) {
        String key = businessKeyOf(taskId);
        Long standardId = TaskSubjects.standardIdOf(key);
        if (standardId != null) {
            standards.lock(standardId);
        } else if (key != null) {
            subjects.lock(key);
        }
        return engine.as(user, () -> {
            try {
                return command.get();
            } catch (RuntimeException e) {
                if (!(e instanceof ApiException refusal) || refusal.status() == HttpStatus.FORBIDDEN) {
                    open(taskId);
                }
                if (EngineCalls.isRefusal(e)) {
                    throw ApiException.forbidden("The engine does not let you work task " + taskId + ".")
                            .withText("problem.task.notYours");
                }
                throw e;
            }
        });
    }

    /** The task as the current user's engine authorizations show it. */
    private EngineTask open(String taskId) {
        var task = tasks.find(taskId);
        if (task.isPresent()) {
            return task.get();
        }
        // Whether it was completed is the application's question: answer it outside the user's rights.
        if (tasks.wasCompleted(taskId)) {
            throw ApiException.conflict("Task " + taskId + " has already been completed.")
                    .withText("problem.task.completed");
        }
        throw notFound(taskId);
    }

    private About aboutOf(EngineTask task) {
        About about = aboutOfTask(task.id());
        if (about == null) {
            throw new IllegalStateException("task " + task.id() + " is about nothing the tracker knows");
        }
        return about;
    }

    private TaskForm form(EngineTask task) {
        return form(task.processDefinitionId(), task.key(), task.id());
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
        return tasks.isOpen(taskId) ? form(processDefinitionId, taskKey, taskId) : null;
    }

    /** The form of a task of this definition and key, read from the model through any one of its tasks. */
    private TaskForm form(String processDefinitionId, String taskKey, String anyTaskId) {
        return formCache.computeIfAbsent(
                processDefinitionId + ":" + taskKey, key -> TaskForm.of(tasks.form(anyTaskId)));
    }

    private TaskView view(EngineTask task, About about) {
        return view(task, tasks.candidateGroups(task.id()), about, form(task));
    }

    private static TaskView view(EngineTask task, Set<String> candidateGroups, About about, TaskForm form) {
        return new TaskView(
                task.id(),
                task.key(),
                task.name(),
                about.standardId(),
                about.standard() == null ? null : about.standard().stage(),
                about.other(),
                task.assignee(),
                candidateGroups,
                task.created(),
                task.due(),
                form.decisionField(),
                form.outcomes(),
                form.fields());
    }

    private static ApiException notFound(String taskId) {
        return ApiException.notFound("No open task with id " + taskId + ".").withText("problem.task.notOpen");
    }
}
