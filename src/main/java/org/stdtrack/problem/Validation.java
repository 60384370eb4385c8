package org.stdtrack.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Bean Validation for requests that do not come through {@code @Valid} (the pages' forms). */
public final class Validation {

    private Validation() {}

    /** The request, or a 422 naming each field at fault, the first as the refusal's own. */
    public static <T> T valid(Validator validator, T request) {
        List<ApiException> refusals = validator.validate(request).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(Validation::refusal)
                .toList();
        if (!refusals.isEmpty()) {
            throw ApiException.all(refusals);
        }
        return request;
    }

    /** The violation in words: a field to fill in, a text too long, or a value the field does not take. */
    private static ApiException refusal(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        ApiException refusal = ApiException.invalid(field, field + ": " + violation.getMessage());
        ApiException.Label label = new ApiException.Label("field." + field);
        var constraint = violation.getConstraintDescriptor();
        return switch (constraint.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> refusal.withText("problem.required", label);
            case "Size" ->
                violation.getInvalidValue() instanceof CharSequence text
                                && constraint.getAttributes().get("max") instanceof Integer max
                                && text.length() > max
                        ? refusal.withText("problem.tooLong", label, max)
                        : refusal.withText("problem.notValid", label);
            default -> refusal.withText("problem.notValid", label);
        };
    }
}
