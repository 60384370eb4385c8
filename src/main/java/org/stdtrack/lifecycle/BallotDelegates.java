package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.ProcessVariables.BALLOT_CLOSES_AT;
import static org.stdtrack.lifecycle.ProcessVariables.BALLOT_ID;
import static org.stdtrack.lifecycle.ProcessVariables.BALLOT_PASSED;
import static org.stdtrack.lifecycle.ProcessVariables.BALLOT_RESULT;
import static org.stdtrack.lifecycle.ProcessVariables.STANDARD_ID;

import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.ballot.BallotService;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/** The two service tasks of the technical review ballot. */
@Configuration
class BallotDelegates {

    /** Opens a ballot round: one castVote task is created per eligible voter. */
    @Bean
    JavaDelegate openBallot(BallotService ballots, StandardRepository standards) {
        return execution -> {
            long standardId = ((Number) execution.getVariable(STANDARD_ID)).longValue();
            Standard standard = standards.find(standardId).orElseThrow();
            var ballot = ballots.open(standardId, standard.committee(), standard.leadOrganisation());
            execution.setVariable(BALLOT_ID, ballot.id());
            execution.setVariable(BALLOT_CLOSES_AT, Date.from(ballot.closesAt()));
        };
    }

    /**
     * Runs when everybody has voted or at the deadline, whichever comes first. Takes the standard's lock
     * first, in the same order as the commands do, so a vote and the deadline never deadlock.
     */
    @Bean
    JavaDelegate tallyBallot(BallotService ballots, StandardRepository standards) {
        return execution -> {
            standards.lock(((Number) execution.getVariable(STANDARD_ID)).longValue());
            var result = ballots.close(((Number) execution.getVariable(BALLOT_ID)).longValue());
            execution.setVariable(BALLOT_PASSED, result.passed());
            execution.setVariable(BALLOT_RESULT, Variables.stringValue(result.summary(), true));
        };
    }
}
