package org.stdtrack.amendment;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.tasks.TaskPagePart;

/** The approver deciding an amendment sees the comments its consultation brought. */
@Configuration
class AmendmentTaskParts {

    @Bean
    TaskPagePart amendmentCommentsPanel(AmendmentRepository amendments) {
        return (task, standard, model) -> {
            if (!AmendmentModel.APPROVE.equals(task.key())) {
                return Optional.empty();
            }
            model.addAttribute(
                    "amendmentComments",
                    amendments.of(standard.id()).stream()
                            .filter(a -> a.status() == Amendment.Status.CONSULTATION)
                            .findFirst()
                            .map(a -> amendments.comments(a.id()))
                            .orElse(List.of()));
            return Optional.of(new TaskPagePart.Fragment("amendment/parts", "comments"));
        };
    }
}
