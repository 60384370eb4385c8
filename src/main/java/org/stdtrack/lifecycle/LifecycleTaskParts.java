package org.stdtrack.lifecycle;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.ballot.Ballots;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.document.Documents;
import org.stdtrack.policy.Policy;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Stage;
import org.stdtrack.tasks.TaskConfirmation;
import org.stdtrack.tasks.TaskPagePart;
import org.stdtrack.tasks.TaskPagePart.Fragment;

/** What the pages of the lifecycle's own tasks show above their forms. */
@Configuration
class LifecycleTaskParts {

    private static final String TEMPLATE = "lifecycle/task-parts";

    /**
     * A voter sees the ballot's round, its closing time and the rule it is counted by; the secretariat holding
     * a review meeting sees the same of the meeting's vote.
     */
    @Bean
    TaskPagePart ballotPanel(Ballots ballots, Policy policy) {
        return (task, standard, model) -> {
            if (!LifecycleTask.CAST_VOTE.id().equals(task.key())
                    && !LifecycleTask.HOLD_REVIEW_MEETING.id().equals(task.key())) {
                return Optional.empty();
            }
            return ballots.ballots(standard.id()).stream()
                    .reduce((first, second) -> second)
                    .map(latest -> {
                        model.addAttribute("ballot", latest);
                        model.addAttribute("ballotRule", policy.ballot());
                        model.addAttribute("bases", latest.bases());
                        return new Fragment(TEMPLATE, "ballot");
                    });
        };
    }

    /** A vote cannot be changed once cast: the voter confirms it on the page. */
    @Bean
    TaskConfirmation votesAreFinal() {
        return task -> LifecycleTask.CAST_VOTE.is(task.key()) ? Optional.of("vote.confirm") : Optional.empty();
    }

    /**
     * A task that needs documents shows which are there (version, date, uploader) and which are missing,
     * with an upload in place; the task's candidates are the committee's, who may upload them.
     */
    @Bean
    TaskPagePart requiredDocumentsPanel(RequiredDocuments required, Documents documents) {
        return (task, standard, model) -> {
            List<RequiredDocuments.Requirement> requirements = required.of(task.key(), standard);
            if (requirements.isEmpty()) {
                return Optional.empty();
            }
            model.addAttribute("requiredDocuments", requirements);
            model.addAttribute("maxDocumentMegabytes", documents.maxBytes() >> 20);
            return Optional.of(new Fragment(TEMPLATE, "documents"));
        };
    }

    /** The secretariat resolves the consultation's comments on the task that closes it. */
    @Bean
    TaskPagePart commentResolutionTable(Consultations consultations) {
        return (task, standard, model) -> {
            if (!LifecycleTask.RESOLVE_COMMENTS.id().equals(task.key()) || standard.stage() != Stage.CONSULTATION) {
                return Optional.empty();
            }
            model.addAttribute("comments", consultations.comments(standard.id()));
            return Optional.of(new Fragment(TEMPLATE, "resolutions"));
        };
    }
}
