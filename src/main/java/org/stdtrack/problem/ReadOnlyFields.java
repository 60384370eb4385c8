package org.stdtrack.problem;

import java.util.Objects;

/**
 * A resource's representation is written back as it was read: its read-only fields (its code, a committee's
 * level, ids, derived values) may come with a PUT and are accepted when unchanged; a changed one is refused
 * naming it (422), never silently ignored.
 */
public final class ReadOnlyFields {

    private ReadOnlyFields() {}

    public static void requireUnchanged(String field, Object given, Object current) {
        if (given != null && !Objects.equals(given, current)) {
            throw ApiException.invalid(
                    field, "'" + field + "' is read-only: it is " + current + " and is not changed by a PUT.");
        }
    }
}
