package org.stdtrack.tasks;

import java.util.List;

/**
 * One input of a task's form as the model declares it: its type, whether it is required always or only
 * for some outcomes, its format (date, date-time), and the most characters it takes.
 */
public record TaskField(
        String id,
        String label,
        String type,
        boolean required,
        List<String> requiredFor,
        String format,
        int maxLength) {}
