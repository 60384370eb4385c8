package org.stdtrack.ballot;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * Technical review at a meeting (会审; domain reference, section 3): the secretariat schedules it with its
 * papers sent to all members at least {@code stdtrack.policy.review-papers-notice} before it, records who
 * attended, and the members vote in the tracker before or at it (or the secretariat enters the vote of a
 * member voting on paper). Holding it needs the minutes; its outcome is consensus without a vote, or the vote
 * counted by the ballot rule on the committee's bases. The meeting's votes are a ballot of its roll.
 */
@Service
public class ReviewMeetings {

    private final JdbcClient jdbc;
    private final Ballots ballots;
    private final StandardAccess access;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final AuditTrail audit;

    ReviewMeetings(
            JdbcClient jdbc,
            Ballots ballots,
            StandardAccess access,
            Policy policy,
            ProgrammeClock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.ballots = ballots;
        this.access = access;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
    }

    public enum Outcome {
        CONSENSUS,
        VOTE
    }

    public record Schedule(
            @NotNull OffsetDateTime meetingAt,
            @NotBlank @Size(max = 500) String place) {}

    /** The members present (a name given twice counts once); the others on the roll were absent. */
    public record Attendance(@NotNull @Size(max = 1000) List<@NotBlank @Size(max = 64) String> present) {}

    /** A member's own vote, or (with {@code member}) one the secretariat enters for a member voting on paper. */
    public record MeetingVote(
            @NotNull Vote vote,
            @Size(max = 10_000) String comment,
            @Size(max = 64) String member) {}

    public record Member(String username, boolean recused, Boolean present, boolean voted, boolean votedOnPaper) {}

    public record Meeting(
            long id,
            long ballotId,
            Instant meetingAt,
            String place,
            Instant papersSentAt,
            String scheduledBy,
            List<Member> members,
            Outcome outcome,
            Instant heldAt,
            String heldBy,
            String result) {}

    /** Opens the meeting of a review round: the committee's roll, as a ballot that takes no vote until scheduled. */
    public long open(long standardId, String committee, String leadOrganisation) {
        long ballot = ballots.open(standardId, committee, leadOrganisation, clock.now())
                .id();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into review_meeting (standard_id, ballot_id) values (?, ?)")
                .params(standardId, ballot)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Schedules (or moves) the open meeting: the papers go to all members now, so the meeting is at least the
     * notice period away; votes are taken until the end of the meeting's day.
     */
    @Transactional
    public Meeting schedule(AppUser user, long standardId, Schedule schedule) {
        Standard standard = secretariatOf(user, standardId);
        Meeting meeting = open(standard);
        Instant at = schedule.meetingAt().toInstant();
        Period notice = policy.reviewPapersNotice();
        Instant earliest = clock.fromNow(notice);
        if (at.isBefore(earliest)) {
            throw ApiException.invalid(
                            "meetingAt",
                            "The papers go to all members at least " + notice + " before the meeting: it can be on "
                                    + earliest + " at the earliest.")
                    .withText("problem.meeting.noticeTooShort", notice, earliest);
        }
        jdbc.sql("""
                update review_meeting set meeting_at = ?, place = ?, papers_sent_at = ?, scheduled_by = ?
                where id = ?""")
                .params(toDb(at), schedule.place().strip(), toDb(clock.now()), user.username(), meeting.id())
                .update();
        ballots.closeAt(meeting.ballotId(), clock.startOf(clock.dayOf(at).plusDays(1)));
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.SCHEDULE_REVIEW_MEETING,
                String.valueOf(meeting.id()),
                at + ", " + schedule.place().strip());
        return find(meeting.id());
    }

    /** Who attended, against all members on the roll: those named were present, the others absent. */
    @Transactional
    public Meeting attendance(AppUser user, long standardId, Attendance attendance) {
        Standard standard = secretariatOf(user, standardId);
        Meeting meeting = scheduled(open(standard));
        List<String> roll = meeting.members().stream().map(Member::username).toList();
        Set<String> present = Set.copyOf(attendance.present());
        for (String name : present) {
            if (!roll.contains(name)) {
                throw ApiException.invalid("present", name + " is not a member of " + standard.committee() + ".")
                        .withText("problem.meeting.notMember", name, standard.committee());
            }
        }
        jdbc.sql("delete from review_meeting_attendance where meeting_id = ?")
                .param(meeting.id())
                .update();
        for (String member : roll) {
            jdbc.sql("insert into review_meeting_attendance (meeting_id, username, present) values (?, ?, ?)")
                    .params(meeting.id(), member, present.contains(member))
                    .update();
        }
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.RECORD_ATTENDANCE,
                String.valueOf(meeting.id()),
                present.size() + " of " + roll.size() + " present");
        return find(meeting.id());
    }

    /** A member votes until the end of the meeting's day; the secretariat enters a paper vote, marked as such. */
    @Transactional
    public Meeting vote(AppUser user, long standardId, MeetingVote vote) {
        Standard standard = access.findLocked(user, standardId);
        boolean onPaper = vote.member() != null && !vote.member().isBlank();
        if (onPaper && !user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                            "Only the secretariat of " + standard.committee() + " enters votes cast on paper.")
                    .withText("problem.meeting.secretariatOnly", standard.committee());
        }
        Meeting meeting = scheduled(open(standard));
        String voter = onPaper ? vote.member().strip() : user.username();
        // On the meeting's roll, and still an enabled voting member today: a demoted or disabled member's
        // right to vote ends with the role, whoever enters the vote.
        if (meeting.members().stream().noneMatch(m -> m.username().equals(voter))
                || !ballots.isCurrentVoter(standard.committee(), voter)) {
            if (onPaper) {
                throw ApiException.invalid("member", voter + " is not a voting member of " + standard.committee() + ".")
                        .withText("problem.meeting.notVotingMember", voter, standard.committee());
            }
            throw ApiException.forbidden(voter + " is not a voting member of " + standard.committee() + ".")
                    .withText("problem.meeting.notVotingMember", voter, standard.committee());
        }
        ballots.recordVote(meeting.ballotId(), voter, vote.vote(), vote.comment(), onPaper ? user.username() : null);
        audit.done(
                user.username(),
                standard.id(),
                onPaper ? AuditAction.ENTER_PAPER_VOTE : AuditAction.VOTE_AT_MEETING,
                String.valueOf(meeting.id()),
                onPaper ? "for " + voter : null);
        return find(meeting.id());
    }

    /** The open meeting, scheduled and its time come; 409 otherwise. */
    public Meeting due(long standardId) {
        Meeting meeting = scheduled(openMeeting(standardId)
                .orElseThrow(() -> ApiException.conflict("Standard " + standardId + " has no review meeting open.")
                        .withText("problem.meeting.noneOpen")));
        if (clock.now().isBefore(meeting.meetingAt())) {
            throw ApiException.conflict("The review meeting is on " + meeting.meetingAt()
                            + "; its outcome is recorded from then on.")
                    .withText("problem.meeting.notYet", meeting.meetingAt());
        }
        return meeting;
    }

    /** The meeting's result, once {@link #due}: consensus recorded, or the votes counted on the committee's bases. */
    public Ballots.Result hold(long standardId, Outcome outcome, String by) {
        Meeting meeting = due(standardId);
        long present = meeting.members().stream()
                .filter(m -> Boolean.TRUE.equals(m.present()))
                .count();
        String attendance = present + " of " + meeting.members().size() + " members present";
        Ballots.Result result = outcome == Outcome.CONSENSUS
                ? new Ballots.Result(
                        true,
                        "consensus at the review meeting of " + clock.dayOf(meeting.meetingAt()) + " ("
                                + meeting.place() + "), without a vote; " + attendance,
                        0)
                : counted(meeting, attendance);
        jdbc.sql("update review_meeting set outcome = ?, held_at = ?, held_by = ?, result = ? where id = ?")
                .params(outcome.name(), toDb(clock.now()), by, result.summary(), meeting.id())
                .update();
        return result;
    }

    private Ballots.Result counted(Meeting meeting, String attendance) {
        Ballots.Result counted = ballots.close(meeting.ballotId());
        return new Ballots.Result(
                counted.passed(),
                "vote at the review meeting of " + clock.dayOf(meeting.meetingAt()) + " (" + meeting.place() + "); "
                        + attendance + "; " + counted.summary(),
                counted.disapprovals());
    }

    public Period papersNotice() {
        return policy.reviewPapersNotice();
    }

    /** When the open meeting is: its minutes (with the signature sheet) are uploaded after it. */
    public Optional<Instant> minutesFrom(long standardId) {
        return openMeeting(standardId).map(Meeting::meetingAt);
    }

    /** The standard's meeting not yet held, if there is one. */
    public Optional<Meeting> openMeeting(long standardId) {
        return current(standardId).filter(m -> m.heldAt() == null);
    }

    public List<Meeting> of(long standardId) {
        return jdbc
                .sql("select id from review_meeting where standard_id = ? order by id")
                .param(standardId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::find)
                .toList();
    }

    private Optional<Meeting> current(long standardId) {
        List<Meeting> meetings = of(standardId);
        return meetings.isEmpty() ? Optional.empty() : Optional.of(meetings.get(meetings.size() - 1));
    }

    private Standard secretariatOf(AppUser user, long standardId) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                            "Only the secretariat of " + standard.committee() + " runs its review meetings.")
                    .withText("problem.meeting.secretariatOnly", standard.committee());
        }
        return standard;
    }

    private Meeting open(Standard standard) {
        return openMeeting(standard.id())
                .orElseThrow(() -> ApiException.conflict("Standard " + standard.id()
                                + " has no review meeting open: it is " + standard.stage() + ".")
                        .withText("problem.meeting.noneOpen"));
    }

    private static Meeting scheduled(Meeting meeting) {
        if (meeting.meetingAt() == null) {
            throw ApiException.conflict("The review meeting is not scheduled yet: schedule it first.")
                    .withText("problem.meeting.notScheduled");
        }
        return meeting;
    }

    private Meeting find(long id) {
        Meeting meeting = jdbc.sql("select * from review_meeting where id = ?")
                .param(id)
                .query((rs, n) -> new Meeting(
                        rs.getLong("id"),
                        rs.getLong("ballot_id"),
                        instant(rs, "meeting_at"),
                        rs.getString("place"),
                        instant(rs, "papers_sent_at"),
                        rs.getString("scheduled_by"),
                        List.of(),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        instant(rs, "held_at"),
                        rs.getString("held_by"),
                        rs.getString("result")))
                .single();
        // The members after the meeting's row, not inside its mapping, which would hold two pooled connections.
        List<Member> members = jdbc.sql("""
                select r.username, r.recused, a.present, v.username as voter, v.entered_by
                from ballot_voter r
                left join review_meeting_attendance a on a.meeting_id = ? and a.username = r.username
                left join ballot_vote v on v.ballot_id = r.ballot_id and v.username = r.username
                where r.ballot_id = ? order by r.username""")
                .params(id, meeting.ballotId())
                .query((rs, n) -> new Member(
                        rs.getString("username"),
                        rs.getBoolean("recused"),
                        rs.getObject("present", Boolean.class),
                        rs.getString("voter") != null,
                        rs.getString("entered_by") != null))
                .list();
        return new Meeting(
                meeting.id(),
                meeting.ballotId(),
                meeting.meetingAt(),
                meeting.place(),
                meeting.papersSentAt(),
                meeting.scheduledBy(),
                members,
                meeting.outcome(),
                meeting.heldAt(),
                meeting.heldBy(),
                meeting.result());
    }
}
