package org.stdtrack.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.DecisionMaterial;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.web.Labels;

/** The approver of a proposal sees its work plan: each milestone's target date. */
@Component
class WorkPlanDecisionMaterial implements DecisionMaterial {

    private final WorkPlans plans;
    private final Labels labels;

    WorkPlanDecisionMaterial(WorkPlans plans, Labels labels) {
        this.plans = plans;
        this.labels = labels;
    }

    @Override
    public List<Item> of(TaskView task, Standard standard, Map<String, Object> variables) {
        if (!LifecycleTask.APPROVE_PROPOSAL.is(task.key())) {
            return List.of();
        }
        List<WorkPlans.Target> targets = plans.of(standard);
        String text = targets.isEmpty()
                ? labels.text("material.workPlanNone")
                : targets.stream()
                        .map(t -> labels.value("milestone", t.milestone()) + " " + t.targetOn())
                        .collect(Collectors.joining(labels.chinese() ? "；" : "; "));
        return List.of(
                new Item(labels.text("workPlan.title"), text, "/standards/" + standard.id() + "#work-plan", null));
    }
}
