package org.stdtrack.standard;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules about a standard as SQL conditions on the {@code standard} table, each derived from (or
 * written beside) its Java form, so that a query can never count by another rule than the page shows.
 * {@code table} is the table's alias in the query, or null.
 */
public final class StandardConditions {

    private StandardConditions() {}

    /** {@link Standard#isOverdue}, at the instant bound to the condition's one parameter. */
    public static String overdue(String table) {
        String t = prefix(table);
        return t + "development_due_at < ? and " + t + "submitted_for_approval_at is null and " + t + "stage <> '"
                + Stage.CANCELLED.name() + "'";
    }

    /** {@link Stage#isPublished}. */
    public static String published(String table) {
        return stageIn(table, Stage::isPublished);
    }

    /**
     * Published before the instant bound to the condition's one parameter: a stage event into {@link
     * Stage#PUBLISHED} before it, as a programme's target counts its standards published by the deadline
     * (ProgrammeHistory's pace), whatever became of them since. {@code table} may not be null here.
     */
    public static String publishedBefore(String table) {
        return "exists (select 1 from stage_event published where published.standard_id = " + table + ".id"
                + " and published.to_stage = '" + Stage.PUBLISHED.name() + "' and published.occurred_at < ?)";
    }

    /** {@link Stage#isInDevelopment}. */
    public static String inDevelopment(String table) {
        return stageIn(table, Stage::isInDevelopment);
    }

    private static String stageIn(String table, Predicate<Stage> rule) {
        return prefix(table) + "stage in ("
                + Arrays.stream(Stage.values())
                        .filter(rule)
                        .map(stage -> "'" + stage.name() + "'")
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static String prefix(String table) {
        return table == null ? "" : table + ".";
    }
}
