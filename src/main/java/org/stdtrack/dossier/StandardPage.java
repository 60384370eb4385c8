package org.stdtrack.dossier;

import static java.util.stream.Collectors.toList;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stdtrack.adoption.AdoptionService;
import org.stdtrack.amendment.Amendments;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.ballot.BallotService;
import org.stdtrack.ballot.ReviewMeetings;
import org.stdtrack.consultation.ConsultationService;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.periodicreview.ReviewConclusions;
import org.stdtrack.plan.WorkPlans;
import org.stdtrack.proposal.ProposalComments;
import org.stdtrack.proposal.ProposalSupport;
import org.stdtrack.reference.References;
import org.stdtrack.standard.PlanChanges;
import org.stdtrack.standard.PlanFreeze;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageDurations;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.Worklist;
import org.stdtrack.translation.Translations;
import org.stdtrack.web.PageController;

/** A standard's story at a glance: what it is, where it stands, how it got there, and who said what. */
@PageController
class StandardPage {

    private final StandardAccess access;
    private final StandardRepository standards;
    private final Worklist tasks;
    private final ConsultationService consultations;
    private final BallotService ballots;
    private final AdoptionService adoptions;
    private final AuditTrail audit;
    private final Documents documents;
    private final SubmissionPackage packages;
    private final StageDurations stageDurations;
    private final PlanChanges planChanges;
    private final PlanFreeze freeze;
    private final References references;
    private final ReviewMeetings meetings;
    private final ProposalSupport proposalSupport;
    private final ProposalComments proposalComments;
    private final WorkPlans workPlans;
    private final Translations translations;
    private final Amendments amendments;
    private final ReviewConclusions reviewConclusions;
    private final Clock clock;

    StandardPage(
            StandardAccess access,
            StandardRepository standards,
            Worklist tasks,
            ConsultationService consultations,
            BallotService ballots,
            AdoptionService adoptions,
            AuditTrail audit,
            Documents documents,
            SubmissionPackage packages,
            StageDurations stageDurations,
            PlanChanges planChanges,
            PlanFreeze freeze,
            References references,
            ReviewMeetings meetings,
            ProposalSupport proposalSupport,
            ProposalComments proposalComments,
            WorkPlans workPlans,
            Translations translations,
            Amendments amendments,
            ReviewConclusions reviewConclusions,
            Clock clock) {
        this.reviewConclusions = reviewConclusions;
        this.amendments = amendments;
        this.translations = translations;
        this.workPlans = workPlans;
        this.references = references;
        this.meetings = meetings;
        this.proposalSupport = proposalSupport;
        this.proposalComments = proposalComments;
        this.stageDurations = stageDurations;
        this.planChanges = planChanges;
        this.freeze = freeze;
        this.documents = documents;
        this.packages = packages;
        this.access = access;
        this.standards = standards;
        this.tasks = tasks;
        this.consultations = consultations;
        this.ballots = ballots;
        this.adoptions = adoptions;
        this.audit = audit;
        this.clock = clock;
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
        model.addAttribute("history", standards.history(id));
        model.addAttribute("lastReviewedAt", standards.lastReviewedAt(id).orElse(null));
        model.addAttribute("myTasks", tasks.mine(user, id));
        // The committee's working material (comments, positions, rolls, plans) only for those who read it.
        boolean readsWorkingMaterial = access.readsWorkingMaterial(user, standard);
        model.addAttribute("readsWorkingMaterial", readsWorkingMaterial);
        model.addAttribute("comments", readsWorkingMaterial ? consultations.comments(id) : List.of());
        model.addAttribute("consultation", consultations.openRound(standard).orElse(null));
        model.addAttribute("mayComment", user.isReviewerIn(standard.committee()));
        model.addAttribute("mayRecordComment", consultations.mayRecord(user, standard));
        model.addAttribute("ballots", ballots.ballots(id));
        ProposalSupport.Standing standing = readsWorkingMaterial ? proposalSupport.of(user, id) : null;
        boolean preparing = standard.stage() == Stage.PRELIMINARY;
        model.addAttribute(
                "proposalSupport",
                standing != null && (preparing || !standing.positions().isEmpty()) ? standing : null);
        model.addAttribute("mayTakePosition", preparing && proposalSupport.isMember(user, standard));
        model.addAttribute("proposalComments", readsWorkingMaterial ? proposalComments.of(user, id) : List.of());
        model.addAttribute("mayRecordProposalComment", proposalComments.mayRecord(user, standard));
        List<WorkPlans.Target> workPlan = readsWorkingMaterial ? workPlans.of(standard) : List.of();
        model.addAttribute("workPlan", workPlan);
        model.addAttribute(
                "workPlanDates",
                workPlan.stream().collect(Collectors.toMap(WorkPlans.Target::milestone, WorkPlans.Target::targetOn)));
        model.addAttribute("maySetWorkPlan", workPlans.maySet(user, standard));
        model.addAttribute("translations", translations.of(standard));
        model.addAttribute("mayManageTranslations", translations.mayManage(user, standard));
        model.addAttribute("amendments", amendments.of(standard));
        model.addAttribute("mayRegisterAmendment", amendments.mayRegister(user, standard));
        model.addAttribute("mayRecordAmendmentComments", amendments.mayRecordComments(user, standard));
        ReviewMeetings.Meeting open =
                readsWorkingMaterial ? meetings.openMeeting(id).orElse(null) : null;
        model.addAttribute("reviewMeetings", readsWorkingMaterial ? meetings.of(id) : List.of());
        model.addAttribute("openMeeting", open);
        model.addAttribute("mayRunMeeting", open != null && user.has(Role.SECRETARIAT, standard.committee()));
        model.addAttribute(
                "mayVoteAtMeeting",
                open != null
                        && open.meetingAt() != null
                        && open.members().stream()
                                .anyMatch(m -> m.username().equals(user.username()) && !m.recused() && !m.voted()));
        model.addAttribute("papersNotice", meetings.papersNotice());
        model.addAttribute("adoptions", adoptions.of(user, id, null));
        model.addAttribute("audit", AuditTrail.mayRead(user, standard) ? audit.of(id) : null);
        model.addAttribute(
                "documents",
                documents.list(user, id).stream()
                        .collect(Collectors.groupingBy(
                                Document::kind, () -> new EnumMap<>(DocumentKind.class), toList())));
        model.addAttribute("uploadKinds", documents.uploadableKinds(user, standard));
        model.addAttribute("maxDocumentMegabytes", documents.maxBytes() >> 20);
        // A conclusion on its way is the committee's working material; its decision is in the history.
        model.addAttribute(
                "reviewConclusion",
                readsWorkingMaterial ? reviewConclusions.onItsWay(id).orElse(null) : null);
        model.addAttribute("planChanges", readsWorkingMaterial ? planChanges.of(id) : List.of());
        boolean planned = user.has(Role.SECRETARIAT, standard.committee())
                && standard.developmentStartedAt() != null
                && standard.stage().isInDevelopment();
        model.addAttribute("mayRequestPlanChange", planned);
        model.addAttribute(
                "mayRequestExtension",
                planned && standard.developmentDueAt() != null && standard.submittedForApprovalAt() == null);
        model.addAttribute("references", references.of(user, id));
        boolean mayChangeReferences =
                References.mayChange(user, standard) && standard.stage().isInDevelopment();
        model.addAttribute("mayChangeReferences", mayChangeReferences);
        model.addAttribute(
                "referenceCandidates", mayChangeReferences ? references.candidates(user, standard) : List.of());
        boolean mayReadPackage = packages.mayRead(user, standard);
        model.addAttribute("mayReadPackage", mayReadPackage);
        model.addAttribute("submissions", mayReadPackage ? packages.submissions(id) : List.of());
        return "standard";
    }
}
