package org.stdtrack.extension;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.tasks.TaskPagePart;

/** What the approving body's decision page shows above the form. */
@Configuration
class ExtensionTaskParts {

    /** The request: the current and the asked-for due date, who asked and why. */
    @Bean
    TaskPagePart extensionRequestPanel(ExtensionRepository requests) {
        return (task, standard, model) -> {
            if (!DevelopmentExtensionModel.DECIDE_TASK.equals(task.key())) {
                return Optional.empty();
            }
            return requests.open(standard.id()).map(request -> {
                model.addAttribute("extensionRequest", request);
                return new TaskPagePart.Fragment("extension/task-parts", "request");
            });
        };
    }
}
