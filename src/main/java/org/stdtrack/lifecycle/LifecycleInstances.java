package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.APPROVER_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.DRAFTING_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.FAST_TRACK;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PROCESS_KEY;
import static org.stdtrack.lifecycle.StandardLifecycleModel.REVIEW_BATCH_EVENT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.REVIEW_MODE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.SECRETARIAT_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.SKIPS_CONSULTATION;
import static org.stdtrack.lifecycle.StandardLifecycleModel.STANDARD_ID;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.engine.EngineGrants;
import org.stdtrack.engine.EngineTasks;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * Starts a standard's lifecycle process with the variables the model needs, records it on the standard,
 * and opens the instance to the committee's secretariat: at the start (a registration, as its user) or
 * before a given activity (an imported standard, as the application).
 */
@Component
class LifecycleInstances {

    private final Processes processes;
    private final EngineTasks tasks;
    private final EngineGrants grants;
    private final EngineCalls engine;
    private final StandardRepository standards;
    private final ReferenceData referenceData;
    /** Whether each version of the model waits for the review batch: fixed per deployed definition. */
    private final Map<String, Boolean> reviewsInBatches = new ConcurrentHashMap<>();

    LifecycleInstances(
            Processes processes,
            EngineTasks tasks,
            EngineGrants grants,
            EngineCalls engine,
            StandardRepository standards,
            ReferenceData referenceData) {
        this.processes = processes;
        this.tasks = tasks;
        this.grants = grants;
        this.engine = engine;
        this.standards = standards;
        this.referenceData = referenceData;
    }

    void start(Standard standard, AppUser user) {
        opened(standard, engine.as(user, () -> create(standard)));
    }

    /** Started by another body's decision for the committee (a revision the approving body decided). */
    void startForCommittee(Standard standard) {
        opened(standard, engine.asApplication(() -> create(standard)));
    }

    private String create(Standard standard) {
        return processes.start(start(standard));
    }

    /**
     * Whether the standard's process waits for its committee's review batch after the proposed conclusion;
     * a process started on an earlier model takes the secretariat's conclusion as the decision, as it did.
     */
    boolean reviewsInBatches(Standard standard) {
        String definition =
                processes.record(standard.processInstanceId()).orElseThrow().definitionId();
        return reviewsInBatches.computeIfAbsent(definition, id -> processes.modelHas(id, REVIEW_BATCH_EVENT));
    }

    /** Started before the activity, without taking the flows that lead there (nor their stage listeners). */
    void startBefore(Standard standard, String activity, UnaryOperator<ProcessStart> extra) {
        opened(
                standard,
                processes.startAsApplication(extra.apply(start(standard).before(activity))));
    }

    private ProcessStart start(Standard standard) {
        return ProcessStart.of(PROCESS_KEY, standard.id())
                .with(
                        REVIEW_MODE,
                        referenceData
                                .committee(standard.committee())
                                .orElseThrow()
                                .reviewMode()
                                .name())
                .with(STANDARD_ID, standard.id())
                .with(SECRETARIAT_GROUP, EngineGroups.secretariat(standard.committee()))
                .with(DRAFTING_GROUP, EngineGroups.draftingGroup(standard.committee()))
                .with(APPROVER_GROUP, standard.approvingBodyGroup())
                .with(FAST_TRACK, standard.track().skipsDrafting())
                .with(SKIPS_CONSULTATION, standard.track().skipsConsultation());
    }

    /**
     * The standard moved from its previous committee to its current one: the process's groups become the new
     * committee's, the open tasks offered to the previous committee are offered to the new one, and its
     * secretariat gets the instance's rights.
     */
    void moveToCommittee(Standard standard, String previousCommittee) {
        String instance = standard.processInstanceId();
        processes.setVariable(instance, SECRETARIAT_GROUP, EngineGroups.secretariat(standard.committee()));
        processes.setVariable(instance, DRAFTING_GROUP, EngineGroups.draftingGroup(standard.committee()));
        Map<String, String> moved = Map.of(
                EngineGroups.secretariat(previousCommittee), EngineGroups.secretariat(standard.committee()),
                EngineGroups.draftingGroup(previousCommittee), EngineGroups.draftingGroup(standard.committee()));
        for (var task : tasks.ofProcess(instance)) {
            for (String group : tasks.candidateGroups(task.id())) {
                String to = moved.get(group);
                if (to != null) {
                    tasks.replaceCandidateGroup(task.id(), group, to);
                }
            }
        }
        LifecycleAuthorizations.openInstanceTo(grants, instance, standard.committee());
    }

    private void opened(Standard standard, String processInstanceId) {
        standards.setProcessInstance(standard.id(), processInstanceId);
        LifecycleAuthorizations.openInstanceTo(grants, processInstanceId, standard.committee());
    }
}
