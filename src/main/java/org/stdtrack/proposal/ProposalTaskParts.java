package org.stdtrack.proposal;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.tasks.TaskPagePart;

/** The approver evaluating a proposal sees its public comments above the decision. */
@Configuration
class ProposalTaskParts {

    @Bean
    TaskPagePart proposalCommentsPanel(ProposalComments comments) {
        return (task, standard, model) -> {
            if (!LifecycleTask.APPROVE_PROPOSAL.is(task.key())) {
                return Optional.empty();
            }
            model.addAttribute("proposalComments", comments.of(standard.id()));
            return Optional.of(new TaskPagePart.Fragment("proposal/parts", "comments"));
        };
    }
}
