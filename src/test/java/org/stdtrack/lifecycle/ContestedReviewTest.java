package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a review by correspondence is contested and goes to a meeting. */
class ContestedReviewTest {

    @ParameterizedTest(name = "passed {0}, {1} disapprovals, contested from {2} -> {3}")
    @CsvSource({
        "true, 1, 1, true", // the default: any disapproval of a passing review
        "true, 0, 1, false",
        "true, 2, 3, false",
        "true, 3, 3, true",
        "false, 3, 1, false", // a failed review goes to the secretariat's decision instead
        "true, 5, 0, false", // 0: never
    })
    void aPassingReviewWithEnoughDisapprovalsIsContested(
            boolean passed, int disapprovals, int contestedFrom, boolean contested) {
        assertThat(BallotDelegates.isContested(passed, disapprovals, contestedFrom))
                .isEqualTo(contested);
    }
}
