package org.stdtrack.programme;

import jakarta.validation.constraints.NotNull;

/**
 * The bases a committee's technical review vote is counted on (domain reference, section 3). The Chinese
 * rule: members taking part over all members of the committee, and abstentions take part. The ISO rule
 * (international liaison items): participation over the eligible members, abstentions not counted.
 */
public record CountingBases(
        @NotNull ParticipationBase participationBase,
        @NotNull Abstentions abstentions) {

    /** What participation is counted against: every member on the roll, or those left after recusal. */
    public enum ParticipationBase {
        ALL_MEMBERS,
        ELIGIBLE
    }

    /** Whether an abstaining member takes part (and so counts in the bases of approval and disapproval). */
    public enum Abstentions {
        COUNT_AS_TAKING_PART,
        EXCLUDE
    }
}
