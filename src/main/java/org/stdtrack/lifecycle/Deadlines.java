package org.stdtrack.lifecycle;

import java.util.Date;
import org.springframework.stereotype.Component;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;

/** Timer dates computed from policy when the token reaches the timer (bean name {@code deadlines}). */
@Component("deadlines")
public class Deadlines {

    private final Policy policy;
    private final ProgrammeClock clock;

    Deadlines(Policy policy, ProgrammeClock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public Date proposalCommentsClose() {
        return Date.from(clock.fromNow(policy.proposalCommentPeriod()));
    }

    /** Counted from entry into force, and again from each confirmation. */
    public Date periodicReviewDue() {
        return Date.from(clock.fromNow(policy.periodicReviewInterval()));
    }
}
