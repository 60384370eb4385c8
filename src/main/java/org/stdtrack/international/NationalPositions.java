package org.stdtrack.international;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskSubject;

/**
 * International ballots and China's national position, as a national mirror committee works them (domain
 * reference, section 5): its members comment, its secretariat accepts or rejects each comment and submits the
 * vote with the accepted ones by the national deadline ({@link BallotProcess}); after the international comment
 * resolution it records what became of each. Nothing moves once the ballot has closed.
 */
@Service
public class NationalPositions {

    /** A ballot runs at most this long: a longer one is a typing error, not a ballot. */
    static final int MAX_BALLOT_DAYS = 366;
    /** Comments a ballot takes, at most: a national body's comments on the longest draft stay well below. */
    static final int MAX_COMMENTS = 2_000;

    private final IntlBallotRepository ballots;
    private final InternationalWork work;
    private final Processes processes;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    NationalPositions(
            IntlBallotRepository ballots,
            InternationalWork work,
            Processes processes,
            Policy policy,
            ProgrammeClock clock,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.ballots = ballots;
        this.work = work;
        this.processes = processes;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    public record BallotRequest(
            @NotNull IntlBallot.Type type,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn) {}

    public record CommentRequest(
            @NotNull @Size(min = 1, max = 64) String clause,
            @NotNull IntlBallot.CommentType type,
            @NotNull @Size(min = 1, max = 8000) String comment,
            @Size(max = 8000) String proposedChange) {}

    public record DecisionRequest(
            @NotNull IntlBallot.Decision decision,
            @Size(max = 2000) String reason) {}

    public record DispositionEntry(
            @NotNull Long commentId, @NotNull IntlBallot.Disposition disposition) {}

    public record DispositionsRequest(
            @NotEmpty @Size(max = MAX_COMMENTS) List<@Valid @NotNull DispositionEntry> dispositions) {}

    /** China's vote as submitted, with the comments that went with it (the accepted ones). */
    public record NationalPosition(
            IntlBallot.Vote vote,
            String note,
            String submittedBy,
            Instant submittedAt,
            boolean onTime,
            List<Long> comments) {}

    /**
     * A ballot as its reader may see it: its dates and status for everyone who reads the project; the national
     * position and the comments (null otherwise) for the mirror committee's members, the programme's managers
     * and administrators.
     */
    public record BallotView(
            long id,
            long projectId,
            String projectReference,
            String projectTitle,
            String projectTitleZh,
            String ownerCommittee,
            String mirrorCommittee,
            IntlBallot.Type type,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate nationalDeadline,
            IntlBallot.Status status,
            boolean closed,
            NationalPosition position,
            List<IntlBallot.NationalComment> comments) {}

    // ---- opening a ballot ----

    @Transactional
    public BallotView open(AppUser user, long projectId, BallotRequest request) {
        IntlProject project = work.requireProject(projectId);
        IntlCommittee committee = work.committee(project.ownerCommittee());
        if (!InternationalWork.keeps(user, project.programme(), committee)) {
            throw ApiException.forbidden("Only the mirror committee's secretariat, the programme's managers and"
                            + " administrators open a ballot on " + project.reference() + ".")
                    .withText("problem.international.notKeeper");
        }
        if (committee.mirrorCommittee() == null) {
            throw ApiException.conflict(committee.code() + " has no national mirror committee to work the position.")
                    .withText("problem.ballot.noMirror", committee.code());
        }
        if (request.closesOn().isBefore(request.opensOn())) {
            throw ApiException.invalid("closesOn", "A ballot cannot close before it opens.")
                    .withText("problem.ballot.closesBeforeOpening");
        }
        if (ChronoUnit.DAYS.between(request.opensOn(), request.closesOn()) > MAX_BALLOT_DAYS) {
            throw ApiException.invalid("closesOn", "A ballot runs at most " + MAX_BALLOT_DAYS + " days.")
                    .withText("problem.ballot.tooLong", MAX_BALLOT_DAYS);
        }
        if (request.closesOn().isBefore(clock.today())) {
            throw ApiException.invalid("closesOn", "The ballot closed on " + request.closesOn() + " already.")
                    .withText("problem.ballot.closedAlready", request.closesOn().toString());
        }
        LocalDate deadline = nationalDeadline(request.opensOn(), request.closesOn());
        long id = ballots.insert(
                projectId,
                request.type(),
                request.opensOn(),
                request.closesOn(),
                deadline,
                clock.now(),
                user.username());
        String instance = processes.startAsApplication(
                ProcessStart.forSubject(BallotProcess.PROCESS_KEY, BallotProcess.subjectKey(id))
                        .with(BallotProcess.BALLOT_ID, id)
                        .with(BallotProcess.MIRROR_SECRETARIAT, EngineGroups.secretariat(committee.mirrorCommittee()))
                        .with(BallotProcess.NATIONAL_DEADLINE_AT, Date.from(endOf(deadline)))
                        .with(BallotProcess.CLOSES_AT, Date.from(endOf(request.closesOn()))));
        ballots.setProcessInstance(id, instance);
        audit.done(
                user.username(),
                null,
                AuditAction.OPEN_INTL_BALLOT,
                String.valueOf(id),
                project.reference() + " " + request.type() + " closes " + request.closesOn());
        return view(user, require(id));
    }

    /** The close less the policy's lead time, never before the ballot opens. */
    LocalDate nationalDeadline(LocalDate opensOn, LocalDate closesOn) {
        LocalDate deadline = closesOn.minus(policy.nationalPositionLeadTime());
        return deadline.isBefore(opensOn) ? opensOn : deadline;
    }

    /** A day's deadline is its end: the start of the next day in the programme's calendar. */
    private Instant endOf(LocalDate day) {
        return clock.startOf(day.plusDays(1));
    }

    // ---- comments and decisions ----

    @Transactional
    public IntlBallot.NationalComment comment(AppUser user, long ballotId, CommentRequest request) {
        IntlBallot ballot = locked(ballotId);
        String mirror = mirrorOf(ballot);
        if (!user.isMemberOf(mirror)) {
            throw ApiException.forbidden("Only members of the mirror committee " + mirror + " comment on this ballot.")
                    .withText("problem.ballot.notMember", mirror);
        }
        requireOpen(ballot);
        if (ballots.countComments(ballotId) >= MAX_COMMENTS) {
            throw ApiException.invalid("comment", "A ballot takes at most " + MAX_COMMENTS + " comments.")
                    .withText("problem.ballot.tooManyComments", MAX_COMMENTS);
        }
        long id = ballots.insertComment(
                ballotId,
                user.username(),
                request.clause().strip(),
                request.type(),
                request.comment().strip(),
                blankToNull(request.proposedChange()),
                clock.now());
        audit.done(user.username(), null, AuditAction.COMMENT_INTL_BALLOT, String.valueOf(ballotId), "comment " + id);
        return comment(ballotId, id);
    }

    @Transactional
    public IntlBallot.NationalComment decide(AppUser user, long ballotId, long commentId, DecisionRequest request) {
        IntlBallot ballot = locked(ballotId);
        requireSecretariat(user, ballot);
        IntlBallot.NationalComment comment = comment(ballotId, commentId);
        requireOpen(ballot);
        String reason = blankToNull(request.reason());
        if (request.decision() == IntlBallot.Decision.REJECTED && reason == null) {
            throw ApiException.invalid("reason", "A rejected comment needs the reason, for its author.")
                    .withText("problem.ballot.reasonRequired");
        }
        ballots.decide(comment.id(), request.decision(), reason, user.username(), clock.now());
        audit.done(
                user.username(),
                null,
                AuditAction.DECIDE_BALLOT_COMMENT,
                String.valueOf(ballotId),
                "comment " + commentId + " " + request.decision());
        return comment(ballotId, commentId);
    }

    /**
     * The secretariat's completion of {@code submitNationalPosition}, in the completion's transaction: 409 once
     * the ballot has closed, 422 while a comment waits for its decision, for a disapproval without an accepted
     * technical comment (its reasons) and for an approval with comments that accepted none.
     */
    void submit(TaskHandler.Completion completion) {
        long ballotId = BallotProcess.BALLOT_ID.from(completion.processVariables());
        IntlBallot ballot = locked(ballotId);
        requireOpen(ballot);
        List<IntlBallot.NationalComment> comments = ballots.comments(ballotId);
        long undecided = comments.stream().filter(c -> c.decision() == null).count();
        if (undecided > 0) {
            throw ApiException.invalid("vote", undecided + " comment(s) still wait for the secretariat's decision.")
                    .withText("problem.ballot.undecided", undecided);
        }
        IntlBallot.Vote vote = completion.decision(IntlBallot.Vote.class);
        List<IntlBallot.NationalComment> accepted = accepted(comments);
        if (vote == IntlBallot.Vote.DISAPPROVE
                && accepted.stream().noneMatch(c -> c.type() == IntlBallot.CommentType.TE)) {
            throw ApiException.invalid(
                            "vote",
                            "A disapproval carries its technical reasons: accept at least one technical comment.")
                    .withText("problem.ballot.disapprovalNeedsReasons");
        }
        if (vote == IntlBallot.Vote.APPROVE_WITH_COMMENTS && accepted.isEmpty()) {
            throw ApiException.invalid("vote", "An approval with comments needs at least one accepted comment.")
                    .withText("problem.ballot.noAcceptedComments");
        }
        ballots.submit(ballotId, vote, completion.comment(), completion.actor().username(), clock.now());
        audit.done(
                completion.actor().username(),
                null,
                AuditAction.SUBMIT_NATIONAL_POSITION,
                String.valueOf(ballotId),
                vote + " with " + accepted.size() + " comment(s)");
    }

    /** The ballot closed without a position: recorded, and its mirror committee's secretariat told. */
    void missed(long ballotId) {
        IntlBallot ballot = locked(ballotId);
        ballots.missed(ballotId);
        IntlProject project = work.requireProject(ballot.projectId());
        events.publishEvent(new BallotMissed(
                ballotId, ballot.type(), project.reference(), project.title(), project.titleZh(), mirrorOf(ballot)));
    }

    /**
     * What the international comment resolution made of the national comments that went with the position: once
     * the ballot has closed with a position (409 before), for accepted comments of this ballot only (422 naming
     * any other).
     */
    @Transactional
    public BallotView recordDispositions(AppUser user, long ballotId, DispositionsRequest request) {
        IntlBallot ballot = locked(ballotId);
        requireSecretariat(user, ballot);
        if (!ballot.closedOn(clock.today()) || ballot.status() != IntlBallot.Status.SUBMITTED) {
            throw ApiException.conflict("Dispositions follow the international comment resolution, after a ballot"
                            + " that closed with China's position.")
                    .withText("problem.ballot.notResolved");
        }
        Map<Long, IntlBallot.NationalComment> sent = accepted(ballots.comments(ballotId)).stream()
                .collect(Collectors.toMap(IntlBallot.NationalComment::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        for (DispositionEntry entry : request.dispositions()) {
            if (!sent.containsKey(entry.commentId())) {
                throw ApiException.invalid(
                                "dispositions",
                                "Comment " + entry.commentId() + " did not go with the national position.")
                        .withText("problem.ballot.notSent", entry.commentId());
            }
            if (!seen.add(entry.commentId())) {
                throw ApiException.invalid("dispositions", "Comment " + entry.commentId() + " is named twice.")
                        .withText("problem.ballot.dispositionTwice", entry.commentId());
            }
        }
        Instant now = clock.now();
        request.dispositions().forEach(e -> ballots.dispose(e.commentId(), e.disposition(), user.username(), now));
        audit.done(
                user.username(),
                null,
                AuditAction.RECORD_DISPOSITIONS,
                String.valueOf(ballotId),
                request.dispositions().size() + " disposition(s)");
        return view(user, ballot);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public BallotView ballot(AppUser user, long ballotId) {
        return view(user, require(ballotId));
    }

    @Transactional(readOnly = true)
    public List<BallotView> ofProject(AppUser user, long projectId) {
        work.requireProject(projectId);
        return ballots.ofProject(projectId).stream().map(b -> view(user, b)).toList();
    }

    /**
     * Who sees the national position and the comments: the mirror committee's members, the programme's managers
     * and administrators.
     */
    boolean isInsider(AppUser user, IntlBallot ballot) {
        IntlProject project = work.requireProject(ballot.projectId());
        return user.isAdmin() || user.managesProgramme(project.programme()) || user.isMemberOf(mirrorOf(ballot));
    }

    boolean isInsider(AppUser user, long ballotId) {
        return ballots.find(ballotId).map(b -> isInsider(user, b)).orElse(false);
    }

    /** Whether the user works the ballot's decisions and position: its mirror committee's secretariat. */
    public boolean isSecretariat(AppUser user, BallotView ballot) {
        return ballot.mirrorCommittee() != null && user.has(Role.SECRETARIAT, ballot.mirrorCommittee());
    }

    /** Whether the user may comment on the ballot now: a member of its mirror committee, while it is open. */
    public boolean mayComment(AppUser user, BallotView ballot) {
        return ballot.status() == IntlBallot.Status.OPEN
                && !ballot.closed()
                && ballot.mirrorCommittee() != null
                && user.isMemberOf(ballot.mirrorCommittee());
    }

    /** The ballot as the tasks machinery names it: the project's reference, the ballot's type, its page. */
    java.util.Optional<TaskSubject> subject(long ballotId) {
        return ballots.find(ballotId).map(b -> {
            IntlProject project = work.requireProject(b.projectId());
            String name = project.reference() + " " + b.type() + " — ";
            return new TaskSubject(
                    BallotProcess.subjectKey(ballotId),
                    name + project.title(),
                    project.titleZh() == null ? null : name + project.titleZh(),
                    "/international/ballots/" + ballotId + "/position",
                    mirrorOf(b));
        });
    }

    boolean lock(long ballotId) {
        return ballots.lock(ballotId);
    }

    private BallotView view(AppUser user, IntlBallot b) {
        IntlProject project = work.requireProject(b.projectId());
        IntlCommittee committee = work.committee(project.ownerCommittee());
        boolean insider = isInsider(user, b);
        List<IntlBallot.NationalComment> comments = insider ? ballots.comments(b.id()) : null;
        NationalPosition position = insider && b.status() == IntlBallot.Status.SUBMITTED
                ? new NationalPosition(
                        b.vote(),
                        b.positionNote(),
                        b.submittedBy(),
                        b.submittedAt(),
                        onTime(b),
                        accepted(comments).stream()
                                .map(IntlBallot.NationalComment::id)
                                .toList())
                : null;
        return new BallotView(
                b.id(),
                project.id(),
                project.reference(),
                project.title(),
                project.titleZh(),
                project.ownerCommittee(),
                committee.mirrorCommittee(),
                b.type(),
                b.opensOn(),
                b.closesOn(),
                b.nationalDeadline(),
                b.status(),
                b.closedOn(clock.today()),
                position,
                comments);
    }

    /** Submitted by the end of the national deadline's day. */
    private boolean onTime(IntlBallot b) {
        return b.submittedAt() != null && b.submittedAt().isBefore(endOf(b.nationalDeadline()));
    }

    private static List<IntlBallot.NationalComment> accepted(List<IntlBallot.NationalComment> comments) {
        return comments.stream()
                .filter(c -> c.decision() == IntlBallot.Decision.ACCEPTED)
                .toList();
    }

    private IntlBallot require(long id) {
        return ballots.find(id)
                .orElseThrow(() -> ApiException.notFound("There is no international ballot " + id + ".")
                        .withText("problem.ballot.none", id));
    }

    private IntlBallot locked(long id) {
        ballots.lock(id);
        return require(id);
    }

    private IntlBallot.NationalComment comment(long ballotId, long commentId) {
        return ballots.comments(ballotId).stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Ballot " + ballotId + " has no comment " + commentId + ".")
                        .withText("problem.ballot.noComment", commentId));
    }

    private String mirrorOf(IntlBallot ballot) {
        return work.committee(work.requireProject(ballot.projectId()).ownerCommittee())
                .mirrorCommittee();
    }

    private void requireSecretariat(AppUser user, IntlBallot ballot) {
        String mirror = mirrorOf(ballot);
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT, mirror)) {
            throw ApiException.forbidden("Only the secretariat of the mirror committee " + mirror + " decides this.")
                    .withText("problem.ballot.notSecretariat", mirror);
        }
    }

    /** 409 once the position is in or the ballot has closed (or was missed). */
    private void requireOpen(IntlBallot ballot) {
        if (ballot.status() == IntlBallot.Status.SUBMITTED) {
            throw ApiException.conflict("China's position on this ballot is submitted: nothing more changes.")
                    .withText("problem.ballot.submitted");
        }
        if (ballot.status() == IntlBallot.Status.MISSED || ballot.closedOn(clock.today())) {
            throw ApiException.conflict("The ballot closed on " + ballot.closesOn() + ".")
                    .withText("problem.ballot.closed", ballot.closesOn().toString());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
