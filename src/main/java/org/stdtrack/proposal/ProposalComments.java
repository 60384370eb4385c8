package org.stdtrack.proposal;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * The public comments on a proposal (the national standards platform, letters, e-mail, meetings), recorded by
 * the committee's secretariat with their source: above all in the public comment period after the approver's
 * evaluation, and any that arrive before it, which the approver sees when evaluating.
 */
@Service
public class ProposalComments {

    private final JdbcClient jdbc;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalComments(JdbcClient jdbc, StandardAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a comment on the proposal reached the committee. */
    public enum Source {
        PLATFORM,
        LETTER,
        EMAIL,
        MEETING
    }

    public record NewProposalComment(
            @NotBlank @Size(max = 300) String organisation,
            @NotNull Source source,
            @NotBlank @Size(max = 10_000) String text) {}

    public record ProposalComment(
            long id, String organisation, Source source, String text, String recordedBy, Instant recordedAt) {}

    /** Whether the user records public comments on the standard's proposal now: its secretariat, while PROPOSAL. */
    public boolean mayRecord(AppUser user, Standard standard) {
        return user.has(Role.SECRETARIAT, standard.committee()) && standard.stage() == Stage.PROPOSAL;
    }

    /** The secretariat records a comment while the proposal is publicly commented (its stage PROPOSAL). */
    @Transactional
    public ProposalComment record(AppUser user, long standardId, NewProposalComment body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                            "The secretariat of " + standard.committee() + " records the comments on its proposals.")
                    .withText("problem.proposal.secretariatRecords", standard.committee());
        }
        if (standard.stage() != Stage.PROPOSAL) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                            + ": a proposal is commented while it is PROPOSAL, from its submission until its plan takes"
                            + " effect.")
                    .withText("problem.proposal.commentedWhileProposed", standard.stage());
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_comment (standard_id, organisation, source, text, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        standardId,
                        body.organisation().strip(),
                        body.source().name(),
                        body.text().strip(),
                        user.username(),
                        toDb(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        audit.done(
                user.username(),
                standardId,
                AuditAction.RECORD_PROPOSAL_COMMENT,
                String.valueOf(id),
                body.source() + " from " + body.organisation().strip());
        return of(standardId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    public List<ProposalComment> of(AppUser user, long standardId) {
        return of(access.findWorkingMaterial(user, standardId, "proposal's comments")
                .id());
    }

    List<ProposalComment> of(long standardId) {
        return jdbc.sql("select * from proposal_comment where standard_id = ? order by id")
                .param(standardId)
                .query((rs, n) -> new ProposalComment(
                        rs.getLong("id"),
                        rs.getString("organisation"),
                        Source.valueOf(rs.getString("source")),
                        rs.getString("text"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }
}
