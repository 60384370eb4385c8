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
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;
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

    private final RuntimeService runtime;
    private final AuthorizationService authorizations;
    private final EngineCalls engine;
    private final StandardRepository standards;
    private final TaskService tasks;
    private final ReferenceData referenceData;
    private final RepositoryService repository;
    /** Whether each version of the model waits for the review batch: fixed per deployed definition. */
    private final Map<String, Boolean> reviewsInBatches = new ConcurrentHashMap<>();

    LifecycleInstances(
            RepositoryService repository,
            RuntimeService runtime,
            AuthorizationService authorizations,
            EngineCalls engine,
            StandardRepository standards,
            TaskService tasks,
            ReferenceData referenceData) {
        this.repository = repository;
        this.referenceData = referenceData;
        this.tasks = tasks;
        this.runtime = runtime;
        this.authorizations = authorizations;
        this.engine = engine;
        this.standards = standards;
    }

    void start(Standard standard, AppUser user) {
        opened(standard, engine.as(user, () -> create(standard)));
    }

    /** Started by another body's decision for the committee (a revision the approving body decided). */
    void startForCommittee(Standard standard) {
        opened(standard, engine.asApplication(() -> create(standard)));
    }

    private ProcessInstance create(Standard standard) {
        return runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(String.valueOf(standard.id()))
                .setVariables(variables(standard))
                .execute();
    }

    /**
     * Whether the standard's process waits for its committee's review batch after the proposed conclusion;
     * a process started on an earlier model takes the secretariat's conclusion as the decision, as it did.
     */
    boolean reviewsInBatches(Standard standard) {
        return engine.asApplication(() -> {
            String definition = runtime.createProcessInstanceQuery()
                    .processInstanceId(standard.processInstanceId())
                    .singleResult()
                    .getProcessDefinitionId();
            return reviewsInBatches.computeIfAbsent(
                    definition,
                    id -> repository.getBpmnModelInstance(id).getModelElementById(REVIEW_BATCH_EVENT) != null);
        });
    }

    /** Started before the activity, without taking the flows that lead there (nor their stage listeners). */
    void startBefore(Standard standard, String activity, VariableMap extra) {
        VariableMap variables = variables(standard);
        variables.putAll(extra);
        opened(
                standard,
                engine.asApplication(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
                        .businessKey(String.valueOf(standard.id()))
                        .startBeforeActivity(activity)
                        .setVariables(variables)
                        .execute()));
    }

    private VariableMap variables(Standard standard) {
        var variables = Variables.createVariables();
        REVIEW_MODE.putIn(
                variables,
                referenceData
                        .committee(standard.committee())
                        .orElseThrow()
                        .reviewMode()
                        .name());
        STANDARD_ID.putIn(variables, standard.id());
        SECRETARIAT_GROUP.putIn(variables, EngineGroups.secretariat(standard.committee()));
        DRAFTING_GROUP.putIn(variables, EngineGroups.draftingGroup(standard.committee()));
        APPROVER_GROUP.putIn(variables, standard.approvingBodyGroup());
        FAST_TRACK.putIn(variables, standard.track().skipsDrafting());
        SKIPS_CONSULTATION.putIn(variables, standard.track().skipsConsultation());
        return variables;
    }

    /**
     * The standard moved from its previous committee to its current one: the process's groups become the new
     * committee's, the open tasks offered to the previous committee are offered to the new one, and its
     * secretariat gets the instance's rights.
     */
    void moveToCommittee(Standard standard, String previousCommittee) {
        engine.asApplication(() -> {
            String instance = standard.processInstanceId();
            runtime.setVariable(instance, SECRETARIAT_GROUP.name(), EngineGroups.secretariat(standard.committee()));
            runtime.setVariable(instance, DRAFTING_GROUP.name(), EngineGroups.draftingGroup(standard.committee()));
            Map<String, String> moved = Map.of(
                    EngineGroups.secretariat(previousCommittee), EngineGroups.secretariat(standard.committee()),
                    EngineGroups.draftingGroup(previousCommittee), EngineGroups.draftingGroup(standard.committee()));
            for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
                for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                    String to = link.getGroupId() == null ? null : moved.get(link.getGroupId());
                    if (to != null) {
                        tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                        tasks.addCandidateGroup(task.getId(), to);
                    }
                }
            }
            LifecycleAuthorizations.openInstanceTo(
                    authorizations, instance, EngineGroups.secretariat(standard.committee()));
            return null;
        });
    }

    private void opened(Standard standard, ProcessInstance instance) {
        standards.setProcessInstance(standard.id(), instance.getId());
        engine.asApplication(() -> {
            LifecycleAuthorizations.openInstanceTo(
                    authorizations, instance.getId(), EngineGroups.secretariat(standard.committee()));
            return null;
        });
    }
}
