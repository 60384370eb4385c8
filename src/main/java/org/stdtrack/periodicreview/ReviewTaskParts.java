package org.stdtrack.periodicreview;

import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.tasks.TaskPagePart;

/**
 * The review's tasks show the conclusion as it stands (proposed, returned, endorsed) and link to the
 * committee's batch it goes with.
 */
@Configuration
class ReviewTaskParts {

    private static final Set<String> REVIEW_TASKS =
            Set.of(ReviewConclusions.PROPOSE_TASK, ReviewConclusions.ENDORSE_TASK, ReviewConclusions.DECIDE_TASK);

    @Bean
    TaskPagePart reviewConclusionPanel(ReviewConclusions conclusions) {
        return (task, standard, model) -> {
            if (!REVIEW_TASKS.contains(task.key())) {
                return Optional.empty();
            }
            var conclusion = conclusions.onItsWay(standard.id());
            if (conclusion.isEmpty()) {
                return Optional.empty();
            }
            model.addAttribute("reviewConclusion", conclusion.get());
            return Optional.of(new TaskPagePart.Fragment("periodicreview/parts", "conclusion"));
        };
    }
}
