package org.stdtrack.plan;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** A project's work plan: its target date for each milestone, and where the project stands against each. */
@RestController
class WorkPlanController {

    private final WorkPlans plans;

    WorkPlanController(WorkPlans plans) {
        this.plans = plans;
    }

    record WorkPlan(List<WorkPlans.Target> targets) {}

    @GetMapping("/api/standards/{standardId}/work-plan")
    WorkPlan get(AppUser user, @PathVariable long standardId) {
        return new WorkPlan(plans.of(user, standardId));
    }

    @PutMapping("/api/standards/{standardId}/work-plan")
    WorkPlan set(AppUser user, @PathVariable long standardId, @Valid @RequestBody WorkPlans.WorkPlanRequest body) {
        return new WorkPlan(plans.set(user, standardId, body));
    }
}
