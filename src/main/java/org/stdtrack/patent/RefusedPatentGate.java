package org.stdtrack.patent;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.tasks.TaskCompletionCheck;
import org.stdtrack.tasks.TaskHandler;

/**
 * A standard goes to approval only when the committee has decided on every patent whose holder refuses a
 * licence (the approval package must carry the patent material): submitting it is refused, naming them.
 */
@Component
class RefusedPatentGate implements TaskCompletionCheck {

    private final PatentDisclosures disclosures;

    RefusedPatentGate(PatentDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public boolean appliesTo(String taskKey) {
        return LifecycleTask.SUBMIT_FOR_APPROVAL.is(taskKey);
    }

    @Override
    public void check(TaskHandler.Completion completion) {
        List<PatentDisclosure> undecided = disclosures
                .ofStandard(completion.standard().id())
                .stream()
                .filter(PatentDisclosure::awaitsDecision)
                .toList();
        if (!undecided.isEmpty()) {
            String named = undecided.stream()
                    .map(d -> d.patentNumber() + " (" + d.holder() + ")")
                    .collect(Collectors.joining("; "));
            throw ApiException.conflict("Standard " + completion.standard().id()
                            + " needs patents whose holders refuse a licence, without the committee's decision: "
                            + named + ". Record the decision first.")
                    .withText("problem.patent.undecided", named);
        }
    }
}
