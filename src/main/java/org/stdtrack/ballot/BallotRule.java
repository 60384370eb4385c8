package org.stdtrack.ballot;

import org.springframework.stereotype.Component;
import org.stdtrack.policy.Policy;

/**
 * The technical review rule (domain reference, section 3): enough members vote, enough of the
 * non-abstaining votes approve, few enough disapprove. A ballot that nobody could or did vote on
 * fails: a ballot never silently passes.
 */
@Component
public class BallotRule {

    private final Policy.BallotThresholds thresholds;

    public BallotRule(Policy policy) {
        this.thresholds = policy.ballot();
    }

    public boolean passes(Tally tally) {
        if (tally.eligible() == 0 || tally.nonAbstaining() == 0) {
            return false;
        }
        return thresholds.participation().isReachedBy(tally.cast(), tally.eligible())
                && thresholds.approval().isReachedBy(tally.approvals(), tally.nonAbstaining())
                && thresholds.maxDisapproval().isNotExceededBy(tally.disapprove(), tally.nonAbstaining());
    }
}
