package org.stdtrack.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stdtrack.adoption.AdoptionDecided;
import org.stdtrack.ballot.BallotClosed;
import org.stdtrack.ballot.Ballots;
import org.stdtrack.consultation.ConsultationOpened;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.engine.EngineTasks;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.international.AdoptionCandidateFound;
import org.stdtrack.international.BallotMissed;
import org.stdtrack.plan.ExtensionDecided;
import org.stdtrack.promotion.EnterpriseMilestoneReached;
import org.stdtrack.promotion.PromotionEventPublished;
import org.stdtrack.proposal.DuplicationClaimAnswered;
import org.stdtrack.reference.CitedStandardChanged;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageChanged;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskSubjects;
import org.stdtrack.webhook.WebhookDisabled;

/**
 * Turns what happens into notifications, synchronously, inside the step's own transaction: a task offered to
 * a group or assigned to someone (not to one who claims it themselves), a consultation opening to the
 * committee's reviewers, a stage change to who watches the standard or its committee.
 */
@Component
class NotificationTriggers {

    private final Notifications notifications;
    private final NotificationRepository repository;
    private final UserRepository users;
    private final StandardRepository standards;
    private final EngineCalls engine;
    private final Ballots ballots;
    private final TaskSubjects subjects;

    NotificationTriggers(
            Notifications notifications,
            NotificationRepository repository,
            UserRepository users,
            StandardRepository standards,
            EngineCalls engine,
            Ballots ballots,
            TaskSubjects subjects) {
        this.subjects = subjects;
        this.ballots = ballots;
        this.notifications = notifications;
        this.repository = repository;
        this.users = users;
        this.standards = standards;
        this.engine = engine;
    }

    @EventListener
    void on(DelegateTask task) {
        String event = task.getEventName();
        if (!TaskListener.EVENTNAME_CREATE.equals(event) && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
            return;
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        Long standardId = TaskSubjects.standardIdOf(businessKey);
        Standard standard =
                standardId == null ? null : standards.find(standardId).orElseThrow();
        String detailKey = "task." + task.getTaskDefinitionKey();
        Map<String, String> params = standard != null
                ? NotificationMessages.about(standard, detailKey)
                : NotificationMessages.about(subjects.of(businessKey).orElseThrow(), detailKey);
        String assignee = task.getAssignee();
        // The engine reports an assignment for a task created with its assignee too: that is the one to tell.
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
            if (assignee != null
                    && !engine.currentUser().filter(assignee::equals).isPresent()) {
                notifications.notify(NotificationKind.TASK_ASSIGNED, List.of(assignee), standard, task.getId(), params);
            }
        } else if (assignee == null) {
            List<String> members = new ArrayList<>();
            for (String group : EngineTasks.candidateGroupsOf(task)) {
                members.addAll(users.membersOf(group));
            }
            notifications.notify(NotificationKind.TASK_OFFERED, members, standard, task.getId(), params);
        }
    }

    @EventListener
    void on(ConsultationOpened opened) {
        Standard standard = standards.find(opened.standardId()).orElseThrow();
        List<String> reviewers = new ArrayList<>(users.withRole(Role.INDUSTRY_REVIEWER, standard.committee()));
        reviewers.addAll(users.withRole(Role.ACADEMIC_REVIEWER, standard.committee()));
        Map<String, String> params = NotificationMessages.about(standard, null);
        params.put("detail", opened.closesAt().toString());
        notifications.notify(NotificationKind.CONSULTATION_OPENED, reviewers, standard, null, params);
    }

    @EventListener
    void on(BallotClosed closed) {
        Standard standard = standards.find(closed.standardId()).orElseThrow();
        List<String> told = new ArrayList<>(ballots.eligibleVoters(closed.ballotId()));
        told.addAll(users.withRole(Role.SECRETARIAT, standard.committee()));
        Map<String, String> params =
                NotificationMessages.about(standard, closed.passed() ? "ballotResult.PASSED" : "ballotResult.FAILED");
        notifications.notify(NotificationKind.BALLOT_RESULT, told, standard, null, params);
    }

    @EventListener
    void on(ExtensionDecided decided) {
        Standard standard = standards.find(decided.standardId()).orElseThrow();
        Map<String, String> params = NotificationMessages.about(
                standard, decided.granted() ? "extensionStatus.APPROVED" : "extensionStatus.REJECTED");
        notifications.notify(
                NotificationKind.EXTENSION_DECIDED, List.of(decided.requestedBy()), standard, null, params);
    }

    @EventListener
    void on(AdoptionDecided decided) {
        Standard standard = standards.find(decided.standardId()).orElseThrow();
        Map<String, String> params = NotificationMessages.about(
                standard, decided.verified() ? "adoptionStatus.VERIFIED" : "adoptionStatus.REJECTED");
        notifications.notify(NotificationKind.ADOPTION_DECIDED, List.of(decided.declaredBy()), standard, null, params);
    }

    @EventListener
    void on(CitedStandardChanged changed) {
        Standard citing = standards.find(changed.citingStandardId()).orElseThrow();
        notifications.notify(
                NotificationKind.REFERENCE_OUTDATED,
                users.withRole(Role.SECRETARIAT, citing.committee()),
                citing,
                null,
                NotificationMessages.about(citing, "referenceWarning." + changed.reason()));
    }

    @EventListener
    void on(AdoptionCandidateFound candidate) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", candidate.title());
        if (candidate.titleZh() != null) {
            params.put("titleZh", candidate.titleZh());
        }
        params.put("detail", candidate.reference());
        params.put("path", "/international/projects/" + candidate.projectId());
        notifications.notify(
                NotificationKind.ADOPTION_CANDIDATE,
                users.withRole(Role.SECRETARIAT, candidate.mirrorCommittee()),
                null,
                null,
                params);
    }

    @EventListener
    void on(DuplicationClaimAnswered answered) {
        Standard standard = standards.find(answered.standardId()).orElseThrow();
        Map<String, String> params =
                NotificationMessages.about(standard, "duplicationDeliberation." + answered.deliberation());
        // Told whether or not they may see the proposal now: its comment period, when they claimed, is over.
        notifications.notify(
                NotificationKind.DUPLICATION_CLAIM_ANSWERED, List.of(answered.claimant()), null, null, params);
    }

    @EventListener
    void on(WebhookDisabled disabled) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", disabled.url());
        params.put("detail", disabled.reason());
        params.put("path", "/api/webhooks/" + disabled.webhookId() + "/deliveries");
        notifications.notify(NotificationKind.WEBHOOK_DISABLED, List.of(disabled.owner()), null, null, params);
    }

    @EventListener
    void on(BallotMissed missed) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", missed.title());
        if (missed.titleZh() != null) {
            params.put("titleZh", missed.titleZh());
        }
        params.put("detail", missed.reference() + " " + missed.type());
        params.put("path", "/international/ballots/" + missed.ballotId() + "/position");
        notifications.notify(
                NotificationKind.BALLOT_MISSED,
                users.withRole(Role.SECRETARIAT, missed.mirrorCommittee()),
                null,
                null,
                params);
    }

    @EventListener
    void on(EnterpriseMilestoneReached reached) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", reached.programme());
        params.put("detail", reached.percent() + " % (" + reached.enterprises() + " / " + reached.target() + ")");
        params.put("eventKey", "targetEnterprisesReading." + reached.reading());
        params.put("path", "/dashboard?programme=" + reached.programme() + "#promotion-funnel");
        notifications.notify(
                NotificationKind.ENTERPRISE_MILESTONE,
                users.programmeManagers(reached.programme()),
                null,
                null,
                params);
    }

    @EventListener
    void on(PromotionEventPublished published) {
        Map<Long, Standard> promoted = standards.find(published.standards());
        List<String> watchers = new ArrayList<>();
        promoted.values().forEach(s -> watchers.addAll(repository.watchers(s.id(), s.committee())));
        Standard first = promoted.get(published.standards().get(0));
        if (watchers.isEmpty() || first == null) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", published.title());
        params.put("detail", published.startsAt().toString());
        notifications.notify(NotificationKind.PROMOTION_EVENT, watchers, first, null, params);
    }

    @EventListener
    void on(StageChanged changed) {
        Standard standard = standards.find(changed.standardId()).orElseThrow();
        List<String> watchers = repository.watchers(standard.id(), standard.committee());
        if (!watchers.isEmpty()) {
            Map<String, String> params = NotificationMessages.about(standard, "stage." + changed.to());
            // What happened, not only where it stands: two events of one stage never share a subject.
            params.put(
                    "eventKey",
                    changed.to() == Stage.IN_FORCE ? "stageEvent.IN_FORCE" : "stageEvent." + changed.code());
            notifications.notify(NotificationKind.STAGE_CHANGED, watchers, standard, null, params);
        }
    }
}
