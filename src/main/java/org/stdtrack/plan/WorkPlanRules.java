package org.stdtrack.plan;

import static org.stdtrack.tasks.TaskHandler.STANDARD_ID;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.stdtrack.engine.EngineTasks;
import org.stdtrack.plan.WorkPlans.Milestone;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskCompletionCheck;
import org.stdtrack.tasks.TaskDueRule;
import org.stdtrack.tasks.TaskHandler;

/**
 * The work plan on the lifecycle's tasks: each milestone's target is the due date of the task that reaches
 * it (the draft, without a target, is due when the development clock runs out, and moves with an extension);
 * and a committee that asks for the proposal package gets the work plan before the proposal is submitted.
 */
@Configuration
class WorkPlanRules {

    private final WorkPlans plans;
    private final StandardRepository standards;
    private final EngineTasks tasks;

    WorkPlanRules(WorkPlans plans, StandardRepository standards, EngineTasks tasks) {
        this.plans = plans;
        this.standards = standards;
        this.tasks = tasks;
    }

    @Bean
    TaskDueRule draftDue() {
        return rule(Milestone.DRAFTING);
    }

    @Bean
    TaskDueRule consultationDue() {
        return rule(Milestone.CONSULTATION);
    }

    @Bean
    TaskDueRule technicalReviewDue() {
        return rule(Milestone.TECHNICAL_REVIEW);
    }

    @Bean
    TaskDueRule approvalDue() {
        return rule(Milestone.APPROVAL);
    }

    @Bean
    TaskCompletionCheck workPlanInProposalPackage(ReferenceData referenceData) {
        return new TaskCompletionCheck() {
            @Override
            public boolean appliesTo(String taskKey) {
                return LifecycleTask.SUBMIT_PROPOSAL.is(taskKey);
            }

            @Override
            public void check(TaskHandler.Completion completion) {
                Standard standard = completion.standard();
                boolean asked = referenceData
                        .committee(standard.committee())
                        .map(Committee::proposalPackage)
                        .orElse(false);
                if (asked && !plans.exists(standard.id())) {
                    throw ApiException.conflict(LifecycleTask.SUBMIT_PROPOSAL.id() + " on standard " + standard.id()
                            + " needs its work plan, part of the proposal package: PUT /api/standards/"
                            + standard.id() + "/work-plan with a target date for each milestone.");
                }
            }
        };
    }

    /**
     * A granted extension moves the open draft's due date with the development clock, unless the work plan
     * gives the draft a target of its own. In the transaction that granted it; the task's update reaches the
     * open-task projection.
     */
    @EventListener
    void on(ExtensionDecided extended) {
        if (!extended.granted()
                || plans.dueOf(extended.standardId(), Milestone.DRAFTING).isPresent()) {
            return;
        }
        tasks.ofBusinessKey(String.valueOf(extended.standardId())).stream()
                .filter(task -> task.key().equals(Milestone.DRAFTING.taskKey()))
                .forEach(task -> tasks.setDue(task.id(), extended.newDueAt()));
    }

    private TaskDueRule rule(Milestone milestone) {
        return new TaskDueRule() {
            @Override
            public String taskKey() {
                return milestone.taskKey();
            }

            @Override
            public Optional<Instant> dueOf(DelegateTask task) {
                long standardId = STANDARD_ID.from(task);
                Optional<Instant> target = plans.dueOf(standardId, milestone);
                if (target.isPresent() || milestone != Milestone.DRAFTING) {
                    return target;
                }
                return standards.find(standardId).map(Standard::developmentDueAt);
            }
        };
    }
}
