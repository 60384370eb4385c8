package org.stdtrack.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.problem.ApiException;

/**
 * Programmes, the domain taxonomy, committees and organisations: read by every other feature, written only
 * by the {@code administration} room, which holds the rules of each change.
 */
@Repository
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Programme> programmes() {
        return jdbc.sql("select * from programme order by code")
                .query(ReferenceData::programme)
                .list();
    }

    public Optional<Programme> programme(String code) {
        return jdbc.sql("select * from programme where code = ?")
                .param(code)
                .query(ReferenceData::programme)
                .optional();
    }

    /** The programme, or 404 with a message that names the code. */
    public Programme requireProgramme(String code) {
        return programme(code).orElseThrow(() -> ApiException.notFound("No programme with code '" + code + "'."));
    }

    public List<Domain> domains() {
        return jdbc.sql("select * from domain order by sort_order, code")
                .query(ReferenceData::domain)
                .list();
    }

    public Optional<Domain> domain(String code) {
        return jdbc.sql("select * from domain where code = ?")
                .param(code)
                .query(ReferenceData::domain)
                .optional();
    }

    public boolean domainExists(String code) {
        return exists("domain", code);
    }

    /** The domains new standards may be placed in: neither they nor their parent are retired. */
    public List<Domain> domainsTakingNewStandards() {
        List<Domain> all = domains();
        Set<String> retired =
                all.stream().filter(Domain::retired).map(Domain::code).collect(Collectors.toSet());
        return all.stream()
                .filter(d -> !retired.contains(d.code()) && (d.parent() == null || !retired.contains(d.parent())))
                .toList();
    }

    public boolean takesNewStandards(String domainCode) {
        return domainsTakingNewStandards().stream().anyMatch(d -> d.code().equals(domainCode));
    }

    public List<Committee> committees() {
        return jdbc.sql("select * from committee order by code")
                .query(ReferenceData::committee)
                .list();
    }

    public Optional<Committee> committee(String code) {
        return jdbc.sql("select * from committee where code = ?")
                .param(code)
                .query(ReferenceData::committee)
                .optional();
    }

    public List<Organisation> organisations() {
        return jdbc.sql("select * from organisation order by code")
                .query(ReferenceData::organisation)
                .list();
    }

    public Optional<Organisation> organisation(String code) {
        return jdbc.sql("select * from organisation where code = ?")
                .param(code)
                .query(ReferenceData::organisation)
                .optional();
    }

    public boolean organisationExists(String code) {
        return exists("organisation", code);
    }

    /** The organisation's unified social credit code, if it has one. */
    public Optional<String> creditCodeOf(String organisation) {
        return organisation(organisation).map(Organisation::creditCode);
    }

    /** The organisation that holds this credit code, if any. */
    public Optional<String> organisationWithCreditCode(String creditCode) {
        return jdbc.sql("select code from organisation where credit_code = ?")
                .param(creditCode)
                .query(String.class)
                .optional();
    }

    public void insert(Programme p) {
        jdbc.sql("""
                        insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises,
                            target_enterprises_reading) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.code(),
                        p.nameEn(),
                        p.nameZh(),
                        p.targetStandards(),
                        p.targetDate(),
                        p.targetEnterprises(),
                        p.targetEnterprisesReading().name())
                .update();
    }

    public void update(Programme p) {
        jdbc.sql("""
                        update programme set name_en = ?, name_zh = ?, target_standards = ?, target_date = ?,
                        target_enterprises = ?, target_enterprises_reading = ? where code = ?""")
                .params(
                        p.nameEn(),
                        p.nameZh(),
                        p.targetStandards(),
                        p.targetDate(),
                        p.targetEnterprises(),
                        p.targetEnterprisesReading().name(),
                        p.code())
                .update();
    }

    /** The position after the last domain's. */
    public int nextDomainPosition() {
        return jdbc.sql("select coalesce(max(sort_order), 0) + 1 from domain")
                .query(Integer.class)
                .single();
    }

    public void insert(Domain d) {
        jdbc.sql(
                        "insert into domain (code, parent_code, name_en, name_zh, sort_order, retired) values (?, ?, ?, ?, ?, ?)")
                .params(d.code(), d.parent(), d.nameEn(), d.nameZh(), d.position(), d.retired())
                .update();
    }

    public void update(Domain d) {
        jdbc.sql("update domain set name_en = ?, name_zh = ?, sort_order = ?, retired = ? where code = ?")
                .params(d.nameEn(), d.nameZh(), d.position(), d.retired(), d.code())
                .update();
    }

    public void insert(Committee c) {
        jdbc.sql("insert into committee (code, level, name_en, name_zh, sector_prefix) values (?, ?, ?, ?, ?)")
                .params(c.code(), c.level().name(), c.nameEn(), c.nameZh(), c.sectorPrefix())
                .update();
        updateSettings(c);
    }

    public void update(Committee c) {
        jdbc.sql("update committee set name_en = ?, name_zh = ?, sector_prefix = ? where code = ?")
                .params(c.nameEn(), c.nameZh(), c.sectorPrefix(), c.code())
                .update();
        updateSettings(c);
    }

    private void updateSettings(Committee c) {
        jdbc.sql("""
                update committee set review_mode = ?, proposal_support = ?, proposal_supporters = ?,
                    proposal_package = ?, recusal = ?,
                    competent_department = ?, participation_base = ?, abstentions = ? where code = ?""")
                .params(
                        c.reviewMode().name(),
                        c.proposalSupport().name(),
                        c.proposalSupporters(),
                        c.proposalPackage(),
                        c.recusal(),
                        c.competentDepartment() == null
                                ? null
                                : c.competentDepartment().name(),
                        c.ballotRule().participationBase().name(),
                        c.ballotRule().abstentions().name(),
                        c.code())
                .update();
    }

    public void insert(Organisation o) {
        jdbc.sql("insert into organisation (code, name_en, name_zh, credit_code) values (?, ?, ?, ?)")
                .params(o.code(), o.nameEn(), o.nameZh(), o.creditCode())
                .update();
    }

    public void update(Organisation o) {
        jdbc.sql("update organisation set name_en = ?, name_zh = ?, credit_code = ? where code = ?")
                .params(o.nameEn(), o.nameZh(), o.creditCode(), o.code())
                .update();
    }

    /** Locks a programme, domain, committee or organisation row for the transaction; false when there is none. */
    public boolean lock(Table table, String code) {
        return !jdbc.sql("select code from " + table.name().toLowerCase(Locale.ROOT) + " where code = ? for update")
                .param(code)
                .query(String.class)
                .list()
                .isEmpty();
    }

    /** The tables of the reference data. */
    public enum Table {
        PROGRAMME,
        DOMAIN,
        COMMITTEE,
        ORGANISATION
    }

    /*
     * Rows are mapped by column name, never by a record's property names: H2 answers every name it does not
     * know (targetDate for target_date) with an exception whose stack trace it writes to its trace file.
     */
    private static Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                rs.getInt("target_standards"),
                rs.getObject("target_date", LocalDate.class),
                rs.getInt("target_enterprises"),
                Programme.EnterprisesReading.valueOf(rs.getString("target_enterprises_reading")));
    }

    private static Domain domain(ResultSet rs, int row) throws SQLException {
        return new Domain(
                rs.getString("code"),
                rs.getString("parent_code"),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                rs.getInt("sort_order"),
                rs.getBoolean("retired"));
    }

    private static Committee committee(ResultSet rs, int row) throws SQLException {
        return new Committee(
                rs.getString("code"),
                Committee.Level.valueOf(rs.getString("level")),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                rs.getString("sector_prefix"),
                Committee.ReviewMode.valueOf(rs.getString("review_mode")),
                Committee.ProposalSupport.valueOf(rs.getString("proposal_support")),
                rs.getInt("proposal_supporters"),
                rs.getBoolean("proposal_package"),
                rs.getBoolean("recusal"),
                rs.getString("competent_department") == null
                        ? null
                        : Committee.CompetentDepartment.valueOf(rs.getString("competent_department")),
                new CountingBases(
                        CountingBases.ParticipationBase.valueOf(rs.getString("participation_base")),
                        CountingBases.Abstentions.valueOf(rs.getString("abstentions"))));
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"), rs.getString("credit_code"));
    }

    private boolean exists(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
