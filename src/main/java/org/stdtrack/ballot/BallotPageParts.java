package org.stdtrack.ballot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;
import org.stdtrack.web.Labels;

/** A standard's review meetings (with the secretariat's and the voters' forms) and its ballots' results. */
@Configuration
class BallotPageParts {

    private static final String TEMPLATE = "ballot/standard-parts";

    /**
     * The committee's working material. The secretariat runs an open meeting; a member on its roll, not recused,
     * votes once it is scheduled and until they have voted.
     */
    @Bean
    StandardPagePart meetingsSection(ReviewMeetings meetings, Ballots ballots, StandardAccess access, Labels labels) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS, 80, new Fragment(TEMPLATE, "meetings"), (reader, standard, model) -> {
                    boolean readsWorkingMaterial = access.readsWorkingMaterial(reader, standard);
                    ReviewMeetings.Meeting open = readsWorkingMaterial
                            ? meetings.openMeeting(standard.id()).orElse(null)
                            : null;
                    model.addAttribute("reviewMeetings", readsWorkingMaterial ? meetings.of(standard.id()) : List.of());
                    model.addAttribute("openMeeting", open);
                    model.addAttribute(
                            "mayRunMeeting", open != null && reader.has(Role.SECRETARIAT, standard.committee()));
                    model.addAttribute(
                            "mayVoteAtMeeting",
                            open != null
                                    && open.meetingAt() != null
                                    && open.members().stream()
                                            .anyMatch(m -> m.username().equals(reader.username())
                                                    && !m.recused()
                                                    && !m.voted()));
                    model.addAttribute("papersNotice", meetings.papersNotice());
                    model.addAttribute(
                            "meetingResults",
                            readsWorkingMaterial
                                    ? results(meetings.of(standard.id()), ballots.ballots(standard.id()), labels)
                                    : Map.of());
                    model.addAttribute(
                            "myMeetingVote",
                            open == null
                                    ? null
                                    : ballots.votesOf(standard.id(), reader.username())
                                            .get(open.ballotId()));
                });
    }

    /** Each held meeting's result in words: its day and place, who was there and, after a vote, the counts. */
    private static Map<Long, String> results(
            List<ReviewMeetings.Meeting> held, List<Ballots.Ballot> ballots, Labels labels) {
        Map<Long, Ballots.Ballot> votes = ballots.stream().collect(Collectors.toMap(Ballots.Ballot::id, b -> b));
        Map<Long, String> results = new HashMap<>();
        for (ReviewMeetings.Meeting m : held) {
            if (m.outcome() == null) {
                continue;
            }
            long present = m.members().stream()
                    .filter(x -> Boolean.TRUE.equals(x.present()))
                    .count();
            String day = labels.date(m.meetingAt());
            Ballots.Ballot vote = votes.get(m.ballotId());
            results.put(
                    m.id(),
                    m.outcome() == ReviewMeetings.Outcome.CONSENSUS || vote == null || vote.tally() == null
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
                                    tally(vote, labels)));
        }
        return results;
    }

    private static String tally(Ballots.Ballot ballot, Labels labels) {
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

    /**
     * The ballots' results; to a voter their own vote in each, and to those who read the committee's work how
     * many have voted in a ballot still open.
     */
    @Bean
    StandardPagePart ballotsSection(Ballots ballots, StandardAccess access) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS, 90, new Fragment(TEMPLATE, "ballots"), (reader, standard, model) -> {
                    model.addAttribute("ballots", ballots.ballots(standard.id()));
                    model.addAttribute("myVotes", ballots.votesOf(standard.id(), reader.username()));
                    model.addAttribute(
                            "turnouts",
                            access.readsWorkingMaterial(reader, standard) ? ballots.turnouts(standard.id()) : Map.of());
                });
    }
}
