package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_CLOSES_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_CONTESTED;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_ID;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_PASSED;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_RESULT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PRESET_BALLOT_CLOSE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.STANDARD_ID;

import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.ballot.Ballots;
import org.stdtrack.ballot.ReviewMeetings;
import org.stdtrack.policy.Policy;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/** The service tasks of the technical review: the ballot's opening and count, the review meeting's opening. */
@Configuration
class BallotDelegates {

    /** Opens a ballot round: one castVote task is created per eligible voter. */
    @Bean
    JavaDelegate openBallot(Ballots ballots, StandardRepository standards) {
        return execution -> {
            long standardId = STANDARD_ID.from(execution);
            Standard standard = standards.find(standardId).orElseThrow();
            Date preset = PRESET_BALLOT_CLOSE.from(execution);
            var ballot = ballots.open(
                    standardId,
                    standard.committee(),
                    standard.leadOrganisation(),
                    preset == null ? null : preset.toInstant());
            BALLOT_ID.set(execution, ballot.id());
            BALLOT_CLOSES_AT.set(execution, Date.from(ballot.closesAt()));
        };
    }

    /**
     * Runs when everybody has voted or at the deadline, whichever comes first. Takes the standard's lock
     * first, in the same order as the commands do, so a vote and the deadline never deadlock.
     */
    @Bean
    JavaDelegate tallyBallot(Ballots ballots, StandardRepository standards, Policy policy) {
        return execution -> {
            standards.lock(STANDARD_ID.from(execution));
            var result = ballots.close(BALLOT_ID.from(execution));
            BALLOT_PASSED.set(execution, result.passed());
            BALLOT_RESULT.set(execution, result.summary());
            BALLOT_CONTESTED.set(
                    execution, isContested(result.passed(), result.disapprovals(), policy.contestedFromDisapprovals()));
        };
    }

    /**
     * A correspondence review that passed with at least the policy's number of disapprovals (0: never) is
     * contested and goes to a meeting; one that failed goes to the secretariat's decision as before.
     */
    static boolean isContested(boolean passed, int disapprovals, int contestedFrom) {
        return passed && contestedFrom > 0 && disapprovals >= contestedFrom;
    }

    /** Opens a review meeting: the committee's roll, for its secretariat to schedule in holdReviewMeeting. */
    @Bean
    JavaDelegate openReviewMeeting(ReviewMeetings meetings, StandardRepository standards) {
        return execution -> {
            Standard standard = standards.find(STANDARD_ID.from(execution)).orElseThrow();
            meetings.open(standard.id(), standard.committee(), standard.leadOrganisation());
        };
    }
}
