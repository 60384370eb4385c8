package org.stdtrack.patent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * The rules of patent disclosures: the committee's secretariat and drafting group record, update and withdraw
 * them while the standard is open; its secretariat records the committee's decision on a refused licence; who
 * reads them follows the standard (public once published, the committee's working material before).
 */
@Service
public class PatentDisclosures {

    /** The most a search answers. */
    static final int MAX_FOUND = 200;

    public record DisclosureRequest(
            @NotBlank @Size(max = 300) String holder,
            @NotBlank @Size(max = 100) String patentNumber,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 64) String jurisdiction,
            @NotNull PatentDisclosure.Licensing licensing,
            @NotNull LocalDate disclosedOn,
            @Size(max = 64) String documentVersion) {}

    public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {}

    public record PatentDecisionRequest(
            @NotNull PatentDisclosure.Outcome outcome,
            @NotBlank @Size(max = 2000) String reason) {}

    private final PatentRepository repository;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final TableExport exports;

    PatentDisclosures(
            PatentRepository repository,
            StandardAccess access,
            AuditTrail audit,
            ProgrammeClock clock,
            TableExport exports) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.exports = exports;
    }

    /** The committee's secretariat and drafting group, and administrators, record a standard's disclosures. */
    public static boolean mayRecord(AppUser user, Standard standard) {
        return user.isAdmin()
                || user.has(Role.SECRETARIAT, standard.committee())
                || user.has(Role.DRAFTING_GROUP, standard.committee());
    }

    /** Public once the standard is published; before, the committee's working material. */
    public boolean mayRead(AppUser user, Standard standard) {
        return standard.stage().isPublished()
                ? access.canSee(user, standard)
                : access.readsWorkingMaterial(user, standard);
    }

    @Transactional
    public PatentDisclosure disclose(AppUser user, long standardId, DisclosureRequest request) {
        Standard standard = writable(user, standardId);
        checked(request);
        long id = repository.insert(standard.id(), clock.now(), user.username());
        repository.insertVersion(id, 1, request, clock.now(), user.username());
        audit.done(user.username(), standard.id(), AuditAction.DISCLOSE_PATENT, String.valueOf(id), summary(request));
        return disclosure(standard.id(), id);
    }

    @Transactional
    public PatentDisclosure update(AppUser user, long standardId, long disclosureId, DisclosureRequest request) {
        Standard standard = writable(user, standardId);
        PatentDisclosure current = open(standard.id(), disclosureId);
        checked(request);
        repository.insertVersion(disclosureId, current.version() + 1, request, clock.now(), user.username());
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.UPDATE_PATENT_DISCLOSURE,
                String.valueOf(disclosureId),
                "v" + (current.version() + 1) + " " + summary(request));
        return disclosure(standard.id(), disclosureId);
    }

    @Transactional
    public PatentDisclosure withdraw(AppUser user, long standardId, long disclosureId, Withdrawal withdrawal) {
        Standard standard = writable(user, standardId);
        open(standard.id(), disclosureId);
        repository.withdraw(
                disclosureId, clock.now(), user.username(), withdrawal.reason().strip());
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.WITHDRAW_PATENT_DISCLOSURE,
                String.valueOf(disclosureId),
                withdrawal.reason());
        return disclosure(standard.id(), disclosureId);
    }

    /** The committee's decision on a refused licence, recorded by its secretariat, for the disclosure as it now is. */
    @Transactional
    public PatentDisclosure decide(AppUser user, long standardId, long disclosureId, PatentDecisionRequest request) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                            "The committee's decision is recorded by the secretariat of " + standard.committee() + ".")
                    .withText("problem.patent.decidedBy", standard.committee());
        }
        PatentDisclosure current = open(standard.id(), disclosureId);
        if (current.licensing() != PatentDisclosure.Licensing.REFUSED) {
            throw ApiException.conflict("Only a refused licence needs the committee's decision.")
                    .withText("problem.patent.notRefused");
        }
        if (!current.awaitsDecision()) {
            throw ApiException.conflict("The committee has decided on this version already.")
                    .withText("problem.patent.decidedAlready");
        }
        repository.decide(
                disclosureId,
                current.version(),
                request.outcome(),
                request.reason().strip(),
                clock.now(),
                user.username());
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.DECIDE_REFUSED_PATENT,
                String.valueOf(disclosureId),
                request.outcome() + ": " + request.reason());
        return disclosure(standard.id(), disclosureId);
    }

    /**
     * The standard's disclosures and, for a revision, those of the edition it replaces (each names its standard),
     * for a reader who may read them (403 otherwise).
     */
    public List<PatentDisclosure> of(AppUser user, long standardId) {
        Standard standard = access.find(user, standardId);
        if (!mayRead(user, standard)) {
            throw ApiException.forbidden("A standard's patent disclosures are its committee's until it is published.")
                    .withText("problem.patent.notYet");
        }
        return standard.revisionOf() == null
                ? repository.of(List.of(standard.id()))
                : repository.of(List.of(standard.revisionOf(), standard.id()));
    }

    /** The standard's own disclosures, as the gate and the package read them (no reader: the process asks). */
    public List<PatentDisclosure> ofStandard(long standardId) {
        return repository.of(List.of(standardId));
    }

    /**
     * Disclosures across the tracker by holder and standard, as far as the reader may read them: of published
     * standards, and of standards in development where the reader reads the committee's working material.
     */
    public List<PatentDisclosure> search(AppUser user, String holder, Long standardId) {
        return repository.search(
                blank(holder) ? null : holder, standardId, access.workingMaterialCommittees(user), MAX_FOUND);
    }

    /** The list the submission package carries: every disclosure of the standard, in Chinese as SAC files it. */
    public byte[] packageList(long standardId) {
        List<List<Object>> rows = ofStandard(standardId).stream()
                .map(d -> Arrays.<Object>asList(
                        d.patentNumber(),
                        d.title(),
                        d.holder(),
                        d.jurisdiction(),
                        Table.label("patentLicensing", d.licensing()),
                        d.disclosedOn(),
                        d.documentVersion(),
                        d.version(),
                        d.withdrawn() ? new Table.Label("patent.withdrawn") : new Table.Label("patent.current"),
                        d.decision() == null
                                ? null
                                : Table.label("patentOutcome", d.decision().outcome()),
                        d.decision() == null ? null : d.decision().reason()))
                .toList();
        return exports.csvFile(
                new Table(
                        "patent-disclosures",
                        List.of(
                                "column.patentNumber",
                                "column.title",
                                "column.holder",
                                "column.jurisdiction",
                                "column.licensing",
                                "column.disclosedOn",
                                "column.documentVersion",
                                "column.version",
                                "column.status",
                                "column.decision",
                                "column.decisionReason"),
                        rows),
                Locale.CHINESE);
    }

    private Standard writable(AppUser user, long standardId) {
        Standard standard = access.findLocked(user, standardId);
        if (!mayRecord(user, standard)) {
            throw ApiException.forbidden("Patent disclosures of standard " + standard.id()
                            + " are recorded by the secretariat and the drafting group of " + standard.committee()
                            + ".")
                    .withText("problem.patent.recordedBy", standard.committee());
        }
        if (standard.stage().isClosed()) {
            throw ApiException.conflict("Standard " + standard.id() + " is " + standard.stage()
                            + "; its disclosures can be read but no longer changed.")
                    .withText("problem.patent.closed", standard.stage());
        }
        return standard;
    }

    private PatentDisclosure open(long standardId, long disclosureId) {
        PatentDisclosure d = disclosure(standardId, disclosureId);
        if (d.withdrawn()) {
            throw ApiException.conflict("The disclosure was withdrawn; it is kept as it was.")
                    .withText("problem.patent.withdrawn");
        }
        return d;
    }

    private PatentDisclosure disclosure(long standardId, long disclosureId) {
        return repository.of(List.of(standardId)).stream()
                .filter(d -> d.id() == disclosureId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(
                                "Standard " + standardId + " has no patent disclosure " + disclosureId + ".")
                        .withText("problem.patent.none", disclosureId));
    }

    private void checked(DisclosureRequest request) {
        if (request.disclosedOn().isAfter(clock.today())) {
            throw ApiException.invalid("disclosedOn", "A disclosure is dated on or before today.")
                    .withText("problem.patent.future");
        }
    }

    private static String summary(DisclosureRequest r) {
        return r.patentNumber() + " (" + r.holder() + ", " + r.licensing() + ")";
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
