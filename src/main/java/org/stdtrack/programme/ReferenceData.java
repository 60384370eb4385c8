package org.stdtrack.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.problem.ApiException;

/** Programmes, the domain taxonomy, committees and organisations: read by every other feature. */
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
        return jdbc.sql("select code, parent_code, name_en, name_zh from domain order by sort_order")
                .query((rs, n) -> new Domain(
                        rs.getString("code"),
                        rs.getString("parent_code"),
                        rs.getString("name_en"),
                        rs.getString("name_zh")))
                .list();
    }

    public boolean domainExists(String code) {
        return exists("domain", code);
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

    public boolean organisationExists(String code) {
        return exists("organisation", code);
    }

    public void addOrganisation(String code, String nameEn, String nameZh, String creditCode) {
        jdbc.sql("insert into organisation (code, name_en, name_zh, credit_code) values (?, ?, ?, ?)")
                .params(code, nameEn, nameZh, creditCode)
                .update();
    }

    /** The organisation's unified social credit code, if it has one. */
    public Optional<String> creditCodeOf(String organisation) {
        return jdbc.sql("select credit_code from organisation where code = ?")
                .param(organisation)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(c -> c);
    }

    public void setCreditCode(String organisation, String creditCode) {
        jdbc.sql("update organisation set credit_code = ? where code = ?")
                .params(creditCode, organisation)
                .update();
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
                rs.getInt("target_enterprises"));
    }

    private static Committee committee(ResultSet rs, int row) throws SQLException {
        return new Committee(
                rs.getString("code"),
                Committee.Level.valueOf(rs.getString("level")),
                rs.getString("name_en"),
                rs.getString("name_zh"));
    }

    private boolean exists(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
