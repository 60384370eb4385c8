package org.stdtrack.lifecycle;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stdtrack.ballot.Ballots;

/** The voters of a ballot round, read by the castVote multi-instance: one task each (bean {@code ballotRoll}). */
@Component("ballotRoll")
public class BallotRoll {

    private final Ballots ballots;

    BallotRoll(Ballots ballots) {
        this.ballots = ballots;
    }

    public List<String> voters(long ballotId) {
        return ballots.eligibleVoters(ballotId);
    }
}
