package org.stdtrack.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stdtrack.policy.Fraction;
import org.stdtrack.policy.Policy;

class BallotRuleTest {

    private final BallotRule rule = new BallotRule(policy("3/4", "2/3", "1/4"));

    @ParameterizedTest(name = "eligible {0}: {1} approve, {2} with comments, {3} disapprove, {4} abstain -> {5}")
    @CsvSource({
        // participation: cast >= 3/4 of eligible
        "4, 3, 0, 0, 0, true",
        "4, 2, 0, 0, 0, false",
        "8, 6, 0, 0, 0, true",
        "8, 5, 0, 0, 0, false",
        // approvals >= 2/3 of the non-abstaining votes
        "6, 4, 0, 2, 0, false", // disapprovals 2/6 > 1/4
        "9, 6, 1, 2, 0, true", // approvals 7/9 >= 2/3, disapprovals 2/9 <= 1/4
        "12, 8, 1, 2, 1, true", // non-abstaining 11: approvals 9/11, disapprovals 2/11
        "12, 7, 0, 2, 3, true", // abstentions do not count: 7/9 approve, 2/9 disapprove
        "12, 5, 0, 2, 3, false", // cast 10/12 ok, approvals 5/7 ok, disapprovals 2/7 > 1/4
        "3, 1, 1, 0, 1, true", // approve-with-comments counts as approval
        // abstentions alone, or nobody eligible: a ballot never silently passes
        "4, 0, 0, 0, 4, false",
        "0, 0, 0, 0, 0, false",
    })
    void appliesTheThresholds(
            int eligible, int approve, int withComments, int disapprove, int abstain, boolean passes) {
        assertThat(rule.passes(new Tally(eligible, approve, withComments, disapprove, abstain)))
                .isEqualTo(passes);
    }

    @Test
    void exactlyOnTheThresholdPasses() {
        // 3 of 4 vote (exactly 3/4); 2 of 3 approve (exactly 2/3)... and 1 of 3 disapprove (> 1/4) fails
        assertThat(rule.passes(new Tally(4, 2, 0, 1, 0))).isFalse();
        // 4 of 4 vote; 3 approve, 1 disapproves: exactly 1/4 disapproval, 3/4 approval
        assertThat(rule.passes(new Tally(4, 3, 0, 1, 0))).isTrue();
    }

    @Test
    void thresholdsComeFromPolicy() {
        BallotRule unanimous = new BallotRule(policy("1/1", "1/1", "0/1"));
        assertThat(unanimous.passes(new Tally(4, 4, 0, 0, 0))).isTrue();
        assertThat(unanimous.passes(new Tally(4, 3, 0, 0, 1))).isTrue();
        assertThat(unanimous.passes(new Tally(4, 3, 0, 1, 0))).isFalse();
        assertThat(unanimous.passes(new Tally(4, 3, 0, 0, 0))).isFalse();
    }

    static Policy policy(String participation, String approval, String maxDisapproval) {
        Period p = Period.ofDays(30);
        return new Policy(
                p,
                new Policy.ConsultationMinPeriod(p, p),
                new Policy.DevelopmentLimit(p, p, p, p),
                p,
                p,
                new Policy.BallotThresholds(
                        Fraction.valueOf(participation), Fraction.valueOf(approval), Fraction.valueOf(maxDisapproval)));
    }
}
