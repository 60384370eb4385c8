package org.stdtrack.ballot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.stdtrack.policy.Policy;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.programme.CountingBases.Abstentions;
import org.stdtrack.programme.CountingBases.ParticipationBase;

/**
 * The technical review rule (domain reference, section 3) on the committee's counting bases: enough members
 * take part (over all members, or over the eligible ones), enough of those taking part approve and few enough
 * disapprove (an abstention taking part, or left out). A ballot that nobody could take part in, or where no
 * vote counts, fails: a ballot never silently passes.
 */
@Component
public class BallotRule {

    private final Policy.BallotThresholds thresholds;

    @Autowired
    public BallotRule(Policy policy) {
        this(policy.ballot());
    }

    BallotRule(Policy.BallotThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public boolean passes(Tally tally, CountingBases bases) {
        int base = participationBase(tally, bases);
        int takingPart = takingPart(tally, bases);
        if (tally.eligible() == 0 || base == 0 || takingPart == 0) {
            return false;
        }
        return thresholds.participation().isReachedBy(tally.cast(), base)
                && thresholds.approval().isReachedBy(tally.approvals(), takingPart)
                && thresholds.maxDisapproval().isNotExceededBy(tally.disapprove(), takingPart);
    }

    /** The rule and the bases as applied to this tally, in words, for the ballot's result. */
    public String describe(Tally tally, CountingBases bases) {
        boolean allMembers = bases.participationBase() == ParticipationBase.ALL_MEMBERS;
        boolean abstainersTakePart = bases.abstentions() == Abstentions.COUNT_AS_TAKING_PART;
        return "counted on: votes cast " + tally.cast() + " >= "
                + thresholds.participation().numerator() + "/"
                + thresholds.participation().denominator() + " of " + participationBase(tally, bases)
                + (allMembers ? " (all members)" : " (eligible members)") + "; approvals " + tally.approvals()
                + " >= " + thresholds.approval().numerator() + "/"
                + thresholds.approval().denominator()
                + " and disapprovals " + tally.disapprove() + " <= "
                + thresholds.maxDisapproval().numerator() + "/"
                + thresholds.maxDisapproval().denominator() + " of " + takingPart(tally, bases)
                + (abstainersTakePart ? " taking part (abstentions included)" : " votes (abstentions excluded)");
    }

    private static int participationBase(Tally tally, CountingBases bases) {
        return bases.participationBase() == ParticipationBase.ALL_MEMBERS ? tally.members() : tally.eligible();
    }

    private static int takingPart(Tally tally, CountingBases bases) {
        return bases.abstentions() == Abstentions.COUNT_AS_TAKING_PART ? tally.cast() : tally.nonAbstaining();
    }
}
