package org.stdtrack.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;

/** Bean Validation for requests that do not come through {@code @Valid} (the pages' forms). */
public final class Validation {

    private Validation() {}

    /** The request, or a 422 naming the first field at fault. */
    public static <T> T valid(Validator validator, T request) {
        validator.validate(request).stream()
                .min(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw ApiException.invalid(
                            v.getPropertyPath().toString(), v.getPropertyPath() + ": " + v.getMessage());
                });
        return request;
    }
}
