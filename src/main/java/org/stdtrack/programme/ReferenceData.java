package org.stdtrack.programme;

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
        return jdbc.sql("select * from programme order by code").query(Programme.class).list();
    }

    public Optional<Programme> programme(String code) {
        return jdbc.sql("select * from programme where code = ?").param(code).query(Programme.class).optional();
    }

    /** The programme, or 404 with a message that names the code. */
    public Programme requireProgramme(String code) {
        return programme(code).orElseThrow(() -> ApiException.notFound("No programme with code '" + code + "'."));
    }

    public List<Domain> domains() {
        return jdbc.sql("select code, parent_code as parent, name_en, name_zh from domain order by sort_order")
                .query(Domain.class).list();
    }

    public boolean domainExists(String code) {
        return exists("domain", code);
    }

    public List<Committee> committees() {
        return jdbc.sql("select * from committee order by code").query(Committee.class).list();
    }

    public Optional<Committee> committee(String code) {
        return jdbc.sql("select * from committee where code = ?").param(code).query(Committee.class).optional();
    }

    public boolean organisationExists(String code) {
        return exists("organisation", code);
    }

    public void addOrganisation(String code, String nameEn, String nameZh, String creditCode) {
        jdbc.sql("insert into organisation (code, name_en, name_zh, credit_code) values (?, ?, ?, ?)")
                .params(code, nameEn, nameZh, creditCode).update();
    }

    /** The organisation's unified social credit code, if it has one. */
    public Optional<String> creditCodeOf(String organisation) {
        return jdbc.sql("select credit_code from organisation where code = ?").param(organisation)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(c -> c);
    }

    public void setCreditCode(String organisation, String creditCode) {
        jdbc.sql("update organisation set credit_code = ? where code = ?").params(creditCode, organisation).update();
    }

    private boolean exists(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Integer.class).single() > 0;
    }
}
