package org.stdtrack.lifecycle;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.function.Supplier;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final WorkflowTasks tasks;
    private final AuditTrail audit;

    TaskController(WorkflowTasks tasks, AuditTrail audit) {
        this.tasks = tasks;
        this.audit = audit;
    }

    /** Tasks assigned to the caller or offered to one of their groups. */
    @GetMapping
    List<WorkflowTasks.TaskView> mine(AppUser user, @RequestParam(required = false) Long standard) {
        return tasks.mine(user, standard);
    }

    @GetMapping("/{id}")
    WorkflowTasks.TaskView get(AppUser user, @PathVariable String id) {
        return tasks.get(user, id);
    }

    @PostMapping("/{id}/claim")
    WorkflowTasks.TaskView claim(AppUser user, @PathVariable String id) {
        return audited(user, "CLAIM_TASK", id, () -> tasks.claim(user, id));
    }

    @PostMapping("/{id}/unclaim")
    WorkflowTasks.TaskView unclaim(AppUser user, @PathVariable String id) {
        return audited(user, "UNCLAIM_TASK", id, () -> tasks.unclaim(user, id));
    }

    /** Body: the decision ({@code outcome} or {@code vote}), {@code comment}, and the task's fields. */
    @PostMapping("/{id}/complete")
    WorkflowTasks.Completed complete(AppUser user, @PathVariable String id,
                                     @RequestBody(required = false) Map<String, Object> body) {
        return audited(user, "COMPLETE_TASK", id, () -> tasks.complete(user, id, body == null ? Map.of() : body));
    }

    /** A refused attempt on a task is recorded too, after the refused request has been rolled back. */
    private <T> T audited(AppUser user, String action, String taskId, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ApiException refusal) {
            audit.refused(user.username(), tasks.standardIdOf(taskId), action, taskId, refusal);
            throw refusal;
        }
    }
}
