package org.stdtrack.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.lifecycle.Placement;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.Publications;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.StageHistory.ImportedStage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardPlan;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardRepository.NewStandard;
import org.stdtrack.standard.Track;

/**
 * Writes one imported standard: the record, its history dated by the file (each event marked as imported),
 * its plan and development clock, its publication, and its lifecycle placed where it stands.
 */
@Component
class PortfolioHistory {

    private final StandardRepository standards;

    private final StandardPlan standardPlan;

    private final Publications publications;

    private final StageHistory stageHistory;
    private final Placement placement;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final AuditTrail audit;

    PortfolioHistory(
            StandardRepository standards,
            Placement placement,
            Policy policy,
            ProgrammeClock clock,
            AuditTrail audit,
            StageHistory stageHistory,
            StandardPlan standardPlan,
            Publications publications) {
        this.standardPlan = standardPlan;
        this.publications = publications;
        this.stageHistory = stageHistory;
        this.standards = standards;
        this.placement = placement;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
    }

    /** A stage the standard entered on a day of its past, with the code an import records for it. */
    record Entered(Stage stage, String code, LocalDate on) {}

    boolean numberTakenElsewhere(String nationalNumber) {
        return publications.publishedNumberTaken(nationalNumber);
    }

    long create(String programme, ImportedRow row, AppUser user, String fileName) {
        long id = standards.insert(
                new NewStandard(
                        programme,
                        row.title(),
                        row.titleZh(),
                        row.type(),
                        row.domain(),
                        row.committee().code(),
                        row.leadOrganisation(),
                        row.internationalReference(),
                        row.internationalDegree(),
                        null,
                        Track.byDefault(row.internationalDegree()),
                        null,
                        null),
                clock.now(),
                user.username());
        stageHistory.recordImportedHistory(
                id,
                history(row).stream()
                        .map(e -> new ImportedStage(e.stage(), e.code(), day(e.on())))
                        .toList(),
                user.username(),
                "Imported from " + fileName);
        if (row.planNumber() != null && row.planApprovedOn() == null) {
            standardPlan.assignPlanNumber(id, row.planNumber()); // a published standard's, its plan's date unknown
        } else if (row.planNumber() != null) {
            Instant approved = day(row.planApprovedOn());
            standardPlan.startDevelopment(
                    id,
                    row.planNumber(),
                    approved,
                    clock.after(
                            approved, policy.developmentLimit(row.type(), Track.byDefault(row.internationalDegree()))));
        }
        if (row.stage() == Stage.APPROVAL) {
            standardPlan.markSubmittedForApproval(id, day(row.stageEnteredOn()));
        } else if (row.stage().isPublished()) {
            standardPlan.markSubmittedForApproval(id, day(row.publicationDate()));
            publications.recordPublication(id, row.publishedNumber(), row.publicationDate(), row.implementationDate());
        }
        Standard standard = standards.find(id).orElseThrow();
        placement.placeAt(standard, deadlines(row), user.username());
        audit.done(
                user.username(), id, AuditAction.IMPORT_STANDARD, fileName, "line " + row.line() + ": " + row.stage());
        return id;
    }

    /**
     * The events that bring the standard to its stage, in date order: the plan's approval enters drafting,
     * the publication date publication, the implementation date entry into force, the withdrawal date
     * withdrawal, and the current stage its own date.
     */
    static List<Entered> history(ImportedRow row) {
        List<Entered> events = new ArrayList<>();
        Stage stage = row.stage();
        if (row.planApprovedOn() != null) {
            events.add(new Entered(Stage.DRAFTING, "20.00", row.planApprovedOn()));
        }
        switch (stage) {
            case PRELIMINARY -> events.add(new Entered(stage, "00.00", row.stageEnteredOn()));
            case PROPOSAL -> events.add(new Entered(stage, "10.00", row.stageEnteredOn()));
            case DRAFTING -> {}
            case CONSULTATION -> events.add(new Entered(stage, "30.00", row.stageEnteredOn()));
            case TECHNICAL_REVIEW -> events.add(new Entered(stage, "40.00", row.stageEnteredOn()));
            case APPROVAL -> events.add(new Entered(stage, "50.00", row.stageEnteredOn()));
            case CANCELLED ->
                events.add(new Entered(stage, row.planApprovedOn() == null ? "00.98" : "20.98", row.stageEnteredOn()));
            default -> {
                events.add(new Entered(Stage.PUBLISHED, "60.60", row.publicationDate()));
                if (stage != Stage.PUBLISHED) {
                    events.add(new Entered(Stage.IN_FORCE, "60.60", row.implementationDate()));
                }
                if (stage == Stage.PERIODIC_REVIEW) {
                    events.add(new Entered(stage, "90.20", row.stageEnteredOn()));
                }
                if (stage == Stage.WITHDRAWN) {
                    events.add(new Entered(stage, "95.99", row.withdrawnOn()));
                }
            }
        }
        return events;
    }

    /** Comments and votes are taken through the day the file gives; by default for the policy's period. */
    private Placement.Deadlines deadlines(ImportedRow row) {
        Instant consultationClosesAt = row.stage() != Stage.CONSULTATION
                ? null
                : row.commentDeadline() != null
                        ? day(row.commentDeadline().plusDays(1))
                        : clock.after(day(row.stageEnteredOn()), policy.consultationMinPeriod(row.type()));
        Instant ballotClosesAt = row.stage() != Stage.TECHNICAL_REVIEW
                ? null
                : row.ballotClosesOn() != null
                        ? day(row.ballotClosesOn().plusDays(1))
                        : clock.after(day(row.stageEnteredOn()), policy.ballotPeriod());
        Instant inForceAt = row.implementationDate() == null ? null : day(row.implementationDate());
        return new Placement.Deadlines(consultationClosesAt, ballotClosesAt, inForceAt);
    }

    private Instant day(LocalDate date) {
        return clock.startOf(date);
    }
}
