package org.stdtrack.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.stdtrack.standard.Stage;

/**
 * An open task as its user sees it: who holds it, its form as the model declares it (the decision field
 * with its outcomes, the other fields), and the standard it is about with the stage that standard is in.
 */
public record TaskView(
        String id,
        String key,
        String name,
        long standardId,
        Stage stage,
        String assignee,
        Set<String> candidateGroups,
        Instant created,
        Instant due,
        String decisionField,
        List<String> outcomes,
        List<TaskField> fields) {}
