package org.stdtrack.lifecycle;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.StageHistory;

/** Timer dates computed from policy when the token reaches the timer (bean name {@code deadlines}). */
@Component("deadlines")
public class Deadlines {

    private final Policy policy;
    private final ProgrammeClock clock;
    private final StageHistory stageHistory;

    Deadlines(Policy policy, ProgrammeClock clock, StageHistory stageHistory) {
        this.stageHistory = stageHistory;
        this.policy = policy;
        this.clock = clock;
    }

    /** Counted from when the proposal was submitted (for an imported proposal, the date its file gives). */
    public Date proposalCommentsClose(DelegateExecution execution) {
        return Date.from(clock.after(currentStageSince(execution), policy.proposalCommentPeriod()));
    }

    /**
     * Counted from entry into force (the implementation date, however late its timer ran), and again from
     * each confirmation: from when the standard's current stage event took effect.
     */
    public Date periodicReviewDue(DelegateExecution execution) {
        return Date.from(clock.after(currentStageSince(execution), policy.periodicReviewInterval()));
    }

    /** A withdrawal is publicly noticed from the periodic review's conclusion (90.60) for the policy's period. */
    public Date withdrawalNoticeEnds(DelegateExecution execution) {
        return Date.from(clock.after(currentStageSince(execution), policy.withdrawalNotice()));
    }

    private Instant currentStageSince(DelegateExecution execution) {
        return stageHistory.currentStageSince(StandardLifecycleModel.STANDARD_ID.from(execution));
    }
}
