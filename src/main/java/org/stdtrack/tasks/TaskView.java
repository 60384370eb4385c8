package org.stdtrack.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.stdtrack.standard.Stage;

/**
 * An open task as its user sees it: who holds it, its form as the model declares it (the decision field
 * with its outcomes, the other fields), and what it is about: a standard with the stage that standard is in,
 * or another subject (an international ballot; then {@code standardId} and {@code stage} are null).
 */
public record TaskView(
        String id,
        String key,
        String name,
        Long standardId,
        Stage stage,
        TaskSubject subject,
        String assignee,
        Set<String> candidateGroups,
        Instant created,
        Instant due,
        String decisionField,
        List<String> outcomes,
        List<TaskField> fields) {}
