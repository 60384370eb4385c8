package org.stdtrack.dossier;

import static java.util.stream.Collectors.toList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.PlanFreeze;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageDurations;
import org.stdtrack.standard.StageEvent;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;
import org.stdtrack.tasks.Worklist;
import org.stdtrack.web.PageController;

/**
 * A standard's story at a glance: what it is, where it stands, how it got there, and who said what. The page
 * shows the standard's facts, its process, its timeline, its documents and its audit trail; every feature's
 * section is a {@link StandardPagePart} of that feature, composed here in its place and order.
 */
@PageController
class StandardPage {

    private final StandardAccess access;
    private final StageHistory stageHistory;
    private final Worklist tasks;
    private final Consultations consultations;
    private final AuditTrail audit;
    private final Documents documents;
    private final SubmissionPackage packages;
    private final StageDurations stageDurations;
    private final PlanFreeze freeze;
    private final List<StandardPagePart> parts;
    private final Clock clock;

    StandardPage(
            StandardAccess access,
            Worklist tasks,
            Consultations consultations,
            AuditTrail audit,
            Documents documents,
            SubmissionPackage packages,
            StageDurations stageDurations,
            PlanFreeze freeze,
            List<StandardPagePart> parts,
            Clock clock,
            StageHistory stageHistory) {
        this.stageHistory = stageHistory;
        this.access = access;
        this.tasks = tasks;
        this.consultations = consultations;
        this.audit = audit;
        this.documents = documents;
        this.packages = packages;
        this.stageDurations = stageDurations;
        this.freeze = freeze;
        this.parts = parts.stream()
                .sorted(Comparator.comparing(StandardPagePart::place).thenComparingInt(StandardPagePart::order))
                .toList();
        this.clock = clock;
    }

    /** One line of the timeline: a stage entered, or a consultation round opened. */
    record TimelineEntry(Instant time, StageEvent stage, Consultations.Round consultation) {}

    /** The stage history with each consultation round's opening, oldest first. */
    static List<TimelineEntry> timeline(List<StageEvent> stages, List<Consultations.Round> rounds) {
        List<TimelineEntry> entries = new ArrayList<>();
        stages.forEach(e -> entries.add(new TimelineEntry(e.time(), e, null)));
        rounds.forEach(r -> entries.add(new TimelineEntry(r.openedAt(), null, r)));
        entries.sort(Comparator.comparing(TimelineEntry::time));
        return entries;
    }

    @GetMapping("/standards/{id}")
    String standard(AppUser user, @PathVariable long id, Model model) {
        Standard standard = access.find(user, id);
        model.addAttribute("standard", standard);
        model.addAttribute("overdue", standard.isOverdue(clock.instant()));
        model.addAttribute("frozen", freeze.isFrozen(standard));
        model.addAttribute(
                "stalledSince",
                stageDurations.stalledSince(standard, clock.instant()).orElse(null));
        model.addAttribute("timeline", timeline(stageHistory.history(id), consultations.rounds(id)));
        model.addAttribute("steps", Stage.STEPS);
        model.addAttribute("waiting", tasks.waitingOn(id));
        model.addAttribute("lastReviewedAt", stageHistory.lastReviewedAt(id).orElse(null));
        model.addAttribute("myTasks", tasks.mine(user, id));
        // The committee's working material (the resolution table among the documents) only for those who read it.
        boolean readsWorkingMaterial = access.readsWorkingMaterial(user, standard);
        model.addAttribute("readsWorkingMaterial", readsWorkingMaterial);
        model.addAttribute("hasComments", readsWorkingMaterial && consultations.hasComments(id));
        model.addAttribute("audit", AuditTrail.mayRead(user, standard) ? audit.of(id) : null);
        model.addAttribute(
                "documents",
                documents.list(user, id).stream()
                        .collect(Collectors.groupingBy(
                                Document::kind, () -> new EnumMap<>(DocumentKind.class), toList())));
        model.addAttribute("uploadKinds", documents.uploadableKinds(user, standard));
        model.addAttribute("maxDocumentMegabytes", documents.maxBytes() >> 20);
        boolean mayReadPackage = packages.mayRead(user, standard);
        model.addAttribute("mayReadPackage", mayReadPackage);
        model.addAttribute("submissions", mayReadPackage ? packages.submissions(id) : List.of());
        // The public's page shows the public's sections only; the working view all but those.
        boolean publicView = access.seesPublicView(user, standard);
        model.addAttribute("publicView", publicView);
        Map<Place, List<Fragment>> sections = new EnumMap<>(Place.class);
        for (Place place : Place.values()) {
            sections.put(place, new ArrayList<>());
        }
        for (StandardPagePart part : parts) {
            if (part.place() == Place.BANNER || (part.place() == Place.PUBLIC) == publicView) {
                part.addTo(user, standard, model).ifPresent(sections.get(part.place())::add);
            }
        }
        model.addAttribute("banners", sections.get(Place.BANNER));
        model.addAttribute("partsAfterFacts", sections.get(Place.AFTER_FACTS));
        model.addAttribute("partsAfterDocuments", sections.get(Place.AFTER_DOCUMENTS));
        model.addAttribute("partsForThePublic", sections.get(Place.PUBLIC));
        return "standard";
    }
}
