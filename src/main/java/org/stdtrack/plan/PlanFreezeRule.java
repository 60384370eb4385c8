package org.stdtrack.plan;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.PlanFreeze;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.TaskCompletionCheck;
import org.stdtrack.tasks.TaskHandler;

/**
 * A project overdue by {@code stdtrack.policy.freeze-after} is frozen: none of its tasks is completed, only
 * a plan change (an extension, a change, a termination) can be requested, and its decision taken.
 */
@Component
class PlanFreezeRule implements PlanFreeze, TaskCompletionCheck {

    private final PlanPolicy policy;
    private final ProgrammeClock clock;

    PlanFreezeRule(PlanPolicy policy, ProgrammeClock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Instant frozenIfDueBefore() {
        return clock.now().atZone(clock.zone()).minus(policy.freezeAfter()).toInstant();
    }

    @Override
    public boolean appliesTo(String taskKey) {
        return !PlanChangeModel.DECIDE_TASK.equals(taskKey) && !LegacyExtensionDecision.TASK.equals(taskKey);
    }

    @Override
    public void check(TaskHandler.Completion completion) {
        Standard standard = completion.standard();
        if (isFrozen(standard)) {
            throw ApiException.conflict("Standard " + standard.id() + " is frozen: its development clock ran out at "
                    + standard.developmentDueAt() + " before it was submitted for approval. Its secretariat requests"
                    + " a plan change (POST /api/standards/" + standard.id()
                    + "/plan-changes: an extension or a termination), which SAC or MIIT decides.");
        }
    }
}
