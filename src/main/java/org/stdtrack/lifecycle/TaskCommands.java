package org.stdtrack.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;

/**
 * What a user does with workflow tasks, for the API and the pages alike. Each command runs in its own
 * transaction; a refused attempt is recorded in the audit trail after its transaction has rolled back.
 */
@Service
public class TaskCommands {

    private final WorkflowTasks tasks;
    private final AuditTrail audit;

    TaskCommands(WorkflowTasks tasks, AuditTrail audit) {
        this.tasks = tasks;
        this.audit = audit;
    }

    /** Tasks assigned to the user or offered to one of their groups, optionally of one standard. */
    public List<WorkflowTasks.TaskView> mine(AppUser user, Long standardId) {
        return tasks.mine(user, standardId);
    }

    /** A task the engine shows the user (its candidates, its assignee, administrators); 404 otherwise. */
    public WorkflowTasks.TaskView get(AppUser user, String taskId) {
        return tasks.get(user, taskId);
    }

    public WorkflowTasks.TaskView claim(AppUser user, String taskId) {
        return audited(user, "CLAIM_TASK", taskId, () -> tasks.claim(user, taskId));
    }

    public WorkflowTasks.TaskView unclaim(AppUser user, String taskId) {
        return audited(user, "UNCLAIM_TASK", taskId, () -> tasks.unclaim(user, taskId));
    }

    /** The decision ({@code outcome} or {@code vote}), {@code comment}, and the task's fields. */
    public WorkflowTasks.Completed complete(AppUser user, String taskId, Map<String, Object> body) {
        return audited(user, "COMPLETE_TASK", taskId, () -> tasks.complete(user, taskId, body));
    }

    private <T> T audited(AppUser user, String action, String taskId, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ApiException refusal) {
            audit.refused(user.username(), tasks.standardIdOf(taskId), action, taskId, refusal);
            throw refusal;
        }
    }
}
