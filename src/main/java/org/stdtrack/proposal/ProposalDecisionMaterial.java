package org.stdtrack.proposal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stdtrack.programme.Committee;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.DecisionMaterial;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.web.Labels;

/** The approver of a proposal sees where the members' support stands, opening the members' positions. */
@Component
class ProposalDecisionMaterial implements DecisionMaterial {

    private final ProposalSupport support;
    private final Labels labels;

    ProposalDecisionMaterial(ProposalSupport support, Labels labels) {
        this.support = support;
        this.labels = labels;
    }

    @Override
    public List<Item> of(TaskView task, Standard standard, Map<String, Object> variables) {
        if (!LifecycleTask.APPROVE_PROPOSAL.is(task.key())) {
            return List.of();
        }
        ProposalSupport.Standing standing = support.standing(standard);
        String text = standing.rule() == Committee.ProposalSupport.NONE
                ? labels.text("support.notNeeded")
                : labels.text(
                        "support.standing",
                        standing.support(),
                        standing.needed(),
                        standing.members(),
                        standing.oppose());
        return List.of(new Item(
                labels.text("material.support"), text, "/standards/" + standard.id() + "#proposal-support", null));
    }
}
