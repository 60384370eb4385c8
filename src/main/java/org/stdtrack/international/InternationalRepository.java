package org.stdtrack.international;

import static org.stdtrack.persistence.Timestamps.date;
import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.persistence.SqlIds;
import org.stdtrack.standard.InternationalDegree;

/** The international committees, projects, their stage history and counterparts, and the experts. */
@Repository
class InternationalRepository {

    private final JdbcClient jdbc;

    InternationalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- committees ----

    List<IntlCommittee> committees() {
        return jdbc.sql("select * from intl_committee order by code")
                .query(InternationalRepository::committee)
                .list();
    }

    void insert(IntlCommittee c) {
        List<Object> values = new ArrayList<>(List.of(c.code()));
        values.addAll(described(c));
        jdbc.sql("""
                insert into intl_committee (code, body, iso_id, name_en, name_zh, china_membership, mirror_committee,
                    counterpart_organisation, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
    }

    void update(IntlCommittee c) {
        List<Object> values = new ArrayList<>(described(c));
        values.add(c.code());
        jdbc.sql("""
                update intl_committee set body = ?, iso_id = ?, name_en = ?, name_zh = ?, china_membership = ?,
                    mirror_committee = ?, counterpart_organisation = ?, updated_at = ?, updated_by = ?
                where code = ?""").params(values).update();
    }

    /** What is said of a committee, in the columns' order from body to updated_by. */
    private static List<Object> described(IntlCommittee c) {
        return Arrays.asList(
                c.body().name(),
                c.isoId(),
                c.nameEn(),
                c.nameZh(),
                c.chinaMembership().name(),
                c.mirrorCommittee(),
                c.counterpartOrganisation(),
                toDb(c.updatedAt()),
                c.updatedBy());
    }

    private static IntlCommittee committee(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("code");
        return new IntlCommittee(
                code,
                IntlCommittee.keyOf(code),
                IntlBody.valueOf(rs.getString("body")),
                rs.getObject("iso_id", Long.class),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                Membership.valueOf(rs.getString("china_membership")),
                rs.getString("mirror_committee"),
                rs.getString("counterpart_organisation"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    // ---- projects ----

    /** The projects a filter selects, by reference, one page of them; and how many it selects in all. */
    List<IntlProject> projects(InternationalWork.ProjectFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from intl_project" + where.sql + " order by reference, id limit ? offset ?")
                .params(params)
                .query(InternationalRepository::project)
                .list();
    }

    long count(InternationalWork.ProjectFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from intl_project" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(InternationalWork.ProjectFilter f) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.programme() != null) {
            conditions.add("programme_code = ?");
            params.add(f.programme());
        }
        if (f.committee() != null) {
            conditions.add("owner_committee = ?");
            params.add(f.committee());
        }
        if (f.chinaRole() != null) {
            conditions.add("china_role = ?");
            params.add(f.chinaRole().name());
        }
        if (f.stage() != null) {
            // A whole stage group (40) or one code (40.20).
            conditions.add(f.stage().length() == 2 ? "stage_code like ?" : "stage_code = ?");
            params.add(f.stage().length() == 2 ? f.stage() + ".%" : f.stage());
        }
        if (f.domain() != null) {
            conditions.add("domain_code = ?");
            params.add(f.domain());
        }
        if (f.led()) {
            conditions.add("china_role in ('LED', 'CO_LED')");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    Optional<IntlProject> project(long id) {
        return jdbc.sql("select * from intl_project where id = ?")
                .param(id)
                .query(InternationalRepository::project)
                .optional();
    }

    Optional<IntlProject> projectByReference(IntlBody body, String reference) {
        return jdbc.sql("select * from intl_project where body = ? and reference = ?")
                .params(body.name(), reference)
                .query(InternationalRepository::project)
                .optional();
    }

    Optional<IntlProject> projectByIsoId(long isoId) {
        return jdbc.sql("select * from intl_project where iso_id = ?")
                .param(isoId)
                .query(InternationalRepository::project)
                .optional();
    }

    /** Every project ISO's data can name, by ISO's id. */
    List<IntlProject> projectsWithIsoId(boolean forUpdate) {
        return jdbc.sql("select * from intl_project where iso_id is not null" + (forUpdate ? " for update" : ""))
                .query(InternationalRepository::project)
                .list();
    }

    /** The projects a standard corresponds to, with its degree for each. */
    List<IntlProject> projectsOf(long standardId) {
        return jdbc.sql("select p.* from intl_project p join intl_project_counterpart c on c.project_id = p.id"
                        + " where c.standard_id = ? order by p.reference")
                .param(standardId)
                .query(InternationalRepository::project)
                .list();
    }

    /** The programme's projects, by reference. */
    List<IntlProject> projectsOf(String programme) {
        return jdbc.sql("select * from intl_project where programme_code = ? order by reference")
                .param(programme)
                .query(InternationalRepository::project)
                .list();
    }

    /** Each project's stage at the end of a day: the last it entered by then (ties: the last recorded). */
    Map<Long, String> stagesAt(String programme, LocalDate day) {
        Map<Long, String> stages = new HashMap<>();
        jdbc.sql("""
                        select s.project_id, s.code from intl_project_stage s join intl_project p on p.id = s.project_id
                        where p.programme_code = ? and s.entered_on <= ? order by s.entered_on, s.id""")
                .params(programme, day)
                .query((rs, n) -> stages.put(rs.getLong(1), rs.getString(2)))
                .list();
        return stages;
    }

    void markPublished(long id, LocalDate on) {
        jdbc.sql("update intl_project set publication_date = ? where id = ?")
                .params(on, id)
                .update();
    }

    void markReplaced(long id, String by) {
        jdbc.sql("update intl_project set replaced_by = ? where id = ?")
                .params(by, id)
                .update();
    }

    void setMembership(String committee, Long isoId, Membership membership) {
        jdbc.sql("update intl_committee set iso_id = ?, china_membership = ? where code = ?")
                .params(isoId, membership.name(), committee)
                .update();
    }

    long insert(IntlProject p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intl_project (programme_code, body, reference, iso_id, title, title_zh, owner_committee,
                    deliverable_type, stage_code, body_stage, china_role, domain_code, target_date, limit_date,
                    publication_date, replaced_by, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.programme(),
                        p.body().name(),
                        p.reference(),
                        p.isoId(),
                        p.title(),
                        p.titleZh(),
                        p.ownerCommittee(),
                        p.deliverableType().name(),
                        p.stage(),
                        p.bodyStage(),
                        p.chinaRole().name(),
                        p.domain(),
                        p.targetDate(),
                        p.limitDate(),
                        p.publicationDate(),
                        p.replacedBy(),
                        toDb(p.createdAt()),
                        p.createdBy())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** What a PUT changes: everything but the id, the programme, the body, the stage and the record's origin. */
    void update(IntlProject p) {
        jdbc.sql("""
                update intl_project set reference = ?, iso_id = ?, title = ?, title_zh = ?, owner_committee = ?,
                    deliverable_type = ?, china_role = ?, domain_code = ?, target_date = ?, limit_date = ?,
                    publication_date = ?, replaced_by = ?
                where id = ?""")
                .params(
                        p.reference(),
                        p.isoId(),
                        p.title(),
                        p.titleZh(),
                        p.ownerCommittee(),
                        p.deliverableType().name(),
                        p.chinaRole().name(),
                        p.domain(),
                        p.targetDate(),
                        p.limitDate(),
                        p.publicationDate(),
                        p.replacedBy(),
                        p.id())
                .update();
    }

    void recordStage(long projectId, IntlProject.StageEntry entry) {
        jdbc.sql("""
                insert into intl_project_stage (project_id, code, body_stage, entered_on, source, recorded_at,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        projectId,
                        entry.code(),
                        entry.bodyStage(),
                        entry.on(),
                        entry.source().name(),
                        toDb(entry.recordedAt()),
                        entry.recordedBy())
                .update();
        jdbc.sql("update intl_project set stage_code = ?, body_stage = ? where id = ?")
                .params(entry.code(), entry.bodyStage(), projectId)
                .update();
    }

    List<IntlProject.StageEntry> stages(long projectId) {
        return stages(List.of(projectId)).getOrDefault(projectId, List.of());
    }

    private static IntlProject.StageEntry stageEntry(ResultSet rs) throws SQLException {
        return new IntlProject.StageEntry(
                rs.getString("code"),
                rs.getString("body_stage"),
                date(rs, "entered_on"),
                IntlProject.Source.valueOf(rs.getString("source")),
                instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    List<IntlProject.Counterpart> counterparts(long projectId) {
        return counterparts(List.of(projectId)).getOrDefault(projectId, List.of());
    }

    /** The counterparts of these projects, by project. */
    Map<Long, List<IntlProject.Counterpart>> counterparts(Collection<Long> projectIds) {
        Map<Long, List<IntlProject.Counterpart>> found = new HashMap<>();
        jdbc.sql(
                        "select c.* from " + SqlIds.TABLE
                                + " join intl_project_counterpart c on c.project_id = ids.id order by c.project_id, c.standard_id")
                .param(SqlIds.of(projectIds))
                .query((rs, n) -> found.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                        .add(new IntlProject.Counterpart(
                                rs.getLong("standard_id"), InternationalDegree.valueOf(rs.getString("degree")))))
                .list();
        return found;
    }

    /** The experts of these projects, by project. */
    Map<Long, List<IntlProject.Staffing>> staffing(Collection<Long> projectIds) {
        Map<Long, List<IntlProject.Staffing>> found = new HashMap<>();
        jdbc.sql(
                        "select e.* from " + SqlIds.TABLE
                                + " join intl_project_expert e on e.project_id = ids.id order by e.project_id, e.role, e.expert_id")
                .param(SqlIds.of(projectIds))
                .query((rs, n) -> found.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                        .add(new IntlProject.Staffing(
                                rs.getLong("expert_id"), Expert.Role.valueOf(rs.getString("role")))))
                .list();
        return found;
    }

    /** The stage histories of these projects, by project, each the first first. */
    Map<Long, List<IntlProject.StageEntry>> stages(Collection<Long> projectIds) {
        Map<Long, List<IntlProject.StageEntry>> found = new HashMap<>();
        jdbc.sql(
                        "select s.* from " + SqlIds.TABLE
                                + " join intl_project_stage s on s.project_id = ids.id order by s.project_id, s.entered_on, s.id")
                .param(SqlIds.of(projectIds))
                .query((rs, n) -> found.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                        .add(stageEntry(rs)))
                .list();
        return found;
    }

    void replaceCounterparts(long projectId, List<IntlProject.Counterpart> counterparts) {
        jdbc.sql("delete from intl_project_counterpart where project_id = ?")
                .param(projectId)
                .update();
        for (IntlProject.Counterpart c : counterparts) {
            jdbc.sql("insert into intl_project_counterpart (project_id, standard_id, degree) values (?, ?, ?)")
                    .params(projectId, c.standardId(), c.degree().name())
                    .update();
        }
    }

    void replaceStaffing(long projectId, List<IntlProject.Staffing> staffing) {
        jdbc.sql("delete from intl_project_expert where project_id = ?")
                .param(projectId)
                .update();
        for (IntlProject.Staffing s : staffing) {
            jdbc.sql("insert into intl_project_expert (project_id, expert_id, role) values (?, ?, ?)")
                    .params(projectId, s.expertId(), s.role().name())
                    .update();
        }
    }

    private static IntlProject project(ResultSet rs, int n) throws SQLException {
        return new IntlProject(
                rs.getLong("id"),
                rs.getString("programme_code"),
                IntlBody.valueOf(rs.getString("body")),
                rs.getString("reference"),
                rs.getObject("iso_id", Long.class),
                rs.getString("title"),
                rs.getString("title_zh"),
                rs.getString("owner_committee"),
                DeliverableType.valueOf(rs.getString("deliverable_type")),
                rs.getString("stage_code"),
                rs.getString("body_stage"),
                ChinaRole.valueOf(rs.getString("china_role")),
                rs.getString("domain_code"),
                date(rs, "target_date"),
                date(rs, "limit_date"),
                date(rs, "publication_date"),
                rs.getString("replaced_by"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    // ---- experts ----

    /** One page of the experts, by name; those of one international committee when it is given. */
    List<Expert> experts(String committee, int offset, int limit) {
        String where = committee == null
                ? ""
                : " where id in (select expert_id from expert_committee where committee_code = ?)";
        List<Object> params = new ArrayList<>();
        if (committee != null) {
            params.add(committee);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from expert" + where + " order by name, id limit ? offset ?")
                .params(params)
                .query(this::expertRow)
                .list();
    }

    Optional<Expert> expert(long id) {
        return jdbc.sql("select * from expert where id = ?")
                .param(id)
                .query(this::expertRow)
                .optional();
    }

    /** The expert an account is linked to. */
    Optional<Long> expertOf(String username) {
        return jdbc.sql("select id from expert where username = ?")
                .param(username)
                .query(Long.class)
                .optional();
    }

    long insert(Expert e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into expert (name, name_zh, organisation_code, email, role, status, username, created_at,
                    created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.name(),
                        e.nameZh(),
                        e.organisation(),
                        e.email(),
                        e.role().name(),
                        e.status().name(),
                        e.username(),
                        toDb(e.createdAt()),
                        e.createdBy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceMemberships(id, e.committees());
        return id;
    }

    void update(Expert e) {
        jdbc.sql("""
                update expert set name = ?, name_zh = ?, organisation_code = ?, email = ?, role = ?, status = ?,
                    username = ? where id = ?""")
                .params(
                        e.name(),
                        e.nameZh(),
                        e.organisation(),
                        e.email(),
                        e.role().name(),
                        e.status().name(),
                        e.username(),
                        e.id())
                .update();
        replaceMemberships(e.id(), e.committees());
    }

    private void replaceMemberships(long expertId, List<Expert.Membership> memberships) {
        jdbc.sql("delete from expert_committee where expert_id = ?")
                .param(expertId)
                .update();
        for (Expert.Membership m : memberships) {
            jdbc.sql("insert into expert_committee (expert_id, committee_code, working_group) values (?, ?, ?)")
                    .params(expertId, m.committee(), m.workingGroup() == null ? "" : m.workingGroup())
                    .update();
        }
    }

    private Expert expertRow(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new Expert(
                id,
                rs.getString("name"),
                rs.getString("name_zh"),
                rs.getString("organisation_code"),
                rs.getString("email"),
                Expert.Role.valueOf(rs.getString("role")),
                Expert.Status.valueOf(rs.getString("status")),
                rs.getString("username"),
                memberships(id),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private List<Expert.Membership> memberships(long expertId) {
        return jdbc.sql("select * from expert_committee where expert_id = ? order by committee_code, working_group")
                .param(expertId)
                .query((rs, n) -> new Expert.Membership(rs.getString("committee_code"), rs.getString("working_group")))
                .list();
    }
}
