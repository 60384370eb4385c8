package org.stdtrack.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stdtrack.adoption.Adoption;
import org.stdtrack.identity.AppUser;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardConditions;

/**
 * The "1,000 enterprises" KPI: distinct enterprises (by unified social credit code) with at least one
 * verified declaration against the programme's standards; and the alignment with international
 * standards, where IDT and MOD count and NEQ is listed only.
 */
@Service
class AdoptionReports {

    private static final String DOMAIN = StageCounts.GroupBy.DOMAIN.expression;
    /** What counts toward the guideline's enterprises: a declaration the association verified. */
    private static final String VERIFIED = Adoption.Status.VERIFIED.name();

    private final ReferenceData referenceData;
    private final JdbcClient jdbc;
    private final StandardAccess access;

    AdoptionReports(ReferenceData referenceData, JdbcClient jdbc, StandardAccess access) {
        this.access = access;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
    }

    record Declarations(long total, long declared, long verified, long rejected) {}

    record DomainAdoption(String key, String nameEn, String nameZh, long verifiedEnterprises, long declarations) {}

    record StandardAdoption(
            long standardId, String title, String publishedNumber, long verifiedEnterprises, long declarations) {}

    record Aligned(long id, String title, String reference, String degree, boolean counted) {}

    record Alignment(long aligned, long identical, long modified, long notEquivalent, List<Aligned> standards) {}

    record AdoptionReport(
            String programme,
            int targetEnterprises,
            long verifiedEnterprises,
            Declarations declarations,
            List<DomainAdoption> byDomain,
            List<StandardAdoption> byStandard,
            Alignment internationalAlignment) {}

    /** The counts are the programme's; the per-standard rows only the standards the reader may see. */
    AdoptionReport report(AppUser reader, String programme) {
        Programme p = referenceData.requireProgramme(programme);
        String code = p.code();
        long verifiedEnterprises =
                jdbc.sql("""
                select count(distinct a.credit_code) from adoption a join standard s on s.id = a.standard_id
                where s.programme_code = ? and a.status = ?""").params(code, VERIFIED).query(Long.class).single();
        Declarations declarations = jdbc.sql("""
                select count(*), sum(case when a.status = ? then 1 else 0 end),
                       sum(case when a.status = ? then 1 else 0 end), sum(case when a.status = ? then 1 else 0 end)
                from adoption a join standard s on s.id = a.standard_id where s.programme_code = ?""")
                .params(Adoption.Status.DECLARED.name(), VERIFIED, Adoption.Status.REJECTED.name(), code)
                .query((rs, n) -> new Declarations(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();

        Map<String, long[]> perDomain = new LinkedHashMap<>();
        jdbc.sql("select " + DOMAIN
                        + ", count(distinct case when a.status = ? then a.credit_code end), count(*) "
                        + "from adoption a join standard s on s.id = a.standard_id where s.programme_code = ? group by "
                        + DOMAIN)
                .params(VERIFIED, code)
                .query(rs -> {
                    perDomain.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<DomainAdoption> byDomain = new ArrayList<>();
        referenceData.domains().stream().filter(d -> d.parent() == null).forEach(d -> {
            long[] counts = perDomain.getOrDefault(d.code(), new long[2]);
            byDomain.add(new DomainAdoption(d.code(), d.nameEn(), d.nameZh(), counts[0], counts[1]));
        });

        List<StandardAdoption> byStandard = new ArrayList<>();
        jdbc.sql("""
                select s.id, s.title, s.published_number, s.committee_code, s.stage,
                       count(distinct case when a.status = ? then a.credit_code end), count(a.id)
                from standard s left join adoption a on a.standard_id = s.id
                where s.programme_code = ? and %s
                group by s.id, s.title, s.published_number, s.committee_code, s.stage order by s.id""".formatted(StandardConditions.published("s")))
                .params(VERIFIED, code)
                .query(rs -> {
                    if (access.canSee(reader, rs.getString(4), Stage.valueOf(rs.getString(5)))) {
                        byStandard.add(new StandardAdoption(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(6), rs.getLong(7)));
                    }
                });

        long[] degrees = new long[3];
        List<Aligned> visible = new ArrayList<>();
        jdbc.sql("""
                select id, title, international_reference, international_degree, committee_code, stage from standard
                where programme_code = ? and international_degree is not null and stage <> ? order by id""").params(code, Stage.CANCELLED.name()).query(rs -> {
            String degree = rs.getString(4);
            degrees[degree.equals("IDT") ? 0 : degree.equals("MOD") ? 1 : 2]++;
            if (access.canSee(reader, rs.getString(5), Stage.valueOf(rs.getString(6)))) {
                visible.add(
                        new Aligned(rs.getLong(1), rs.getString(2), rs.getString(3), degree, !"NEQ".equals(degree)));
            }
        });
        return new AdoptionReport(
                code,
                p.targetEnterprises(),
                verifiedEnterprises,
                declarations,
                byDomain,
                byStandard,
                new Alignment(degrees[0] + degrees[1], degrees[0], degrees[1], degrees[2], visible));
    }
}
