package org.stdtrack.ballot;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.identity.Role;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** A standard's review meetings (with the secretariat's and the voters' forms) and its ballots' results. */
@Configuration
class BallotPageParts {

    private static final String TEMPLATE = "ballot/standard-parts";

    /**
     * The committee's working material. The secretariat runs an open meeting; a member on its roll, not recused,
     * votes once it is scheduled and until they have voted.
     */
    @Bean
    StandardPagePart meetingsSection(
            ReviewMeetings meetings, Ballots ballots, StandardAccess access, BallotResults results) {
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
                            "meetingResults", readsWorkingMaterial ? results.ofMeetings(standard.id()) : Map.of());
                    model.addAttribute(
                            "myMeetingVote",
                            open == null
                                    ? null
                                    : ballots.votesOf(standard.id(), reader.username())
                                            .get(open.ballotId()));
                });
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
