package org.stdtrack.adoption;

import static org.stdtrack.persistence.Timestamps.date;
import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.programme.Organisation;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

/**
 * Adoption declarations: an enterprise declares it implements a published standard, an industry
 * association verifies the declaration in the adoption verification process.
 */
@Service
public class Adoptions {

    private final JdbcClient jdbc;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final AdoptionVerification verification;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final ReferenceData referenceData;

    Adoptions(
            JdbcClient jdbc,
            StandardRepository standards,
            StandardAccess access,
            AdoptionVerification verification,
            AuditTrail audit,
            ProgrammeClock clock,
            ReferenceData referenceData) {
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.standards = standards;
        this.access = access;
        this.verification = verification;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A declaration as the promotion funnel counts it: the enterprise, the standard and its domain, whether and
     * when it was verified, when declared, and what the enterprise aligned.
     */
    public record EnterpriseDeclaration(
            String creditCode,
            long standardId,
            String domain,
            Adoption.Status status,
            Instant declaredAt,
            Instant decidedAt,
            Set<AlignedArea> alignedAreas) {}

    /** Every declaration on the programme's standards, whoever may see them (the funnel counts enterprises). */
    public List<EnterpriseDeclaration> declarationsOf(String programme) {
        return jdbc.sql("""
                select a.credit_code, a.standard_id, s.domain_code, a.status, a.declared_at, a.decided_at,
                       a.aligned_areas
                from adoption a join standard s on s.id = a.standard_id where s.programme_code = ?""")
                .param(programme)
                .query((rs, n) -> new EnterpriseDeclaration(
                        rs.getString("credit_code"),
                        rs.getLong("standard_id"),
                        rs.getString("domain_code"),
                        Adoption.Status.valueOf(rs.getString("status")),
                        instant(rs, "declared_at"),
                        instant(rs, "decided_at"),
                        AlignedArea.fromColumn(rs.getString("aligned_areas"))))
                .list();
    }

    public record Declaration(
            String enterprise,
            String creditCode,
            String scope,
            String productsOrServices,
            LocalDate implementedOn,
            String evidence,
            Set<AlignedArea> alignedAreas,
            String selfDeclaration) {}

    @Transactional
    public Adoption declare(AppUser user, long standardId, Declaration declaration) {
        Standard standard = access.findLocked(user, standardId);
        String codeProblem = CreditCode.problem(declaration.creditCode());
        if (codeProblem != null) {
            throw ApiException.invalid("creditCode", codeProblem).withText("problem.creditCode");
        }
        if (declaration.implementedOn().getYear() < 2000) {
            throw ApiException.invalid("implementedOn", "'implementedOn' must lie after 2000-01-01.")
                    .withText("problem.adoption.before2000");
        }
        if (declaration.implementedOn().isAfter(clock.today())) {
            throw ApiException.invalid(
                            "implementedOn",
                            "An adoption is declared once implemented: the date cannot be in the future.")
                    .withText("problem.adoption.future");
        }
        if (!adoptable(standard)) {
            throw ApiException.conflict("Standard " + standardId + " is " + standard.stage()
                            + ": only a published standard in force can be adopted.")
                    .withText("problem.adoption.notAdoptable", standard.stage());
        }
        boolean onBehalf = declaresOnBehalf(user, declaration.creditCode());
        boolean duplicate =
                jdbc.sql("select count(*) from adoption where standard_id = ? and credit_code = ? and status <> ?")
                                .params(standardId, declaration.creditCode(), Adoption.Status.REJECTED.name())
                                .query(Long.class)
                                .single()
                        > 0;
        if (duplicate) {
            throw ApiException.conflict("Enterprise " + declaration.creditCode() + " has already declared standard "
                            + standardId + ".")
                    .withText("problem.adoption.already", declaration.creditCode());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into adoption (standard_id, enterprise_name, credit_code, scope, products_or_services,
                    implemented_on, evidence, aligned_areas, self_declaration, declared_by, declared_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        standardId,
                        declaration.enterprise(),
                        declaration.creditCode(),
                        declaration.scope(),
                        declaration.productsOrServices(),
                        declaration.implementedOn(),
                        declaration.evidence(),
                        AlignedArea.toColumn(declaration.alignedAreas()),
                        declaration.selfDeclaration(),
                        user.username(),
                        toDb(clock.now()),
                        Adoption.Status.DECLARED.name())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        verification.start(standardId, id);
        audit.done(
                user.username(),
                standardId,
                onBehalf ? AuditAction.DECLARE_ADOPTION_ON_BEHALF : AuditAction.DECLARE_ADOPTION,
                String.valueOf(id),
                declaration.creditCode() + (onBehalf ? " (" + declaration.enterprise() + ")" : ""));
        return find(id);
    }

    /**
     * Whether the declaration is made on an enterprise's behalf (by an association or an administrator);
     * an enterprise account declares for its own organisation's credit code only (403 otherwise), so that
     * nobody can block another company's declaration with a false one.
     */
    private boolean declaresOnBehalf(AppUser user, String creditCode) {
        if (declaresForOthers(user)) {
            return true;
        }
        String own = user.organisation() == null
                ? null
                : referenceData.creditCodeOf(user.organisation()).orElse(null);
        if (own == null) {
            throw ApiException.forbidden("Your account belongs to no organisation with a unified social credit code; "
                            + "an administrator records it, or an association declares on your behalf.")
                    .withText("problem.adoption.noOrganisation");
        }
        if (!own.equals(creditCode)) {
            throw ApiException.forbidden(
                            "An enterprise declares for itself only: your organisation's credit code is " + own + ".")
                    .withText("problem.adoption.ownOnly", own);
        }
        return false;
    }

    /** Only a published standard in force can be adopted. */
    public static boolean adoptable(Standard standard) {
        return standard.stage().isPublished() && standard.stage() != Stage.WITHDRAWN;
    }

    /** Associations and administrators declare on an enterprise's behalf; an enterprise for itself only. */
    public static boolean declaresForOthers(AppUser user) {
        return user.isAdmin() || user.has(Role.ASSOCIATION);
    }

    /** The organisation an enterprise account declares for: its own, when it has a credit code on record. */
    public Optional<Organisation> ownOrganisation(AppUser user) {
        return Optional.ofNullable(user.organisation())
                .flatMap(referenceData::organisation)
                .filter(o -> o.creditCode() != null);
    }

    /** A declaration with the standard it is about, as the declaring enterprise lists them. */
    public record OwnDeclaration(Adoption adoption, String publishedNumber, String title, String titleZh) {}

    /** At most so many of an enterprise's declarations are listed, newest first. */
    static final int MAX_LISTED = 500;

    /** What the user declared and what was declared for their organisation, newest first. */
    public List<OwnDeclaration> declaredBy(AppUser user) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        ownDeclarations(user, clauses, params);
        params.add(MAX_LISTED);
        return jdbc.sql("select a.*, s.published_number, s.title, s.title_zh from adoption a"
                        + " join standard s on s.id = a.standard_id where " + String.join(" and ", clauses)
                        + " order by a.declared_at desc, a.id desc limit ?")
                .params(params)
                .query((rs, n) -> new OwnDeclaration(
                        adoption(rs, n),
                        rs.getString("published_number"),
                        rs.getString("title"),
                        rs.getString("title_zh")))
                .list();
    }

    /** Declarations the user may read: all of them for programme roles and the committee, else their own. */
    public List<Adoption> of(AppUser user, Long standardId, String enterprise) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (standardId != null) {
            Standard standard = access.find(user, standardId);
            clauses.add("a.standard_id = ?");
            params.add(standardId);
            if (!access.seesEverything(user) && !user.isMemberOf(standard.committee())) {
                ownDeclarations(user, clauses, params);
            }
        } else if (!access.seesEverything(user)) {
            ownDeclarations(user, clauses, params);
        }
        if (enterprise != null) {
            clauses.add("(a.credit_code = ? or lower(a.enterprise_name) like ?)");
            params.add(enterprise);
            params.add("%" + enterprise.toLowerCase() + "%");
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        return jdbc.sql("select * from adoption a" + where + " order by a.id")
                .params(params)
                .query(this::adoption)
                .list();
    }

    /** What the user declared, and what was declared for their organisation on its behalf. */
    private void ownDeclarations(AppUser user, List<String> clauses, List<Object> params) {
        String own = user.organisation() == null
                ? null
                : referenceData.creditCodeOf(user.organisation()).orElse(null);
        clauses.add("(a.declared_by = ? or a.credit_code = ?)");
        params.add(user.username());
        params.add(own);
    }

    Adoption find(long id) {
        return jdbc.sql("select * from adoption where id = ?")
                .param(id)
                .query(this::adoption)
                .single();
    }

    private Adoption adoption(ResultSet rs, int row) throws SQLException {
        return new Adoption(
                rs.getLong("id"),
                rs.getLong("standard_id"),
                rs.getString("enterprise_name"),
                rs.getString("credit_code"),
                rs.getString("scope"),
                rs.getString("products_or_services"),
                date(rs, "implemented_on"),
                rs.getString("evidence"),
                AlignedArea.fromColumn(rs.getString("aligned_areas")),
                rs.getString("self_declaration"),
                rs.getString("declared_by"),
                instant(rs, "declared_at"),
                Adoption.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("reason"));
    }
}
