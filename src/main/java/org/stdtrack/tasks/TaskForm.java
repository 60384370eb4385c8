package org.stdtrack.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.http.HttpStatus;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.DateRange;

/**
 * A user task's inputs as declared in the BPMN model ({@code camunda:formData}): the decision field
 * ({@code outcome}, or {@code vote} on ballots) with its allowed values, and the other fields with the
 * model's rules. Properties on a field add what a plain form cannot say:
 * {@code requiredFor} (outcomes that make it mandatory), {@code format} (date, date-time)
 * and {@code maxLength} (the width of the column it is stored in;
 * {@value #MAX_TEXT} characters otherwise).
 */
record TaskForm(String decisionField, List<String> outcomes, List<TaskField> fields) {

    static final int MAX_TEXT = 10_000;
    private static final Set<String> DECISION_FIELDS = Set.of("outcome", "vote");

    /** A validated submission: the decision and the typed field values. */
    record Submission(String decision, String comment, Map<String, Object> values) {}

    static TaskForm of(TaskFormData data) {
        String decisionField = null;
        List<String> outcomes = List.of();
        List<TaskField> fields = new ArrayList<>();
        for (FormField f : data.getFormFields()) {
            if (DECISION_FIELDS.contains(f.getId()) && "enum".equals(f.getTypeName())) {
                decisionField = f.getId();
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) f.getType().getInformation("values");
                outcomes = List.copyOf(values.keySet());
                continue;
            }
            Map<String, String> props = f.getProperties();
            String requiredFor = props.get("requiredFor");
            fields.add(new TaskField(
                    f.getId(),
                    f.getLabel(),
                    f.getTypeName(),
                    f.getValidationConstraints().stream().anyMatch(c -> "required".equals(c.getName())),
                    requiredFor == null ? List.of() : Arrays.asList(requiredFor.split(",")),
                    props.get("format"),
                    props.containsKey("maxLength") ? Integer.parseInt(props.get("maxLength")) : MAX_TEXT));
        }
        return new TaskForm(decisionField, outcomes, List.copyOf(fields));
    }

    /**
     * Checks a request body against the model: unknown or mistyped fields are 400, at the first; broken rules
     * 422, all of them at once (a missing decision, each missing or overlong field), each naming its field.
     */
    Submission validate(Map<String, Object> body) {
        List<ApiException> broken = new ArrayList<>();
        for (String key : body.keySet()) {
            if (!key.equals(decisionField) && fields.stream().noneMatch(f -> f.id().equals(key))) {
                throw ApiException.badRequest(key, "Unknown field '" + key + "'; this task takes " + accepted() + ".")
                        .withText("problem.unknownField", key);
            }
        }
        String decision = null;
        if (decisionField != null) {
            Object raw = body.get(decisionField);
            if (raw == null) {
                broken.add(ApiException.invalid(
                                decisionField,
                                "'" + decisionField + "' is required; allowed values: " + String.join(", ", outcomes)
                                        + ".")
                        .withText("problem.chooseOne", label(decisionField)));
            } else if (!(raw instanceof String value) || !outcomes.contains(value)) {
                throw ApiException.invalid(
                                decisionField,
                                "'" + raw + "' is not a valid " + decisionField + "; allowed values: "
                                        + String.join(", ", outcomes) + ".")
                        .withText("problem.chooseOne", label(decisionField));
            } else {
                decision = value;
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (TaskField field : fields) {
            Object value;
            try {
                value = typed(field, body.get(field.id()));
            } catch (ApiException refusal) {
                if (refusal.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw refusal;
                }
                broken.add(refusal);
                continue;
            }
            boolean blank = value == null || (value instanceof String s && s.isBlank());
            if (blank
                    && (field.required()
                            || (decision != null && field.requiredFor().contains(decision)))) {
                broken.add(
                        field.required()
                                ? ApiException.invalid(field.id(), "'" + field.id() + "' is required.")
                                        .withText("problem.required", label(field.id()))
                                : ApiException.invalid(
                                                field.id(),
                                                "'" + field.id() + "' is required when " + decisionField + " is "
                                                        + decision + ".")
                                        .withText(
                                                "problem.requiredWhen",
                                                label(field.id()),
                                                new ApiException.Label(decisionField + "." + decision)));
            }
            if (!blank) {
                values.put(field.id(), value);
            }
        }
        if (!broken.isEmpty()) {
            throw ApiException.all(broken);
        }
        return new Submission(decision, (String) values.remove(TaskHandler.COMMENT.name()), values);
    }

    private Object typed(TaskField field, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (field.type()) {
            case "boolean" -> {
                if (!(raw instanceof Boolean b)) {
                    throw ApiException.badRequest(field.id(), "'" + field.id() + "' must be true or false.")
                            .withText("problem.notValid", label(field.id()));
                }
                yield b;
            }
            case "long" -> {
                if (!(raw instanceof Integer || raw instanceof Long)) {
                    throw ApiException.badRequest(field.id(), "'" + field.id() + "' must be a whole number.")
                            .withText("problem.wholeNumber", label(field.id()));
                }
                yield ((Number) raw).longValue();
            }
            default -> {
                if (!(raw instanceof String s)) {
                    throw ApiException.badRequest(field.id(), "'" + field.id() + "' must be text.")
                            .withText("problem.notValid", label(field.id()));
                }
                if (s.length() > field.maxLength()) {
                    throw ApiException.invalid(
                                    field.id(),
                                    "'" + field.id() + "' is longer than " + field.maxLength() + " characters.")
                            .withText("problem.tooLong", label(field.id()), field.maxLength());
                }
                yield s.isBlank() ? s : formatted(field, s.trim());
            }
        };
    }

    private static Object formatted(TaskField field, String text) {
        try {
            return switch (field.format() == null ? "" : field.format()) {
                case "date" -> inRange(field, LocalDate.parse(text));
                case "date-time" -> {
                    OffsetDateTime dateTime = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    inRange(field, dateTime.toLocalDate());
                    yield dateTime.toInstant();
                }
                default -> text;
            };
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(
                            field.id(),
                            "'" + field.id() + "' must be an ISO-8601 "
                                    + ("date".equals(field.format())
                                            ? "date such as 2026-07-01"
                                            : "date-time with offset such as 2026-07-01T18:00:00+08:00")
                                    + ", not '" + text + "'.")
                    .withText("date".equals(field.format()) ? "problem.date" : "problem.dateTime", label(field.id()));
        }
    }

    private static LocalDate inRange(TaskField field, LocalDate date) {
        return DateRange.require(field.id(), date);
    }

    private String accepted() {
        List<String> names = new ArrayList<>();
        if (decisionField != null) {
            names.add(decisionField);
        }
        fields.forEach(f -> names.add(f.id()));
        return String.join(", ", names);
    }

    /** A field by its name in the bundles (field.planNumber), for a refusal's text. */
    private static ApiException.Label label(String field) {
        return new ApiException.Label("field." + field);
    }
}
