package org.stdtrack.lifecycle;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.StandardRepository;

/** Timer dates computed from policy when the token reaches the timer (bean name {@code deadlines}). */
@Component("deadlines")
public class Deadlines {

    private final Policy policy;
    private final ProgrammeClock clock;
    private final StandardRepository standards;

    Deadlines(Policy policy, ProgrammeClock clock, StandardRepository standards) {
        this.standards = standards;
        this.policy = policy;
        this.clock = clock;
    }

    public Date proposalCommentsClose() {
        return Date.from(clock.fromNow(policy.proposalCommentPeriod()));
    }

    /**
     * Counted from entry into force (the implementation date, however late its timer ran), and again from
     * each confirmation: from when the standard's current stage event took effect.
     */
    public Date periodicReviewDue(DelegateExecution execution) {
        long standardId = StandardLifecycleModel.STANDARD_ID.from(execution);
        return Date.from(clock.after(standards.currentStageSince(standardId), policy.periodicReviewInterval()));
    }
}
