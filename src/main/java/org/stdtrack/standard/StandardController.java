package org.stdtrack.standard;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.stdtrack.identity.AppUser;

/** Reading standards. Creating and moving them is the lifecycle's business. */
@RestController
@RequestMapping("/api/standards")
@Validated
class StandardController {

    private final StandardRepository standards;

    private final StageHistory stageHistory;
    private final StandardAccess access;
    private final OpenTasks openTasks;
    private final ActionHolders actionHolders;
    private final Clock clock;
    private final TableExport exports;
    private final StageDurations stageDurations;
    private final PlanChanges planChanges;
    private final PlanFreeze freeze;
    private final ReferenceWarning.Source referenceWarnings;

    StandardController(
            StandardRepository standards,
            StandardAccess access,
            OpenTasks openTasks,
            ActionHolders actionHolders,
            Clock clock,
            TableExport exports,
            StageDurations stageDurations,
            PlanChanges planChanges,
            PlanFreeze freeze,
            ReferenceWarning.Source referenceWarnings,
            StageHistory stageHistory) {
        this.stageHistory = stageHistory;
        this.referenceWarnings = referenceWarnings;
        this.stageDurations = stageDurations;
        this.planChanges = planChanges;
        this.freeze = freeze;
        this.exports = exports;
        this.standards = standards;
        this.access = access;
        this.openTasks = openTasks;
        this.actionHolders = actionHolders;
        this.clock = clock;
    }

    record Summary(
            long id,
            String programme,
            String title,
            String titleZh,
            StandardType type,
            String domain,
            String committee,
            Stage stage,
            String stageCode,
            boolean overdue,
            /** When it entered the stage it has waited in longer than the stage's typical time; else null. */
            Instant stalledSince,
            String planNumber,
            String publishedNumber,
            /** Who it waits on, longest waiting first (in development only). */
            List<ActionHolders.ActionHolder> actionHolders,
            /** What it waits for when no one has a task in it; else null. */
            ActionHolders.WaitingFor waitingFor) {

        static Summary of(Standard s, Instant now, StageDurations stageDurations, ActionHolders.Waiting waiting) {
            return new Summary(
                    s.id(),
                    s.programme(),
                    s.title(),
                    s.titleZh(),
                    s.type(),
                    s.domain(),
                    s.committee(),
                    s.stage(),
                    s.stageCode(),
                    s.isOverdue(now),
                    stageDurations.stalledSince(s, now).orElse(null),
                    s.planNumber(),
                    s.publishedNumber(),
                    waiting.actionHolders(),
                    waiting.waitingFor());
        }
    }

    /**
     * {@code total} counts every match of the filters; a word search counts up to {@link
     * StandardRepository#WORDS_COUNTED}, and beyond that {@code more} is true.
     */
    record Page(List<Summary> items, int page, int size, long total, boolean more) {}

    /** Named apart from the registration's request type of the same simple name, which has limits. */
    @Schema(name = "InternationalReference")
    record International(String reference, InternationalDegree degree) {}

    /** A converted or adopted sector or group standard: its number, and since when it has been in use. */
    @Schema(name = "SourceStandard")
    record Source(String number, LocalDate inUseSince) {}

    record Detail(
            long id,
            String programme,
            String title,
            String titleZh,
            StandardType type,
            String domain,
            String committee,
            String leadOrganisation,
            International international,
            /** The regular procedure or a fast track; with the sector or group standard it takes up. */
            Track track,
            Source source,
            Stage stage,
            String stageCode,
            boolean overdue,
            /** Overdue past the policy's freeze: its tasks are refused until a plan change is decided. */
            boolean frozen,
            /** When it entered the stage it has waited in longer than the stage's typical time; else null. */
            Instant stalledSince,
            /** Who it waits on, longest waiting first (in development only). */
            List<ActionHolders.ActionHolder> actionHolders,
            /** What it waits for when no one has a task in it; else null. */
            ActionHolders.WaitingFor waitingFor,
            String planNumber,
            String publishedNumber,
            LocalDate publicationDate,
            LocalDate implementationDate,
            Instant developmentStartedAt,
            Instant developmentDueAt,
            Instant submittedForApprovalAt,
            /** When the public notice before approval (sector standards) ends; null when none was given. */
            Instant approvalNoticeEndsAt,
            /** When its last periodic review concluded (confirmed, revised or amended); null before the first. */
            Instant lastReviewedAt,
            Long revisionOf,
            List<Long> revisions,
            Instant createdAt,
            String createdBy,
            List<StageEvent> history,
            List<OpenTasks.OpenTask> tasks,
            /** Extensions, changes and termination of the plan, with their decisions. */
            List<PlanChange> planChanges,
            /** Cited standards since withdrawn or superseded. */
            List<ReferenceWarning> referenceWarnings) {}

    @GetMapping
    ResponseEntity<?> list(
            AppUser user,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) StandardType type,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            HttpServletRequest request) {
        Instant now = clock.instant();
        var filter = access.restrict(user, programme, stage, domain, committee, q, type, overdue ? now : null);
        List<Standard> found = standards.search(filter, (long) page * size, size);
        Map<Long, ActionHolders.Waiting> waiting = actionHolders.of(user, found);
        List<Summary> items = found.stream()
                .map(s ->
                        Summary.of(s, now, stageDurations, waiting.getOrDefault(s.id(), ActionHolders.Waiting.NOTHING)))
                .toList();
        StandardRepository.Count count = standards.listCount(filter);
        Page result = new Page(items, page, size, count.total(), count.more());
        return exports.respond(
                request,
                result,
                () -> new Table(
                        "standards",
                        List.of(
                                "column.id",
                                "column.title",
                                "column.titleZh",
                                "column.type",
                                "column.domain",
                                "column.committee",
                                "column.stage",
                                "column.stageCode",
                                "column.overdue",
                                "column.planNumber",
                                "column.publishedNumber"),
                        items.stream()
                                .map(s -> Arrays.<Object>asList(
                                        s.id(),
                                        s.title(),
                                        s.titleZh(),
                                        s.type().name(),
                                        s.domain(),
                                        s.committee(),
                                        Table.label("stage", s.stage()),
                                        s.stageCode(),
                                        s.overdue(),
                                        s.planNumber(),
                                        s.publishedNumber()))
                                .toList()));
    }

    @GetMapping("/{id}")
    Detail get(AppUser user, @PathVariable long id) {
        Standard s = access.find(user, id);
        ActionHolders.Waiting waiting = actionHolders.of(user, s);
        International international = s.internationalReference() == null
                ? null
                : new International(s.internationalReference(), s.internationalDegree());
        return new Detail(
                s.id(),
                s.programme(),
                s.title(),
                s.titleZh(),
                s.type(),
                s.domain(),
                s.committee(),
                s.leadOrganisation(),
                international,
                s.track(),
                s.sourceStandard() == null ? null : new Source(s.sourceStandard(), s.sourceInUseSince()),
                s.stage(),
                s.stageCode(),
                s.isOverdue(clock.instant()),
                freeze.isFrozen(s),
                stageDurations.stalledSince(s, clock.instant()).orElse(null),
                waiting.actionHolders(),
                waiting.waitingFor(),
                s.planNumber(),
                s.publishedNumber(),
                s.publicationDate(),
                s.implementationDate(),
                s.developmentStartedAt(),
                s.developmentDueAt(),
                s.submittedForApprovalAt(),
                s.approvalNoticeEndsAt(),
                stageHistory.lastReviewedAt(id).orElse(null),
                s.revisionOf(),
                standards.revisionsOf(id),
                s.createdAt(),
                s.createdBy(),
                stageHistory.history(id),
                openTasks.of(user, s),
                planChanges.of(id),
                referenceWarnings.of(id));
    }
}
