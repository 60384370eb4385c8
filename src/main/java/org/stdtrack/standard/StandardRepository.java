package org.stdtrack.standard;

import static org.stdtrack.persistence.Timestamps.date;
import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.persistence.SqlIds;

@Repository
public class StandardRepository {

    private final JdbcClient jdbc;

    private final StageDataGeneration generation;

    StandardRepository(JdbcClient jdbc, StageDataGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
    }

    /** What a new record needs; its stage is set by the lifecycle's first stage event. */
    public record NewStandard(
            String programme,
            String title,
            String titleZh,
            StandardType type,
            String domain,
            String committee,
            String leadOrganisation,
            String internationalReference,
            InternationalDegree internationalDegree,
            Long revisionOf,
            Track track,
            String sourceStandard,
            LocalDate sourceInUseSince) {}

    /**
     * Search filters; null means "any". {@code text} matches titles (en, zh), plan and published numbers;
     * {@code overdueAt} keeps the standards overdue at that instant. Committees limits the result to those
     * committees or published standards.
     */
    public record Filter(
            String programme,
            Stage stage,
            String domain,
            String committee,
            String text,
            StandardType type,
            Instant overdueAt,
            Collection<String> visibleCommittees,
            boolean publishedOnlyOutsideCommittees,
            boolean publishedOnly,
            /** Only those published before this instant ({@link StandardConditions#publishedBefore}), or any. */
            Instant publishedBefore) {}

    public long insert(NewStandard s, Instant now, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into standard (programme_code, title, title_zh, type, domain_code, committee_code,
                    lead_organisation_code, international_reference, international_degree, stage, stage_code,
                    revision_of, track, source_standard, source_in_use_since, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.programme(),
                        s.title(),
                        s.titleZh(),
                        s.type().name(),
                        s.domain(),
                        s.committee(),
                        s.leadOrganisation(),
                        s.internationalReference(),
                        s.internationalDegree() == null
                                ? null
                                : s.internationalDegree().name(),
                        Stage.PRELIMINARY.name(),
                        Stage.PRELIMINARY.code(),
                        s.revisionOf(),
                        s.track().name(),
                        s.sourceStandard(),
                        s.sourceInUseSince(),
                        toDb(now),
                        actor)
                .update(keys, "id");
        generation.advance();
        return keys.getKey().longValue();
    }

    public Optional<Standard> find(long id) {
        return jdbc.sql("select * from standard where id = ?")
                .param(id)
                .query(this::standard)
                .optional();
    }

    /** Standards by their ids, each found by the primary key (SqlIds). */
    static final String BY_IDS = "select s.* from " + SqlIds.TABLE + " join standard s on s.id = ids.id";

    /** These standards, by id; unknown ids are left out. */
    public Map<Long, Standard> find(Collection<Long> ids) {
        Map<Long, Standard> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(BY_IDS).param(SqlIds.of(ids)).query(this::standard).list().forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    /** A standard as a dashboard places it before choosing what to read of it: its stage. */
    public record Placed(long id, Stage stage) {}

    static final String AT_STAGE =
            "select id, stage from standard" + " where committee_code = ? and stage = ?%s order by id limit ?";

    /**
     * A committee's standards in development (of one programme, or any), stage by stage and in order of id, at
     * most {@code limit}: each stage found by the committee's and stage's index (in one statement for all stages,
     * H2 compared every standard of the committee with the list of stages).
     */
    public List<Placed> inDevelopment(String committee, String programme, int limit) {
        List<Placed> placed = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.isInDevelopment() && placed.size() < limit) {
                List<Object> params = new ArrayList<>(List.of(committee, stage.name()));
                if (programme != null) {
                    params.add(programme);
                }
                params.add(limit - placed.size());
                placed.addAll(jdbc.sql(AT_STAGE.formatted(programme == null ? "" : " and programme_code = ?"))
                        .params(params)
                        .query(StandardRepository::placed)
                        .list());
            }
        }
        return placed;
    }

    /** These standards as a dashboard places them; unknown ids are left out. */
    public List<Placed> placed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select s.id, s.stage from " + SqlIds.TABLE + " join standard s on s.id = ids.id order by s.id")
                .param(SqlIds.of(ids))
                .query(StandardRepository::placed)
                .list();
    }

    private static Placed placed(ResultSet rs, int n) throws SQLException {
        return new Placed(rs.getLong("id"), Stage.valueOf(rs.getString("stage")));
    }

    public List<Standard> search(Filter filter, long offset, int limit) {
        var where = where(filter);
        return jdbc.sql("select * from standard" + where.sql + " order by id limit " + limit + " offset " + offset)
                .params(where.params)
                .query(this::standard)
                .list();
    }

    /** The newest {@code limit} standards the filter finds, newest first. */
    public List<Standard> newest(Filter filter, int limit) {
        var where = where(filter);
        return jdbc.sql("select * from standard" + where.sql + " order by id desc limit " + limit)
                .params(where.params)
                .query(this::standard)
                .list();
    }

    public long count(Filter filter) {
        var where = where(filter);
        return jdbc.sql("select count(*) from standard" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /**
     * What the public catalogue searches: published standards only (in any of these published stages), by words
     * of the titles or a number, a domain and its sub-areas, and the year of publication; newest first.
     */
    public record PublishedQuery(String text, String domain, Collection<Stage> stages, Integer year) {}

    public List<Standard> searchPublished(PublishedQuery q, long offset, int limit) {
        var where = where(q);
        return jdbc.sql("select * from standard" + where.sql + " order by publication_date desc, id desc limit " + limit
                        + " offset " + offset)
                .params(where.params)
                .query(this::standard)
                .list();
    }

    /**
     * How many published standards match, counted up to {@code cap} and one more: a search that matches half the
     * catalogue need not count it all to say "more than {@code cap}".
     */
    public long countPublished(PublishedQuery q, int cap) {
        return countUpTo(where(q), cap);
    }

    private long countUpTo(Where where, int cap) {
        return jdbc.sql("select count(*) from (select 1 as one from standard" + where.sql + " limit " + (cap + 1)
                        + ") matches")
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** A list's count: {@code total}, and whether there are more than that. */
    public record Count(long total, boolean more) {}

    /** The most matches of a word search that a list counts. */
    public static final int WORDS_COUNTED = 1_000;

    /**
     * How many standards a list finds: exactly for filters, which the indexes count; for a word search (matched
     * anywhere in four columns, which no index serves) up to {@link #WORDS_COUNTED}, then "more" — counting every
     * match of a common word in a national programme would cost more than the page itself.
     */
    public Count listCount(Filter filter) {
        if (filter.text() == null || filter.text().isBlank()) {
            return new Count(count(filter), false);
        }
        long counted = countUpTo(where(filter), WORDS_COUNTED);
        return new Count(Math.min(counted, WORDS_COUNTED), counted > WORDS_COUNTED);
    }

    /** Standards overdue at that instant, in every programme (the rule of {@link Standard#isOverdue}). */
    public long countOverdue(Instant now) {
        return count(new Filter(null, null, null, null, null, null, now, List.of(), false, false, null));
    }

    public long countInProgramme(String programme) {
        return jdbc.sql("select count(*) from standard where programme_code = ?")
                .param(programme)
                .query(Long.class)
                .single();
    }

    /**
     * Locks the standard's row until the transaction ends. Every command that moves a standard takes
     * this lock before reading the engine's state, so commands on one standard run one after the other
     * and each sees what the previous one committed.
     */
    public boolean lock(long id) {
        return !jdbc.sql("select id from standard where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update standard set process_instance_id = ? where id = ?")
                .params(processInstanceId, id)
                .update();
    }

    /** The programme's standards whose national number is this one (at most one), for matching an import. */
    public Optional<Standard> findByNationalNumber(String programme, String nationalNumber) {
        return jdbc.sql("select * from standard where programme_code = ? and national_number = ?")
                .params(programme, nationalNumber)
                .query(this::standard)
                .optional();
    }

    /** The programme's standard with this plan number, the oldest where a revision shares it. */
    public Optional<Standard> findByPlanNumber(String programme, String planNumber) {
        return jdbc
                .sql("select * from standard where programme_code = ? and plan_number = ? order by id")
                .params(programme, planNumber)
                .query(this::standard)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * The programme's standard of this committee known by this title: without a plan or national number and
     * not cancelled (the database's {@code unnumbered_title}, unique, V44).
     */
    public Optional<Standard> findUnnumbered(String programme, String committee, String title) {
        return jdbc
                .sql("select * from standard where programme_code = ? and committee_code = ? and unnumbered_title = ?")
                .params(programme, committee, title)
                .query(this::standard)
                .list()
                .stream()
                .findFirst();
    }

    public void updateTitles(long id, String title, String titleZh) {
        jdbc.sql("update standard set title = ?, title_zh = ? where id = ?")
                .params(title, titleZh, id)
                .update();
    }

    /** The programme's standards after an id, at most {@code limit}, in id order: a programme read page by page. */
    public List<Standard> inProgrammeAfter(String programme, long afterId, int limit) {
        return jdbc.sql(
                        "select * from standard where programme_code = ? and id > ? order by id fetch first ? rows only")
                .params(programme, afterId, limit)
                .query(this::standard)
                .list();
    }

    public List<Standard> inProgramme(String programme) {
        return jdbc.sql("select * from standard where programme_code = ? order by id")
                .param(programme)
                .query(this::standard)
                .list();
    }

    /** A standard's revisions, by the index on {@code revision_of} (V65). */
    static final String REVISIONS = "select id from standard where revision_of = ? order by id";

    public List<Long> revisionsOf(long id) {
        return jdbc.sql(REVISIONS).param(id).query(Long.class).list();
    }

    private record Where(String sql, List<Object> params) {}

    /** The published stages as SQL literals, from the enumeration (never from input). */
    private static String publishedStages() {
        List<String> published = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.isPublished()) {
                published.add("'" + stage.name() + "'");
            }
        }
        return String.join(", ", published);
    }

    private static Where where(PublishedQuery q) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add("stage in (" + publishedStages() + ")");
        List<Stage> stages = q.stages().stream().filter(Stage::isPublished).toList();
        if (!stages.isEmpty()) {
            clauses.add("stage in ("
                    + String.join(", ", stages.stream().map(s -> "?").toList()) + ")");
            stages.forEach(s -> params.add(s.name()));
        }
        if (q.domain() != null) {
            clauses.add("(domain_code = ? or domain_code like ?)");
            params.add(q.domain());
            params.add(q.domain() + ".%");
        }
        text(q.text(), clauses, params);
        if (q.year() != null) {
            clauses.add("publication_date >= ? and publication_date < ?");
            params.add(java.time.LocalDate.of(q.year(), 1, 1));
            params.add(java.time.LocalDate.of(q.year() + 1, 1, 1));
        }
        return new Where(" where " + String.join(" and ", clauses), params);
    }

    /** The start of a published number, which its index (V66) finds in a national programme. */
    static final String NUMBER_STARTS = "published_number like ?";

    /** Text anywhere in either title or a number, which PostgreSQL's trigram indexes find (V69). */
    static final String WORDS_ANYWHERE = "(lower(title) like ? or lower(title_zh) like ? or lower(plan_number) like ?"
            + " or lower(published_number) like ?)";

    /**
     * The start of a standard number ({@link PublishedNumber#searchedPrefix}) at the start of the published
     * number; any other text, words of either title or a plan or published number, anywhere in it, in any case.
     */
    private static void text(String text, List<String> clauses, List<Object> params) {
        if (text == null || text.isBlank()) {
            return;
        }
        String prefix = PublishedNumber.searchedPrefix(text);
        if (prefix != null) {
            clauses.add(NUMBER_STARTS);
            params.add(literal(prefix) + "%");
            return;
        }
        String pattern = "%" + literal(text.strip().toLowerCase(Locale.ROOT)) + "%";
        clauses.add(WORDS_ANYWHERE);
        params.addAll(List.of(pattern, pattern, pattern, pattern));
    }

    /** A text matched literally by LIKE (its wildcards and escape character escaped). */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Where where(Filter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.programme() != null) {
            clauses.add("programme_code = ?");
            params.add(f.programme());
        }
        if (f.stage() != null) {
            clauses.add("stage = ?");
            params.add(f.stage().name());
        }
        if (f.domain() != null) {
            // A domain matches its own standards and those of its sub-areas (SRV matches SRV.IAAS).
            clauses.add("(domain_code = ? or domain_code like ?)");
            params.add(f.domain());
            params.add(f.domain() + ".%");
        }
        if (f.committee() != null) {
            clauses.add("committee_code = ?");
            params.add(f.committee());
        }
        text(f.text(), clauses, params);
        if (f.publishedOnly()) {
            clauses.add("stage in (" + publishedStages() + ")");
        }
        if (f.publishedBefore() != null) {
            clauses.add(StandardConditions.publishedBefore("standard"));
            params.add(toDb(f.publishedBefore()));
        }
        if (f.type() != null) {
            clauses.add("type = ?");
            params.add(f.type().name());
        }
        if (f.overdueAt() != null) {
            clauses.add(StandardConditions.overdue(null));
            params.add(toDb(f.overdueAt()));
        }
        if (f.publishedOnlyOutsideCommittees()) {
            String visible = "stage in (" + publishedStages() + ")";
            if (!f.visibleCommittees().isEmpty()) {
                visible += " or committee_code in ("
                        + String.join(
                                ", ",
                                f.visibleCommittees().stream().map(c -> "?").toList()) + ")";
                params.addAll(f.visibleCommittees());
            }
            clauses.add("(" + visible + ")");
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private Standard standard(ResultSet rs, int row) throws SQLException {
        String degree = rs.getString("international_degree");
        return new Standard(
                rs.getLong("id"),
                rs.getString("programme_code"),
                rs.getString("title"),
                rs.getString("title_zh"),
                StandardType.valueOf(rs.getString("type")),
                rs.getString("domain_code"),
                rs.getString("committee_code"),
                rs.getString("lead_organisation_code"),
                rs.getString("international_reference"),
                degree == null ? null : InternationalDegree.valueOf(degree),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("stage_code"),
                rs.getString("plan_number"),
                rs.getString("published_number"),
                date(rs, "publication_date"),
                date(rs, "implementation_date"),
                instant(rs, "development_started_at"),
                instant(rs, "development_due_at"),
                instant(rs, "submitted_for_approval_at"),
                rs.getObject("revision_of", Long.class),
                rs.getString("process_instance_id"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "stage_entered_at"),
                instant(rs, "approval_notice_ends_at"),
                Track.valueOf(rs.getString("track")),
                rs.getString("source_standard"),
                date(rs, "source_in_use_since"));
    }
}
