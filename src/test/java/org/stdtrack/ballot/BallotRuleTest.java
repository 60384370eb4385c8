package org.stdtrack.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stdtrack.policy.Fraction;
import org.stdtrack.policy.Policy;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.programme.CountingBases.Abstentions;
import org.stdtrack.programme.CountingBases.ParticipationBase;

/** The vote's rule on its counting bases: the Chinese rule (the default) and the ISO rule, at their boundaries. */
class BallotRuleTest {

    private static final CountingBases CHINESE =
            new CountingBases(ParticipationBase.ALL_MEMBERS, Abstentions.COUNT_AS_TAKING_PART);
    private static final CountingBases ISO = new CountingBases(ParticipationBase.ELIGIBLE, Abstentions.EXCLUDE);

    private final BallotRule rule = new BallotRule(thresholds("3/4", "2/3", "1/4"));

    @ParameterizedTest(
            name = "members {0}, eligible {1}: {2} approve, {3} with comments, {4} disapprove, {5} abstain -> {6}")
    @CsvSource({
        // taking part >= 3/4 of all members, recused ones included
        "8, 8, 6, 0, 0, 0, true", // exactly 3/4
        "8, 8, 5, 0, 0, 0, false",
        "8, 6, 5, 0, 0, 0, false", // 5 of 6 eligible, but 5 of 8 members
        "8, 6, 6, 0, 0, 0, true",
        // approvals >= 2/3 of those taking part, an abstention taking part
        "6, 6, 4, 0, 0, 2, true", // exactly 2/3
        "6, 6, 3, 0, 1, 2, false", // 3/6 approve
        "9, 9, 5, 1, 2, 1, true", // approvals 6/9, disapprovals 2/9
        "3, 3, 1, 1, 0, 1, true", // approve-with-comments is an approval: 2/3
        // disapprovals <= 1/4 of those taking part
        "8, 8, 6, 0, 2, 0, true", // exactly 1/4
        "8, 8, 5, 1, 2, 0, true",
        "7, 7, 5, 0, 2, 0, false", // 2/7 > 1/4
        // all abstain, nobody eligible, nobody on the roll: a ballot never silently passes
        "4, 4, 0, 0, 0, 4, false",
        "4, 0, 0, 0, 0, 0, false",
        "0, 0, 0, 0, 0, 0, false",
    })
    void theChineseRuleCountsOnAllMembersAndThoseTakingPart(
            int members, int eligible, int approve, int withComments, int disapprove, int abstain, boolean passes) {
        assertThat(rule.passes(new Tally(members, eligible, approve, withComments, disapprove, abstain), CHINESE))
                .isEqualTo(passes);
    }

    @ParameterizedTest(
            name = "members {0}, eligible {1}: {2} approve, {3} with comments, {4} disapprove, {5} abstain -> {6}")
    @CsvSource({
        // participation over the eligible members
        "8, 6, 5, 0, 0, 0, true",
        "8, 4, 3, 0, 0, 0, true", // exactly 3/4 of the eligible
        "8, 4, 2, 0, 0, 0, false",
        // abstentions left out of approvals and disapprovals
        "12, 12, 7, 0, 2, 3, true", // 7/9 approve, 2/9 disapprove
        "6, 6, 3, 0, 1, 2, true", // 3/4 approve, exactly 1/4 disapprove (the Chinese rule fails it)
        "6, 6, 2, 0, 1, 3, false", // 2/3 approve but 1/3 disapprove
        "6, 6, 2, 0, 0, 3, true", // 5 of 6 vote, and of the votes that count 2/2 approve (the Chinese rule: 2/5)
        // all abstain: no vote counts
        "4, 4, 0, 0, 0, 4, false",
        "4, 0, 0, 0, 0, 0, false",
    })
    void theIsoRuleCountsOnTheEligibleAndLeavesAbstentionsOut(
            int members, int eligible, int approve, int withComments, int disapprove, int abstain, boolean passes) {
        assertThat(rule.passes(new Tally(members, eligible, approve, withComments, disapprove, abstain), ISO))
                .isEqualTo(passes);
    }

    @Test
    void theResultSaysWhichBasesWereApplied() {
        Tally tally = new Tally(8, 6, 5, 0, 0, 1);
        assertThat(rule.describe(tally, CHINESE))
                .contains("of 8 (all members)", "of 6 taking part (abstentions included)");
        assertThat(rule.describe(tally, ISO)).contains("of 6 (eligible members)", "of 5 votes (abstentions excluded)");
    }

    @Test
    void thresholdsComeFromPolicy() {
        BallotRule unanimous = new BallotRule(thresholds("1/1", "1/1", "0/1"));
        assertThat(unanimous.passes(new Tally(4, 4, 4, 0, 0, 0), ISO)).isTrue();
        assertThat(unanimous.passes(new Tally(4, 4, 3, 0, 0, 1), ISO)).isTrue();
        assertThat(unanimous.passes(new Tally(4, 4, 3, 0, 1, 0), ISO)).isFalse();
        assertThat(unanimous.passes(new Tally(4, 4, 3, 0, 0, 0), ISO)).isFalse();
    }

    static Policy.BallotThresholds thresholds(String participation, String approval, String maxDisapproval) {
        return new Policy.BallotThresholds(
                Fraction.valueOf(participation), Fraction.valueOf(approval), Fraction.valueOf(maxDisapproval));
    }
}
