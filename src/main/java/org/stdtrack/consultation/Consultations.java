package org.stdtrack.consultation;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * Public consultation rounds: reviewers comment while a round is open; the drafting group resolves every
 * comment, and the lifecycle will not move on while one lacks a resolution.
 */
@Service
public class Consultations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final Documents documents;
    private final ApplicationEventPublisher events;

    Consultations(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            StandardAccess access,
            Documents documents,
            ApplicationEventPublisher events) {
        this.documents = documents;
        this.events = events;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    public record Round(long id, int round, Instant openedAt, Instant closesAt, String openedBy) {}

    /**
     * A comment, as the API and the pages take it: a reviewer's own (no channel, or ACCOUNT), or one the
     * secretariat records with the channel it came by and the commenting organisation.
     */
    public record NewComment(
            @NotBlank @Size(max = 100) String clause,
            @NotNull Comment.CommentType type,
            @NotBlank @Size(max = 10_000) String text,
            @Size(max = 10_000) String proposedChange,
            @OneLine @Size(max = 300) String organisation,
            Comment.Channel channel) {

        boolean recorded() {
            return channel != null && channel != Comment.Channel.ACCOUNT;
        }
    }

    /** The drafting group's resolution of a comment; a comment not fully accepted needs the reason. */
    @Schema(name = "NewResolution")
    public record Resolution(
            @NotNull Comment.Decision resolution,
            @Size(max = 10_000) String reason) {}

    /** Opens the next round; comments are accepted until {@code closesAt}. */
    @Transactional
    public Round open(long standardId, Instant closesAt, String actor) {
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from consultation where standard_id = ?")
                .param(standardId)
                .query(Integer.class)
                .single();
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into consultation (standard_id, round, opened_at, closes_at, opened_by) values (?, ?, ?, ?, ?)")
                .params(standardId, round, toDb(now), toDb(closesAt), actor)
                .update(keys, "id");
        events.publishEvent(new ConsultationOpened(standardId, round, closesAt));
        return new Round(keys.getKey().longValue(), round, now, closesAt, actor);
    }

    /** The round taking comments now: the standard is in consultation and its deadline has not passed. */
    public Optional<Round> openRound(Standard standard) {
        return latestRound(standard.id())
                .filter(r -> standard.stage() == Stage.CONSULTATION
                        && clock.instant().isBefore(r.closesAt()));
    }

    /** The standard's latest consultation round, open or closed. */
    public Optional<Round> latestRound(long standardId) {
        return jdbc.sql("select * from consultation where standard_id = ? order by round desc limit 1")
                .param(standardId)
                .query(Consultations::round)
                .optional();
    }

    /** Every consultation round of the standard, the first first. */
    public List<Round> rounds(long standardId) {
        return jdbc.sql("select * from consultation where standard_id = ? order by round")
                .param(standardId)
                .query(Consultations::round)
                .list();
    }

    /** The comments a round has had so far. */
    public long commentCount(Round round) {
        return jdbc.sql("select count(*) from consultation_comment where consultation_id = ?")
                .param(round.id())
                .query(Long.class)
                .single();
    }

    /** The rounds taking comments now among these standards, by standard: one query for a list's page. */
    public Map<Long, Round> openRounds(Collection<Standard> shown) {
        List<Object> ids = shown.stream()
                .filter(s -> s.stage() == Stage.CONSULTATION)
                .map(s -> (Object) s.id())
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(toDb(clock.instant()));
        Map<Long, Round> open = new HashMap<>();
        jdbc.sql("""
                        select c.* from consultation c
                        where c.standard_id in (%s) and c.closes_at > ?
                        and c.round = (select max(l.round) from consultation l where l.standard_id = c.standard_id)""".formatted(String.join(", ", Collections.nCopies(ids.size(), "?"))))
                .params(parameters)
                .query((rs, n) -> Map.entry(rs.getLong("standard_id"), round(rs, n)))
                .list()
                .forEach(e -> open.put(e.getKey(), e.getValue()));
        return open;
    }

    private static Round round(ResultSet rs, int row) throws SQLException {
        return new Round(
                rs.getLong("id"),
                rs.getInt("round"),
                instant(rs, "opened_at"),
                instant(rs, "closes_at"),
                rs.getString("opened_by"));
    }

    /** Whether anyone has commented on the standard's drafts (its resolution table then exists). */
    public boolean hasComments(long standardId) {
        return jdbc.sql("select count(*) from consultation_comment where standard_id = ?")
                        .param(standardId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long unresolvedCount(long standardId) {
        return jdbc.sql("select count(*) from consultation_comment where standard_id = ? and resolution is null")
                .param(standardId)
                .query(Long.class)
                .single();
    }

    /**
     * A reviewer comments while the consultation is open. The secretariat records a comment that came by
     * another channel, with the commenting organisation, until the consultation's outcome is submitted: a
     * letter posted before the deadline may arrive after it.
     */
    @Transactional
    public Comment comment(AppUser user, long standardId, NewComment comment) {
        Standard standard = access.findLocked(user, standardId);
        Round round = comment.recorded()
                ? roundToRecordIn(user, standard, comment)
                : roundToCommentIn(user, standard, comment);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation_comment (consultation_id, standard_id, author, clause, type, text,
                    proposed_change, submitted_at, document_version, channel, organisation)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        round.id(),
                        standard.id(),
                        user.username(),
                        comment.clause(),
                        comment.type().name(),
                        comment.text(),
                        comment.proposedChange(),
                        toDb(now),
                        documents
                                .newest(standard.id(), DocumentKind.DRAFT_FOR_COMMENTS)
                                .map(Document::version)
                                .orElse(null),
                        comment.recorded() ? comment.channel().name() : Comment.Channel.ACCOUNT.name(),
                        comment.recorded() ? comment.organisation().strip() : null)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.done(
                user.username(),
                standard.id(),
                comment.recorded() ? AuditAction.RECORD_COMMENT : AuditAction.COMMENT,
                String.valueOf(id),
                "clause " + comment.clause()
                        + (comment.recorded()
                                ? ", " + comment.channel() + " from "
                                        + comment.organisation().strip()
                                : ""));
        return find(standard.id(), id).orElseThrow();
    }

    private Round roundToCommentIn(AppUser user, Standard standard, NewComment comment) {
        if (!user.isReviewerIn(standard.committee())) {
            throw ApiException.forbidden(
                            "Only reviewers of " + standard.committee() + " comment on its drafts;"
                                    + " its secretariat records comments from other channels with 'channel' and 'organisation'.")
                    .withText("problem.comment.reviewersOnly", standard.committee());
        }
        if (comment.organisation() != null && !comment.organisation().isBlank()) {
            throw ApiException.invalid(
                            "organisation",
                            "A reviewer's own comment carries the organisation of the reviewer's account; 'organisation' is"
                                    + " for comments the secretariat records from other channels.")
                    .withText("problem.comment.ownOrganisation");
        }
        return openRound(standard)
                .orElseThrow(() -> ApiException.conflict(
                                "Standard " + standard.id() + " has no consultation open for comments.")
                        .withText("problem.comment.noConsultation"));
    }

    /** Whether the user may record comments from other channels on the standard now. */
    public boolean mayRecord(AppUser user, Standard standard) {
        return user.has(Role.SECRETARIAT, standard.committee())
                && standard.stage() == Stage.CONSULTATION
                && latestRound(standard.id()).isPresent();
    }

    /** 404, 403 or 409 unless the user may record comments from other channels on the standard now. */
    public void requireRecorder(AppUser user, long standardId) {
        recordingRound(user, access.find(user, standardId));
    }

    private Round roundToRecordIn(AppUser user, Standard standard, NewComment comment) {
        Round round = recordingRound(user, standard);
        if (comment.organisation() == null || comment.organisation().isBlank()) {
            throw ApiException.invalid("organisation", "A recorded comment names the organisation that sent it.")
                    .withText("problem.comment.recordedOrganisation");
        }
        return round;
    }

    private Round recordingRound(AppUser user, Standard standard) {
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden("Only the secretariat of " + standard.committee()
                            + " records comments from other channels.")
                    .withText("problem.comment.secretariatRecords", standard.committee());
        }
        return latestRound(standard.id())
                .filter(r -> standard.stage() == Stage.CONSULTATION)
                .orElseThrow(() -> ApiException.conflict("Standard " + standard.id()
                                + " is not in consultation: comments are recorded until its outcome is submitted.")
                        .withText("problem.comment.notInConsultation"));
    }

    public List<Comment> comments(long standardId) {
        return jdbc.sql(SELECT + " where c.standard_id = ? order by c.id")
                .param(standardId)
                .query(this::comment)
                .list();
    }

    Optional<Comment> find(long standardId, long commentId) {
        return jdbc.sql(SELECT + " where c.standard_id = ? and c.id = ?")
                .params(standardId, commentId)
                .query(this::comment)
                .optional();
    }

    /** Under the standard's lock: a resolution cannot change once the drafting group has submitted the draft. */
    @Transactional
    public Comment resolve(AppUser user, long standardId, long commentId, Resolution resolution) {
        Comment.Decision decision = resolution.resolution();
        String reason = resolution.reason();
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.DRAFTING_GROUP, standard.committee())) {
            throw ApiException.forbidden("Only the drafting group of " + standard.committee() + " resolves comments.")
                    .withText("problem.comment.draftingGroupResolves", standard.committee());
        }
        find(standard.id(), commentId)
                .orElseThrow(() -> ApiException.notFound(
                        "Standard " + standard.id() + " has no comment with id " + commentId + "."));
        if (standard.stage() != Stage.CONSULTATION) {
            throw ApiException.conflict("Comments are resolved during consultation; standard " + standard.id()
                            + " is in " + standard.stage() + ".")
                    .withText("problem.comment.resolvedInConsultation", standard.stage());
        }
        if (decision != Comment.Decision.ACCEPTED && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "A comment that is not fully accepted needs the reason.")
                    .withText("problem.comment.reasonNeeded");
        }
        jdbc.sql("""
                update consultation_comment set resolution = ?, resolution_reason = ?, resolved_by = ?, resolved_at = ?
                where id = ?""")
                .params(decision.name(), reason, user.username(), toDb(clock.instant()), commentId)
                .update();
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.RESOLVE_COMMENT,
                String.valueOf(commentId),
                decision.name());
        return find(standard.id(), commentId).orElseThrow();
    }

    /** A reviewer's comment carries the organisation of the reviewer's account. */
    private static final String SELECT = """
            select c.*, k.round, coalesce(c.organisation, o.name_en) as commenting_organisation
            from consultation_comment c join consultation k on k.id = c.consultation_id
            left join app_user u on u.username = c.author
            left join organisation o on o.code = u.organisation_code""";

    private Comment comment(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("resolution");
        Comment.Resolution resolution = decision == null
                ? null
                : new Comment.Resolution(
                        Comment.Decision.valueOf(decision),
                        rs.getString("resolution_reason"),
                        rs.getString("resolved_by"),
                        instant(rs, "resolved_at"));
        return new Comment(
                rs.getLong("id"),
                rs.getLong("standard_id"),
                rs.getInt("round"),
                rs.getString("author"),
                rs.getString("clause"),
                Comment.CommentType.valueOf(rs.getString("type")),
                rs.getString("text"),
                rs.getString("proposed_change"),
                instant(rs, "submitted_at"),
                rs.getObject("document_version", Integer.class),
                resolution,
                Comment.Channel.valueOf(rs.getString("channel")),
                rs.getString("commenting_organisation"));
    }
}
