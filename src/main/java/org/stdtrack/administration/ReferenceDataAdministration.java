package org.stdtrack.administration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.policy.Policy;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.DateRange;
import org.stdtrack.problem.OneLine;
import org.stdtrack.problem.ReadOnlyFields;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.CommitteeCreated;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.programme.Domain;
import org.stdtrack.programme.Organisation;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.programme.ReferenceData.Table;

/**
 * Changes to the reference data, for the API and the pages alike: administrators only, each checked
 * against the rest of the data, each audited. Codes never change once given, and nothing is deleted: a
 * domain is retired instead.
 */
@Service
public class ReferenceDataAdministration {

    /** Codes: capitals, digits, '.', '_' and '-', as they appear in addresses and file columns. */
    static final String CODE = "[A-Z0-9][A-Z0-9._-]*";
    /** A sector prefix such as YD/T, SJ/T or a mandatory sector prefix such as YD. */
    static final String SECTOR_PREFIX = "[A-Z]{1,4}(/[TZ])?";

    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    private final Policy.CommitteeDefaults defaults;

    ReferenceDataAdministration(
            ReferenceData referenceData, AuditTrail audit, ApplicationEventPublisher events, Policy policy) {
        this.defaults = policy.committeeDefaults();
        this.referenceData = referenceData;
        this.audit = audit;
        this.events = events;
    }

    public record ProgrammeTerms(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "read-only; accepted unchanged")
            @Size(max = 32)
            String code,

            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @NotNull @Min(1) @Max(100_000) Integer targetStandards,
            @NotNull LocalDate targetDate,
            @NotNull @Min(0) @Max(10_000_000) Integer targetEnterprises,

            @Schema(description = "which reading of the enterprise target counts; IMPLEMENTING unless named")
            Programme.EnterprisesReading targetEnterprisesReading) {

        Programme of(String code) {
            return new Programme(
                    code,
                    nameEn.strip(),
                    nameZh.strip(),
                    targetStandards,
                    targetDate,
                    targetEnterprises,
                    targetEnterprisesReading == null
                            ? Programme.EnterprisesReading.IMPLEMENTING
                            : targetEnterprisesReading);
        }
    }

    public record NewProgramme(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE)
            String code,

            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @NotNull @Min(1) @Max(100_000) Integer targetStandards,
            @NotNull LocalDate targetDate,
            @NotNull @Min(0) @Max(10_000_000) Integer targetEnterprises,

            @Schema(description = "which reading of the enterprise target counts; IMPLEMENTING unless named")
            Programme.EnterprisesReading targetEnterprisesReading) {

        ProgrammeTerms terms() {
            return new ProgrammeTerms(
                    null, nameEn, nameZh, targetStandards, targetDate, targetEnterprises, targetEnterprisesReading);
        }
    }

    public record NewDomain(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE)
            String code,

            @Size(max = 32) String parent,
            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh) {}

    /** A domain's names, its position in the taxonomy's order, and whether it is retired. */
    public record DomainChange(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "read-only; accepted unchanged")
            @Size(max = 32)
            String code,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "read-only; accepted unchanged")
            @Size(max = 32)
            String parent,

            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @NotNull @Min(1) @Max(1_000_000) Integer position,
            @NotNull Boolean retired) {}

    /**
     * A committee's names, prefix and procedural settings. A change replaces them all: a setting left out
     * takes its default (the review mode of the committee's level, the policy's committee defaults, no
     * competent department).
     */
    public record CommitteeTerms(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "read-only; accepted unchanged")
            @Size(max = 32)
            String code,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "read-only; accepted unchanged")
            Committee.Level level,

            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @Size(max = 16) @Pattern(regexp = SECTOR_PREFIX) String sectorPrefix,
            Committee.ReviewMode reviewMode,
            Committee.ProposalSupport proposalSupport,
            @Min(1) @Max(1000) Integer proposalSupporters,
            Boolean proposalPackage,
            Boolean recusal,
            Committee.CompetentDepartment competentDepartment,
            @Valid CountingBases ballotRule) {}

    public record NewCommittee(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE)
            String code,

            @NotNull Committee.Level level,
            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @Size(max = 16) @Pattern(regexp = SECTOR_PREFIX) String sectorPrefix,
            Committee.ReviewMode reviewMode,
            Committee.ProposalSupport proposalSupport,
            @Min(1) @Max(1000) Integer proposalSupporters,
            Boolean proposalPackage,
            Boolean recusal,
            Committee.CompetentDepartment competentDepartment,
            @Valid CountingBases ballotRule) {

        CommitteeTerms terms() {
            return new CommitteeTerms(
                    null,
                    null,
                    nameEn,
                    nameZh,
                    sectorPrefix,
                    reviewMode,
                    proposalSupport,
                    proposalSupporters,
                    proposalPackage,
                    recusal,
                    competentDepartment,
                    ballotRule);
        }
    }

    public record OrganisationTerms(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "read-only; accepted unchanged")
            @Size(max = 32)
            String code,

            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @Size(max = 18) String creditCode) {}

    public record NewOrganisation(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE)
            String code,

            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @Size(max = 18) String creditCode) {

        OrganisationTerms terms() {
            return new OrganisationTerms(null, nameEn, nameZh, creditCode);
        }
    }

    /** What a committee's settings are when a request leaves them out: the policy's committee defaults. */
    public Policy.CommitteeDefaults committeeDefaults() {
        return defaults;
    }

    @Transactional
    public Programme create(AppUser admin, NewProgramme request) {
        requireAdmin(admin);
        requireNew(Table.PROGRAMME, request.code());
        Programme programme = checked(request.terms()).of(request.code());
        referenceData.insert(programme);
        audit.done(admin.username(), null, AuditAction.CREATE_PROGRAMME, programme.code(), describe(programme));
        return programme;
    }

    @Transactional
    public Programme update(AppUser admin, String code, ProgrammeTerms terms) {
        requireAdmin(admin);
        requireExisting(Table.PROGRAMME, code);
        ReadOnlyFields.requireUnchanged("code", terms.code(), code);
        Programme programme = checked(terms).of(code);
        referenceData.update(programme);
        audit.done(admin.username(), null, AuditAction.UPDATE_PROGRAMME, code, describe(programme));
        return programme;
    }

    @Transactional
    public Domain create(AppUser admin, NewDomain request) {
        requireAdmin(admin);
        requireNew(Table.DOMAIN, request.code());
        String parent = blankAsNull(request.parent());
        if (parent != null) {
            Domain parentDomain = referenceData
                    .domain(parent)
                    .orElseThrow(() -> ApiException.invalid("parent", "No domain with code '" + parent + "'."));
            if (parentDomain.parent() != null) {
                throw ApiException.invalid(
                        "parent",
                        "The taxonomy has two levels: '" + parent + "' is itself a sub-area of " + parentDomain.parent()
                                + ".");
            }
            if (parentDomain.retired()) {
                throw ApiException.invalid("parent", "Domain '" + parent + "' is retired.");
            }
            if (!request.code().startsWith(parent + ".")) {
                throw ApiException.invalid(
                        "code",
                        "A sub-area's code starts with its domain's: " + parent + "." + "…, not '" + request.code()
                                + "'.");
            }
        } else if (request.code().contains(".")) {
            throw ApiException.invalid("code", "Only a sub-area's code has a '.'; name its domain as 'parent'.");
        }
        Domain domain = new Domain(
                request.code(),
                parent,
                request.nameEn().strip(),
                request.nameZh().strip(),
                referenceData.nextDomainPosition(),
                false);
        referenceData.insert(domain);
        audit.done(
                admin.username(),
                null,
                AuditAction.CREATE_DOMAIN,
                domain.code(),
                domain.nameEn() + " / " + domain.nameZh());
        return domain;
    }

    @Transactional
    public Domain update(AppUser admin, String code, DomainChange change) {
        requireAdmin(admin);
        requireExisting(Table.DOMAIN, code);
        Domain before = referenceData.domain(code).orElseThrow();
        ReadOnlyFields.requireUnchanged("code", change.code(), code);
        ReadOnlyFields.requireUnchanged("parent", change.parent(), before.parent());
        Domain domain = new Domain(
                code,
                before.parent(),
                change.nameEn().strip(),
                change.nameZh().strip(),
                change.position(),
                change.retired());
        referenceData.update(domain);
        audit.done(
                admin.username(),
                null,
                AuditAction.UPDATE_DOMAIN,
                code,
                domain.nameEn() + " / " + domain.nameZh() + ", position " + domain.position()
                        + (domain.retired() ? ", retired" : ""));
        return domain;
    }

    @Transactional
    public Committee create(AppUser admin, NewCommittee request) {
        requireAdmin(admin);
        requireNew(Table.COMMITTEE, request.code());
        String group = EngineGroups.secretariat(request.code());
        referenceData.committees().stream()
                .filter(c -> EngineGroups.secretariat(c.code()).equals(group))
                .findFirst()
                .ifPresent(c -> {
                    throw ApiException.conflict("Committee codes '" + c.code() + "' and '" + request.code()
                            + "' differ only in punctuation, which the engine's group names leave out.");
                });
        Committee committee = committee(request.code(), request.level(), request.terms());
        referenceData.insert(committee);
        events.publishEvent(new CommitteeCreated(committee.code()));
        audit.done(admin.username(), null, AuditAction.CREATE_COMMITTEE, committee.code(), describe(committee));
        return committee;
    }

    @Transactional
    public Committee update(AppUser admin, String code, CommitteeTerms terms) {
        requireAdmin(admin);
        requireExisting(Table.COMMITTEE, code);
        Committee.Level level = referenceData.committee(code).orElseThrow().level();
        ReadOnlyFields.requireUnchanged("code", terms.code(), code);
        ReadOnlyFields.requireUnchanged("level", terms.level(), level);
        Committee committee = committee(code, level, terms);
        referenceData.update(committee);
        audit.done(admin.username(), null, AuditAction.UPDATE_COMMITTEE, code, describe(committee));
        return committee;
    }

    @Transactional
    public Organisation create(AppUser admin, NewOrganisation request) {
        requireAdmin(admin);
        requireNew(Table.ORGANISATION, request.code());
        Organisation organisation = organisation(request.code(), request.terms());
        referenceData.insert(organisation);
        audit.done(
                admin.username(), null, AuditAction.CREATE_ORGANISATION, organisation.code(), describe(organisation));
        return organisation;
    }

    @Transactional
    public Organisation update(AppUser admin, String code, OrganisationTerms terms) {
        requireAdmin(admin);
        requireExisting(Table.ORGANISATION, code);
        ReadOnlyFields.requireUnchanged("code", terms.code(), code);
        Organisation organisation = organisation(code, terms);
        referenceData.update(organisation);
        audit.done(admin.username(), null, AuditAction.UPDATE_ORGANISATION, code, describe(organisation));
        return organisation;
    }

    private static ProgrammeTerms checked(ProgrammeTerms terms) {
        DateRange.require("targetDate", terms.targetDate());
        return terms;
    }

    /**
     * A national committee has no sector prefix; a sector committee needs one, other than the national ones.
     * Settings left out take their defaults.
     */
    private Committee committee(String code, Committee.Level level, CommitteeTerms terms) {
        String prefix = blankAsNull(terms.sectorPrefix());
        if (level == Committee.Level.NATIONAL && prefix != null) {
            throw ApiException.invalid(
                    "sectorPrefix",
                    "A national committee's standards are numbered GB, GB/T or GB/Z: it has no sector prefix.");
        }
        if (level == Committee.Level.SECTOR && prefix == null) {
            throw ApiException.invalid(
                    "sectorPrefix",
                    "A sector committee needs the prefix of its standards' numbers, such as YD/T or SJ/T.");
        }
        if (prefix != null && prefix.startsWith("GB")) {
            throw ApiException.invalid("sectorPrefix", "GB, GB/T and GB/Z number national standards, not sector ones.");
        }
        return new Committee(
                code,
                level,
                terms.nameEn().strip(),
                terms.nameZh().strip(),
                prefix,
                orDefault(terms.reviewMode(), level.defaultReviewMode()),
                orDefault(terms.proposalSupport(), defaults.proposalSupport()),
                orDefault(terms.proposalSupporters(), defaults.proposalSupporters()),
                orDefault(terms.proposalPackage(), defaults.proposalPackage()),
                orDefault(terms.recusal(), defaults.recusal()),
                terms.competentDepartment(),
                orDefault(terms.ballotRule(), defaults.ballotRule()));
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** A credit code is valid by GB 32100 and belongs to one organisation only. */
    private Organisation organisation(String code, OrganisationTerms terms) {
        String creditCode = blankAsNull(terms.creditCode());
        if (creditCode != null) {
            String problem = CreditCode.problem(creditCode);
            if (problem != null) {
                throw ApiException.invalid("creditCode", problem);
            }
            referenceData
                    .organisationWithCreditCode(creditCode)
                    .filter(holder -> !holder.equals(code))
                    .ifPresent(holder -> {
                        throw ApiException.conflict("Credit code " + creditCode + " belongs to " + holder + ".");
                    });
        }
        return new Organisation(code, terms.nameEn().strip(), terms.nameZh().strip(), creditCode);
    }

    private static void requireAdmin(AppUser user) {
        if (!user.isAdmin()) {
            throw ApiException.forbidden("Only administrators change the reference data.");
        }
    }

    /** 409 when the code is taken (a request creating it at the same moment fails on its primary key: 409 too). */
    private void requireNew(Table table, String code) {
        if (referenceData.lock(table, code)) {
            throw ApiException.conflict(
                    "A " + name(table) + " with code '" + code + "' already exists; codes never change.");
        }
    }

    /** Locks the row to change, so that concurrent changes apply one after the other; 404 when there is none. */
    private void requireExisting(Table table, String code) {
        if (!referenceData.lock(table, code)) {
            throw ApiException.notFound("No " + name(table) + " with code '" + code + "'.");
        }
    }

    private static String name(Table table) {
        return table.name().toLowerCase(Locale.ROOT);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(Programme p) {
        return p.nameEn() + " / " + p.nameZh() + ": " + p.targetStandards() + " standards and " + p.targetEnterprises()
                + " enterprises by " + p.targetDate();
    }

    private static String describe(Committee c) {
        return c.level() + " " + c.nameEn() + " / " + c.nameZh()
                + (c.sectorPrefix() == null ? "" : ", " + c.sectorPrefix()) + "; review " + c.reviewMode()
                + ", proposals " + c.proposalSupport()
                + (c.proposalSupport() == Committee.ProposalSupport.SUPPORTERS
                        ? " (" + c.proposalSupporters() + ")"
                        : "")
                + (c.proposalPackage() ? " with their package" : "")
                + (c.recusal() ? ", recusal" : ", no recusal") + ", competent department "
                + (c.competentDepartment() == null ? "none" : c.competentDepartment()) + ", ballot "
                + c.ballotRule().participationBase() + "/" + c.ballotRule().abstentions();
    }

    private static String describe(Organisation o) {
        return o.nameEn() + " / " + o.nameZh() + (o.creditCode() == null ? "" : ", " + o.creditCode());
    }
}
