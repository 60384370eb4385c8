package org.stdtrack.ballot;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.programme.ReferenceData;

/** Technical review ballots: the voting roll with recusals, the votes, and the recorded result. */
@Service
public class Ballots {

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final BallotRule rule;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final ApplicationEventPublisher events;
    private final ReferenceData referenceData;

    Ballots(
            JdbcClient jdbc,
            UserRepository users,
            BallotRule rule,
            Policy policy,
            ProgrammeClock clock,
            ApplicationEventPublisher events,
            ReferenceData referenceData) {
        this.events = events;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.users = users;
        this.rule = rule;
        this.policy = policy;
        this.clock = clock;
    }

    public record OpenedBallot(long id, int round, Instant closesAt) {}

    /** A closed ballot's result and its summary for the record ("passed: 3 approve, …"). */
    public record Result(boolean passed, String summary, int disapprovals) {}

    public record Ballot(
            long id,
            int round,
            Instant openedAt,
            Instant closesAt,
            Instant closedAt,
            Tally tally,
            List<String> recused,
            String result,
            /** The committee's bases at the ballot's opening, which it is counted on. */
            CountingBases bases,
            /** The rule and bases the result was counted on, in words; null while open. */
            String counting) {}

    /**
     * Opens a new round for the committee's voting roll, closing after the policy's ballot period unless
     * it closes at a given instant (an imported ballot). Where the committee recuses, members of the lead
     * drafting organisation are listed but not eligible. The ballot keeps the committee's counting bases of
     * its opening, so a change of settings never changes the rule of a vote under way.
     */
    public OpenedBallot open(long standardId, String committeeCode, String leadOrganisation, Instant closing) {
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from ballot where standard_id = ?")
                .param(standardId)
                .query(Integer.class)
                .single();
        Committee committee = referenceData.committee(committeeCode).orElseThrow();
        var roll = users.votingMembers(committeeCode);
        List<String> eligible = roll.stream()
                .filter(v -> !committee.recusal()
                        || leadOrganisation == null
                        || !Objects.equals(leadOrganisation, v.organisation()))
                .map(UserRepository.Voter::username)
                .toList();
        Instant now = clock.now();
        Instant closesAt = closing != null ? closing : clock.after(now, policy.ballotPeriod());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ballot (standard_id, round, opened_at, closes_at, eligible, members, participation_base,
                    abstentions)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        standardId,
                        round,
                        toDb(now),
                        toDb(closesAt),
                        eligible.size(),
                        roll.size(),
                        committee.ballotRule().participationBase().name(),
                        committee.ballotRule().abstentions().name())
                .update(keys, "id");
        long ballotId = keys.getKey().longValue();
        for (var voter : roll) {
            jdbc.sql("insert into ballot_voter (ballot_id, username, recused) values (?, ?, ?)")
                    .params(ballotId, voter.username(), !eligible.contains(voter.username()))
                    .update();
        }
        return new OpenedBallot(ballotId, round, closesAt);
    }

    /** Whether the user may vote on the committee's ballots now: enabled and on its voting roll today. */
    public boolean isCurrentVoter(String committee, String username) {
        return users.isVotingMember(committee, username);
    }

    public List<String> eligibleVoters(long ballotId) {
        return jdbc.sql("select username from ballot_voter where ballot_id = ? and not recused order by username")
                .param(ballotId)
                .query(String.class)
                .list();
    }

    /**
     * Records a vote cast now. The ballot closes at its deadline instant, whenever its timer job runs: a
     * vote at or after {@code closes_at} is refused, so the result never depends on the job executor.
     */
    public void recordVote(long ballotId, String voter, Vote vote, String comment) {
        recordVote(ballotId, voter, vote, comment, null);
    }

    /** The ballot's votes close at this instant from now on (a review meeting's, once it is scheduled). */
    void closeAt(long ballotId, Instant closesAt) {
        jdbc.sql("update ballot set closes_at = ? where id = ?")
                .params(toDb(closesAt), ballotId)
                .update();
    }

    /** Whether the member has voted in the ballot. */
    boolean hasVoted(long ballotId, String voter) {
        return jdbc.sql("select count(*) from ballot_vote where ballot_id = ? and username = ?")
                        .params(ballotId, voter)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * A vote cast now; {@code enteredBy} is the secretariat when it enters the vote of a member who voted on
     * paper, null for the member's own.
     */
    void recordVote(long ballotId, String voter, Vote vote, String comment, String enteredBy) {
        Instant now = clock.now();
        Instant closesAt = jdbc.sql("select closes_at from ballot where id = ?")
                .param(ballotId)
                .query((rs, n) -> instant(rs, "closes_at"))
                .single();
        if (!now.isBefore(closesAt)) {
            throw ApiException.conflict("The ballot closed at " + closesAt + "; votes are no longer accepted.")
                    .withText("problem.vote.closed", closesAt);
        }
        boolean eligible =
                jdbc.sql("select count(*) from ballot_voter where ballot_id = ? and username = ? and not recused")
                                .params(ballotId, voter)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (!eligible) {
            throw ApiException.forbidden(voter + " is not an eligible voter in this ballot.")
                    .withText("problem.vote.notEligible", voter);
        }
        if (vote == Vote.DISAPPROVE && (comment == null || comment.isBlank())) {
            throw ApiException.invalid("comment", "A disapproval must give its technical reasons in 'comment'.")
                    .withText("problem.vote.reasonsNeeded");
        }
        if (hasVoted(ballotId, voter)) {
            throw ApiException.conflict(voter + " has already voted in this ballot.")
                    .withText("problem.vote.alreadyVoted", voter);
        }
        jdbc.sql("""
                insert into ballot_vote (ballot_id, username, vote, comment, cast_at, entered_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(ballotId, voter, vote.name(), comment, toDb(now), enteredBy)
                .update();
    }

    /** Closes the ballot, records counts and result of the votes cast before its deadline, and says whether it passed. */
    public Result close(long ballotId) {
        int eligible = jdbc.sql("select eligible from ballot where id = ?")
                .param(ballotId)
                .query(Integer.class)
                .single();
        int members = jdbc.sql("select members from ballot where id = ?")
                .param(ballotId)
                .query(Integer.class)
                .single();
        long standardId = jdbc.sql("select standard_id from ballot where id = ?")
                .param(ballotId)
                .query(Long.class)
                .single();
        CountingBases bases = jdbc.sql("select participation_base, abstentions from ballot where id = ?")
                .param(ballotId)
                .query((rs, n) -> bases(rs))
                .single();
        int[] counts = new int[Vote.values().length];
        jdbc.sql("""
                select v.vote, count(*) from ballot_vote v join ballot b on b.id = v.ballot_id
                where v.ballot_id = ? and v.cast_at < b.closes_at group by v.vote""").param(ballotId).query(rs -> {
            counts[Vote.valueOf(rs.getString(1)).ordinal()] = rs.getInt(2);
        });
        Tally tally = new Tally(
                members,
                eligible,
                counts[Vote.APPROVE.ordinal()],
                counts[Vote.APPROVE_WITH_COMMENTS.ordinal()],
                counts[Vote.DISAPPROVE.ordinal()],
                counts[Vote.ABSTAIN.ordinal()]);
        boolean passed = rule.passes(tally, bases);
        String counting = rule.describe(tally, bases);
        jdbc.sql("""
                update ballot set closed_at = ?, approve = ?, approve_with_comments = ?, disapprove = ?, abstain = ?,
                    result = ?, counting = ? where id = ?""")
                .params(
                        toDb(clock.now()),
                        tally.approve(),
                        tally.approveWithComments(),
                        tally.disapprove(),
                        tally.abstain(),
                        passed ? "PASSED" : "FAILED",
                        counting,
                        ballotId)
                .update();
        events.publishEvent(new BallotClosed(standardId, ballotId, passed));
        return new Result(passed, tally.summary(passed) + "; " + counting, tally.disapprove());
    }

    public List<Ballot> ballots(long standardId) {
        List<Ballot> ballots = jdbc.sql("select * from ballot where standard_id = ? order by round")
                .param(standardId)
                .query((rs, n) -> {
                    Tally tally = rs.getString("result") == null
                            ? null
                            : new Tally(
                                    rs.getInt("members"),
                                    rs.getInt("eligible"),
                                    rs.getInt("approve"),
                                    rs.getInt("approve_with_comments"),
                                    rs.getInt("disapprove"),
                                    rs.getInt("abstain"));
                    return new Ballot(
                            rs.getLong("id"),
                            rs.getInt("round"),
                            instant(rs, "opened_at"),
                            instant(rs, "closes_at"),
                            instant(rs, "closed_at"),
                            tally,
                            List.of(),
                            rs.getString("result"),
                            bases(rs),
                            rs.getString("counting"));
                })
                .list();
        // The recusals after the ballots, not inside their row mapping, which would hold two pooled connections.
        return ballots.stream()
                .map(b -> new Ballot(
                        b.id(),
                        b.round(),
                        b.openedAt(),
                        b.closesAt(),
                        b.closedAt(),
                        b.tally(),
                        recused(b.id()),
                        b.result(),
                        b.bases(),
                        b.counting()))
                .toList();
    }

    /** How many of a ballot's eligible voters have voted so far. */
    public record Turnout(long cast, int eligible) {}

    /** The turnout of each of the standard's ballots, by ballot id. */
    public Map<Long, Turnout> turnouts(long standardId) {
        Map<Long, Turnout> turnouts = new HashMap<>();
        jdbc.sql("""
                select b.id, b.eligible, (select count(*) from ballot_vote v where v.ballot_id = b.id)
                from ballot b where b.standard_id = ?""").param(standardId).query(rs -> {
            turnouts.put(rs.getLong(1), new Turnout(rs.getLong(3), rs.getInt(2)));
        });
        return turnouts;
    }

    /** The user's own vote in each of the standard's ballots they voted in, by ballot id. */
    public Map<Long, Vote> votesOf(long standardId, String username) {
        Map<Long, Vote> votes = new HashMap<>();
        jdbc.sql("""
                select v.ballot_id, v.vote from ballot_vote v join ballot b on b.id = v.ballot_id
                where b.standard_id = ? and v.username = ?""").params(standardId, username).query(rs -> {
            votes.put(rs.getLong(1), Vote.valueOf(rs.getString(2)));
        });
        return votes;
    }

    private static CountingBases bases(ResultSet rs) throws SQLException {
        return new CountingBases(
                CountingBases.ParticipationBase.valueOf(rs.getString("participation_base")),
                CountingBases.Abstentions.valueOf(rs.getString("abstentions")));
    }

    private List<String> recused(long ballotId) {
        return jdbc.sql("select username from ballot_voter where ballot_id = ? and recused order by username")
                .param(ballotId)
                .query(String.class)
                .list();
    }
}
