package org.stdtrack.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A field of a user task's form, with the Java type its validated value has: declared once in the model's
 * backing class and read through {@link TaskHandler.Completion#get}, so that no handler casts. The model's
 * field must have the matching form type and format (each model's test checks it): text, a date ({@code
 * format=date}), an instant ({@code format=date-time}) or a flag ({@code boolean}).
 */
public record TaskInput<T>(String name, Class<T> type, String formType, String format) {

    public static TaskInput<String> text(String name) {
        return new TaskInput<>(name, String.class, "string", null);
    }

    public static TaskInput<LocalDate> date(String name) {
        return new TaskInput<>(name, LocalDate.class, "string", "date");
    }

    public static TaskInput<Instant> dateTime(String name) {
        return new TaskInput<>(name, Instant.class, "string", "date-time");
    }

    public static TaskInput<Boolean> flag(String name) {
        return new TaskInput<>(name, Boolean.class, "boolean", null);
    }
}
