package org.stdtrack.tasks;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final Worklist tasks;

    TaskController(Worklist tasks) {
        this.tasks = tasks;
    }

    /** Tasks assigned to the caller or offered to one of their groups. */
    @GetMapping
    List<TaskView> mine(AppUser user, @RequestParam(required = false) Long standard) {
        return tasks.mine(user, standard);
    }

    @GetMapping("/{id}")
    TaskView get(AppUser user, @PathVariable String id) {
        return tasks.get(user, id);
    }

    @PostMapping("/{id}/claim")
    TaskView claim(AppUser user, @PathVariable String id) {
        return tasks.claim(user, id);
    }

    @PostMapping("/{id}/unclaim")
    TaskView unclaim(AppUser user, @PathVariable String id) {
        return tasks.unclaim(user, id);
    }

    /** Body: the decision ({@code outcome} or {@code vote}), {@code comment}, and the task's fields. */
    @PostMapping("/{id}/complete")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The decision (`outcome`, or `vote` for a ballot), a `comment`, and the task's own fields as"
                    + " listed in `fields` of GET /api/tasks/{id}; the allowed outcomes are in `outcomes`.")
    CompletedTask complete(
            AppUser user, @PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        return tasks.complete(user, id, body == null ? Map.of() : body);
    }
}
