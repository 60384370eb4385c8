package org.stdtrack.ballot;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.tasks.Agenda;

/**
 * A member's vote at a scheduled review meeting, while its vote is open: on the meeting's roll, not recused,
 * not voted yet. Voting at a meeting is no task of the engine's, so "My tasks" learns of it here.
 */
@Component
class MeetingVotesWaiting implements Agenda {

    private final JdbcClient jdbc;
    private final ProgrammeClock clock;

    MeetingVotesWaiting(JdbcClient jdbc, ProgrammeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> itemsFor(AppUser user) {
        return jdbc.sql("""
                        select m.standard_id, s.title, s.title_zh, m.meeting_at from review_meeting m
                        join standard s on s.id = m.standard_id
                        join ballot b on b.id = m.ballot_id
                        join ballot_voter v on v.ballot_id = m.ballot_id and v.username = ? and not v.recused
                        where m.meeting_at is not null and m.held_at is null and b.closes_at > ?
                          and not exists (select 1 from ballot_vote bv where bv.ballot_id = m.ballot_id and bv.username = ?)
                        order by m.meeting_at, m.id limit ?""")
                .params(user.username(), toDb(clock.now()), user.username(), MAX_ITEMS)
                .query((rs, n) -> new Item(
                        rs.getLong("standard_id"),
                        rs.getString("title"),
                        rs.getString("title_zh"),
                        "agenda.meetingVote",
                        instant(rs, "meeting_at"),
                        "review-meeting"))
                .list();
    }
}
