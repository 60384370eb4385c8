package org.stdtrack.tasks;

import java.util.Optional;
import org.springframework.ui.Model;
import org.stdtrack.standard.Standard;

/**
 * A feature's own section on a task's page, shown above the form (a ballot's rule on a vote, the comment
 * resolution table when comments are resolved). A feature registers one as a bean; the task pages know
 * none of them by name.
 */
public interface TaskPagePart {

    /**
     * Adds what the section shows to the model and names its template fragment, or is empty when this
     * task's page has no such section.
     */
    Optional<Fragment> addTo(TaskView task, Standard standard, Model model);

    /** A Thymeleaf fragment: the template's name and the fragment's selector within it. */
    record Fragment(String template, String selector) {}
}
