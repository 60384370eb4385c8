package org.stdtrack.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.LifecycleDecisions.Approval;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.TaskCompletionCheck;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskInput;
import org.stdtrack.tasks.TaskPagePart;
import org.stdtrack.tasks.TaskView;

/**
 * A standard should not be approved for publication, or published, before the tracked standards it cites
 * normatively: the approving body may still go ahead, but says so ({@value #ACKNOWLEDGED}); the task's page
 * shows which standards they are.
 */
@Component
class UnpublishedReferences implements TaskCompletionCheck, TaskPagePart {

    /**
     * The lifecycle model's tasks that make a standard published, by their BPMN ids (this room is below the
     * lifecycle, which shows the standard's page with its references).
     */
    static final Set<String> TASKS = Set.of(LifecycleTask.APPROVE_PUBLICATION.id(), LifecycleTask.PUBLISH.id());

    /** The task field, declared on both tasks in the lifecycle model. */
    public static final TaskInput<Boolean> ACKNOWLEDGED = TaskInput.flag("acknowledgeUnpublishedReferences");

    private final References references;

    UnpublishedReferences(References references) {
        this.references = references;
    }

    @Override
    public boolean appliesTo(String taskKey) {
        return TASKS.contains(taskKey);
    }

    @Override
    public void check(TaskHandler.Completion completion) {
        // Publishing decides nothing; approving publication goes on only when it approves.
        if (completion.decision() != null && completion.decision(Approval.class) != Approval.APPROVE) {
            return;
        }
        List<Standard> unpublished =
                references.unpublishedNormative(completion.standard().id());
        if (!unpublished.isEmpty() && !Boolean.TRUE.equals(completion.get(ACKNOWLEDGED))) {
            throw ApiException.conflict("Standard " + completion.standard().id()
                    + " cites normatively standards not published yet: "
                    + unpublished.stream()
                            .map(s -> "#" + s.id() + " " + s.title() + " (" + s.stage() + ")")
                            .collect(Collectors.joining("; "))
                    + ". To go ahead all the same, complete the task with " + ACKNOWLEDGED.name() + ": true.");
        }
    }

    @Override
    public Optional<Fragment> addTo(TaskView task, Standard standard, Model model) {
        if (!appliesTo(task.key())) {
            return Optional.empty();
        }
        List<Standard> unpublished = references.unpublishedNormative(standard.id());
        if (unpublished.isEmpty()) {
            return Optional.empty();
        }
        model.addAttribute("unpublishedReferences", unpublished);
        return Optional.of(new Fragment("reference/task-parts", "unpublished"));
    }
}
