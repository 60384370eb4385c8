package org.stdtrack.ballot;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stdtrack.problem.ApiException;
import org.stdtrack.web.Labels;

/**
 * A technical review's result in the reader's words: a meeting's day, place, attendance and counts, or a
 * correspondence ballot's round and counts. Written from the records, not from the English summary the stage
 * history keeps.
 */
@Component
public class BallotResults {

    private final Ballots ballots;
    private final ReviewMeetings meetings;
    private final Labels labels;

    BallotResults(Ballots ballots, ReviewMeetings meetings, Labels labels) {
        this.ballots = ballots;
        this.meetings = meetings;
        this.labels = labels;
    }

    /** Each held meeting's result, by meeting id. */
    public Map<Long, String> ofMeetings(long standardId) {
        Map<Long, Ballots.Ballot> votes = byId(standardId);
        Map<Long, String> results = new HashMap<>();
        for (ReviewMeetings.Meeting m : meetings.of(standardId)) {
            if (m.outcome() != null) {
                results.put(m.id(), meeting(m, votes.get(m.ballotId())));
            }
        }
        return results;
    }

    /** The result of the standard's latest technical review (meeting or correspondence), once there is one. */
    public Optional<String> latest(long standardId) {
        Map<Long, Ballots.Ballot> votes = byId(standardId);
        Optional<ReviewMeetings.Meeting> held = meetings.of(standardId).stream()
                .filter(m -> m.outcome() != null)
                .max(Comparator.comparing(ReviewMeetings.Meeting::heldAt));
        Optional<Ballots.Ballot> closed = votes.values().stream()
                .filter(b -> b.tally() != null)
                .filter(b -> held.map(m -> m.ballotId() != b.id()).orElse(true))
                .max(Comparator.comparing(Ballots.Ballot::closedAt));
        if (held.isPresent()
                && (closed.isEmpty() || held.get().heldAt().isAfter(closed.get().closedAt()))) {
            return Optional.of(meeting(held.get(), votes.get(held.get().ballotId())));
        }
        return closed.map(b -> labels.text("ballot.resultRound", b.round(), labels.dateTime(b.closedAt()), tally(b)));
    }

    private Map<Long, Ballots.Ballot> byId(long standardId) {
        List<Ballots.Ballot> all = ballots.ballots(standardId);
        return all.stream().collect(Collectors.toMap(Ballots.Ballot::id, Function.identity()));
    }

    private String meeting(ReviewMeetings.Meeting m, Ballots.Ballot vote) {
        long present = m.members().stream()
                .filter(x -> Boolean.TRUE.equals(x.present()))
                .count();
        String day = labels.date(m.meetingAt());
        return m.outcome() == ReviewMeetings.Outcome.CONSENSUS || vote == null || vote.tally() == null
                ? labels.text(
                        "meeting.resultConsensus",
                        day,
                        m.place(),
                        present,
                        m.members().size())
                : labels.text(
                        "meeting.resultVote",
                        day,
                        m.place(),
                        present,
                        m.members().size(),
                        tally(vote));
    }

    private String tally(Ballots.Ballot ballot) {
        Tally t = ballot.tally();
        return labels.text(
                "ballot.tallySentence",
                new ApiException.Label("ballotResult." + ballot.result()),
                t.approvals(),
                t.approveWithComments(),
                t.disapprove(),
                t.abstain(),
                t.eligible() - t.cast());
    }
}
