package org.stdtrack.plan;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.tasks.TaskPagePart;

/** What the approving body's decision page shows above the form. */
@Configuration
class PlanTaskParts {

    /** The request: its kind, what it asks for (due dates, new values), who asked and why. */
    @Bean
    TaskPagePart planChangePanel(PlanChangeRepository requests) {
        return (task, standard, model) -> {
            if (!PlanChangeModel.DECIDE_TASK.equals(task.key()) && !LegacyExtensionDecision.TASK.equals(task.key())) {
                return Optional.empty();
            }
            return requests.open(standard.id()).map(request -> {
                model.addAttribute("planChange", request);
                return new TaskPagePart.Fragment("plan/task-parts", "request");
            });
        };
    }
}
