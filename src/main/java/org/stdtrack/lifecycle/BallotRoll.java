package org.stdtrack.lifecycle;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stdtrack.ballot.BallotService;

/** The voters of a ballot round, read by the castVote multi-instance: one task each (bean {@code ballotRoll}). */
@Component("ballotRoll")
public class BallotRoll {

    private final BallotService ballots;

    BallotRoll(BallotService ballots) {
        this.ballots = ballots;
    }

    public List<String> voters(long ballotId) {
        return ballots.eligibleVoters(ballotId);
    }
}
