package org.stdtrack.proposal;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.tasks.TaskCompletionCheck;
import org.stdtrack.tasks.TaskHandler;

/**
 * The committee's support of a proposal (domain reference, section 3): its voting members take a position
 * while the proposal is prepared, and the secretariat submits it only once the committee's rule is met —
 * {@code SUPPORTERS}: at least {@code proposalSupporters} members support it; {@code VOTE}: more than half
 * of the committee's members support it; {@code NONE}: no support is needed.
 */
@Service
public class ProposalSupport implements TaskCompletionCheck {

    private final JdbcClient jdbc;
    private final StandardAccess access;
    private final ReferenceData referenceData;
    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalSupport(
            JdbcClient jdbc,
            StandardAccess access,
            ReferenceData referenceData,
            UserRepository users,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.referenceData = referenceData;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Position {
        SUPPORT,
        OPPOSE
    }

    public record NewPosition(@NotNull Position position) {}

    public record MemberPosition(String username, Position position, Instant recordedAt) {}

    /** Where the support stands: the rule, how many supporters it needs of how many members, and who said what. */
    public record Standing(
            Committee.ProposalSupport rule,
            int needed,
            int members,
            long support,
            long oppose,
            boolean met,
            List<MemberPosition> positions) {}

    /** A member of the committee's voting roll takes (or changes) a position while the proposal is prepared. */
    @Transactional
    public Standing record(AppUser user, long standardId, NewPosition body) {
        Standard standard = access.findLocked(user, standardId);
        if (!isMember(user, standard)) {
            throw ApiException.forbidden(
                            "Proposals are supported by the voting members of " + standard.committee() + ".")
                    .withText("problem.proposal.membersSupport", standard.committee());
        }
        if (standard.stage() != Stage.PRELIMINARY) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                            + ": its proposal was submitted, and its support is closed.")
                    .withText("problem.proposal.supportClosed");
        }
        jdbc.sql("delete from proposal_support where standard_id = ? and username = ?")
                .params(standardId, user.username())
                .update();
        jdbc.sql("insert into proposal_support (standard_id, username, position, recorded_at) values (?, ?, ?, ?)")
                .params(standardId, user.username(), body.position().name(), toDb(clock.instant()))
                .update();
        audit.done(
                user.username(),
                standardId,
                switch (body.position()) {
                    case SUPPORT -> AuditAction.PROPOSAL_SUPPORT;
                    case OPPOSE -> AuditAction.PROPOSAL_OPPOSE;
                },
                null,
                null);
        return standing(standard);
    }

    /** Whether the user is on the voting roll of the standard's committee. */
    public boolean isMember(AppUser user, Standard standard) {
        return users.isVotingMember(standard.committee(), user.username());
    }

    public Standing of(AppUser user, long standardId) {
        return standing(access.findWorkingMaterial(user, standardId, "members' positions"));
    }

    Standing standing(Standard standard) {
        Committee committee = referenceData.committee(standard.committee()).orElseThrow();
        Set<String> roll = users.votingMembers(standard.committee()).stream()
                .map(UserRepository.Voter::username)
                .collect(Collectors.toSet());
        int members = roll.size();
        // Only the current roll's positions stand: a member disabled or no longer voting takes theirs along.
        List<MemberPosition> positions = jdbc
                .sql("select * from proposal_support where standard_id = ? order by recorded_at, username")
                .param(standard.id())
                .query((rs, n) -> new MemberPosition(
                        rs.getString("username"),
                        Position.valueOf(rs.getString("position")),
                        instant(rs, "recorded_at")))
                .list()
                .stream()
                .filter(p -> roll.contains(p.username()))
                .toList();
        long support =
                positions.stream().filter(p -> p.position() == Position.SUPPORT).count();
        int needed = switch (committee.proposalSupport()) {
            case NONE -> 0;
            case SUPPORTERS -> committee.proposalSupporters();
            case VOTE -> members / 2 + 1;
        };
        return new Standing(
                committee.proposalSupport(),
                needed,
                members,
                support,
                positions.size() - support,
                support >= needed,
                positions);
    }

    @Override
    public boolean appliesTo(String taskKey) {
        return LifecycleTask.SUBMIT_PROPOSAL.is(taskKey);
    }

    /** The secretariat submits the proposal once the committee supports it. */
    @Override
    public void check(TaskHandler.Completion completion) {
        Standing standing = standing(completion.standard());
        if (!standing.met()) {
            throw ApiException.conflict("The proposal needs the support of "
                            + (standing.rule() == Committee.ProposalSupport.VOTE
                                    ? "a majority of the committee's " + standing.members() + " members ("
                                    : "at least " + standing.needed() + " members of the committee (")
                            + standing.support() + " so far): its members record it with POST /api/standards/"
                            + completion.standard().id() + "/proposal-support.")
                    .withText(
                            standing.rule() == Committee.ProposalSupport.VOTE
                                    ? "problem.proposal.majorityNeeded"
                                    : "problem.proposal.supportNeeded",
                            standing.members(),
                            standing.needed(),
                            standing.support());
        }
    }
}
