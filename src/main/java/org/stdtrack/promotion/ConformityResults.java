package org.stdtrack.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * Results of conformity assessments (a certification or testing scheme) of enterprises against a programme's
 * standards, each valid for a period: a valid PASS makes its enterprise "assessed". Associations, the
 * programme's managers and administrators record and read them; an enterprise reads its own.
 */
@Service
public class ConformityResults {

    public enum Result {
        PASS,
        FAIL
    }

    public record ResultRequest(
            @NotBlank @Size(max = 32) String programme,
            @NotBlank @Size(max = 200) String enterprise,
            @NotBlank @Size(max = 18) String creditCode,
            @NotBlank @Size(max = 200) String scheme,
            @NotEmpty @Size(max = 50) List<@NotNull Long> standards,
            @NotNull Result result,
            @Size(max = 200) String certificateReference,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil) {}

    public record ConformityResult(
            long id,
            String programme,
            String enterprise,
            String creditCode,
            String scheme,
            List<Long> standards,
            Result result,
            String certificateReference,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant recordedAt,
            String recordedBy) {

        /** A PASS whose validity covers the day. */
        public boolean validPassOn(LocalDate day) {
            return result == Result.PASS && !day.isBefore(validFrom) && !day.isAfter(validUntil);
        }
    }

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final ProgrammeClock clock;
    private final AuditTrail audit;

    ConformityResults(
            JdbcClient jdbc,
            ReferenceData referenceData,
            StandardRepository standards,
            ProgrammeClock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.standards = standards;
        this.clock = clock;
        this.audit = audit;
    }

    static boolean keeps(AppUser user, String programme) {
        return user.isAdmin() || user.managesProgramme(programme) || user.has(Role.ASSOCIATION);
    }

    @Transactional
    public ConformityResult record(AppUser user, ResultRequest r) {
        referenceData.requireProgramme(r.programme());
        if (!keeps(user, r.programme())) {
            throw ApiException.forbidden("Associations, the programme's managers and administrators record results.")
                    .withText("problem.conformity.notKeeper");
        }
        String code = r.creditCode().strip().toUpperCase(Locale.ROOT);
        String codeProblem = CreditCode.problem(code);
        if (codeProblem != null) {
            throw ApiException.invalid("creditCode", codeProblem).withText("problem.creditCode");
        }
        if (r.validUntil().isBefore(r.validFrom())) {
            throw ApiException.invalid("validUntil", "A result's validity ends after it begins.")
                    .withText("problem.conformity.validity");
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>(r.standards());
        Map<Long, Standard> found = standards.find(ids);
        for (Long id : ids) {
            Standard s = found.get(id);
            if (s == null || !s.programme().equals(r.programme()) || !s.stage().isPublished()) {
                throw ApiException.invalid(
                                "standards", "Standard " + id + " is no published standard of " + r.programme() + ".")
                        .withText("problem.conformity.standard", id, r.programme());
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into conformity_result (programme_code, enterprise, credit_code, scheme, result,
                    certificate_reference, valid_from, valid_until, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.programme(),
                        r.enterprise().strip(),
                        code,
                        r.scheme().strip(),
                        r.result().name(),
                        PromotionEvents.blank(r.certificateReference())
                                ? null
                                : r.certificateReference().strip(),
                        r.validFrom(),
                        r.validUntil(),
                        Timestamps.toDb(clock.now()),
                        user.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Long standard : ids) {
            jdbc.sql("insert into conformity_result_standard (result_id, standard_id) values (?, ?)")
                    .params(id, standard)
                    .update();
        }
        audit.done(
                user.username(),
                null,
                AuditAction.RECORD_CONFORMITY_RESULT,
                String.valueOf(id),
                r.result() + " " + code);
        return results(r.programme(), null).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The programme's results as the reader may read them: all for those who keep them, an enterprise its own. */
    public List<ConformityResult> read(AppUser user, String programme) {
        referenceData.requireProgramme(programme);
        if (keeps(user, programme)) {
            return results(programme, null);
        }
        String own = EnterpriseAccounts.creditCodeOf(user, referenceData);
        if (own == null) {
            throw ApiException.forbidden("Conformity results are for those who keep them and the enterprise's own.")
                    .withText("problem.conformity.notYours");
        }
        return results(programme, own);
    }

    /** Every result of the programme (of one enterprise when its code is given), oldest first. */
    List<ConformityResult> results(String programme, String creditCode) {
        Map<Long, List<Long>> standardsOf = new HashMap<>();
        jdbc.sql("""
                select rs.result_id, rs.standard_id from conformity_result_standard rs
                join conformity_result r on r.id = rs.result_id where r.programme_code = ? order by rs.standard_id""").param(programme).query(rs -> {
            standardsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return jdbc.sql("select * from conformity_result where programme_code = ?"
                        + (creditCode == null ? "" : " and credit_code = ?") + " order by id")
                .params(creditCode == null ? List.of(programme) : List.of(programme, creditCode))
                .query((rs, n) -> result(rs, standardsOf))
                .list();
    }

    private static ConformityResult result(ResultSet rs, Map<Long, List<Long>> standardsOf) throws SQLException {
        long id = rs.getLong("id");
        return new ConformityResult(
                id,
                rs.getString("programme_code"),
                rs.getString("enterprise"),
                rs.getString("credit_code"),
                rs.getString("scheme"),
                List.copyOf(standardsOf.getOrDefault(id, List.of())),
                Result.valueOf(rs.getString("result")),
                rs.getString("certificate_reference"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                Timestamps.instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }
}
