package org.stdtrack.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;

/**
 * The worklist of every process of the tracker, for the API, the pages and the demo alike: what is on a
 * user's list, claiming, handing back and completing. Each command runs in its own transaction; a refused
 * attempt is recorded in the audit trail after its transaction has rolled back.
 */
@Service
public class Worklist {

    private final TaskWork tasks;
    private final AuditTrail audit;
    private final OpenTaskProjection openTasks;

    Worklist(TaskWork tasks, AuditTrail audit, OpenTaskProjection openTasks) {
        this.tasks = tasks;
        this.audit = audit;
        this.openTasks = openTasks;
    }

    /** A step a standard waits on: which task, and by when. */
    public record NextStep(String key, String name, Instant due) {}

    /**
     * What a standard waits on now, whoever works it: told to the one who just completed a step there (it names
     * tasks, never their workers). Empty while it waits on a timer.
     */
    public List<NextStep> nextSteps(long standardId) {
        return openTasks.ofStandard(standardId, 5).stream()
                .map(row -> new NextStep(row.key(), row.name(), row.due()))
                .toList();
    }

    /**
     * Who a standard waits on now, one line per kind of task: the people it is assigned to or the roles it is
     * offered to, and the earliest due date; empty while it waits on a timer.
     */
    public record Waiting(String key, String name, Instant due, List<String> assignees, List<Role> roles) {}

    public List<Waiting> waitingOn(long standardId) {
        List<OpenTaskProjection.Row> rows = openTasks.ofStandard(standardId, 50);
        Map<String, Set<String>> groups = openTasks.candidateGroups(
                rows.stream().map(OpenTaskProjection.Row::taskId).toList());
        Map<String, List<OpenTaskProjection.Row>> byKey = new LinkedHashMap<>();
        rows.forEach(
                row -> byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
        return byKey.values().stream()
                .map(same -> new Waiting(
                        same.get(0).key(),
                        same.get(0).name(),
                        same.get(0).due(),
                        same.stream()
                                .map(OpenTaskProjection.Row::assignee)
                                .filter(Objects::nonNull)
                                .distinct()
                                .sorted()
                                .toList(),
                        same.stream()
                                .filter(row -> row.assignee() == null)
                                .flatMap(row -> groups.getOrDefault(row.taskId(), Set.of()).stream())
                                .flatMap(group -> EngineGroups.role(group).stream())
                                .distinct()
                                .toList()))
                .toList();
    }

    /** Tasks assigned to the user or offered to one of their groups, optionally of one standard. */
    public List<TaskView> mine(AppUser user, Long standardId) {
        return tasks.mine(user, standardId);
    }

    /**
     * The user's open task about a subject other than a standard (an international ballot, a pilot), by the
     * subject's key; empty when none waits on them. What a subject's own page offers to work.
     */
    public Optional<TaskView> openTaskAbout(AppUser user, String subjectKey) {
        return tasks.mine(user, null).stream()
                .filter(t ->
                        t.subject() != null && subjectKey.equals(t.subject().key()))
                .findFirst();
    }

    /** A task the engine shows the user (its candidates, its assignee, administrators); 404 otherwise. */
    public TaskView get(AppUser user, String taskId) {
        return tasks.get(user, taskId);
    }

    public TaskView claim(AppUser user, String taskId) {
        return audited(user, AuditAction.CLAIM_TASK, taskId, () -> tasks.claim(user, taskId));
    }

    public TaskView unclaim(AppUser user, String taskId) {
        return audited(user, AuditAction.UNCLAIM_TASK, taskId, () -> tasks.unclaim(user, taskId));
    }

    /** The process variables of an open task the user may see (for the sections of its page). */
    public Map<String, Object> variables(AppUser user, String taskId) {
        return tasks.variables(user, taskId);
    }

    /** The decision ({@code outcome} or {@code vote}), {@code comment}, and the task's fields. */
    public CompletedTask complete(AppUser user, String taskId, Map<String, Object> body) {
        return audited(user, AuditAction.COMPLETE_TASK, taskId, () -> tasks.complete(user, taskId, body));
    }

    /**
     * Completes the task as one step of the caller's transaction (a batch of tasks worked together): a refusal
     * rolls the whole of it back, and the caller records it once that is done.
     */
    public CompletedTask completeWithin(AppUser user, String taskId, Map<String, Object> body) {
        return tasks.complete(user, taskId, body);
    }

    private <T> T audited(AppUser user, AuditAction action, String taskId, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ApiException refusal) {
            audit.refused(user.username(), tasks.standardIdOf(taskId), action, taskId, refusal);
            throw refusal;
        }
    }
}
