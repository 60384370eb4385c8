package org.stdtrack.standard;

import java.time.Instant;

/**
 * The managed plan's freeze (domain reference, section 3): a project overdue for longer than the policy
 * allows is frozen, its tasks refused until a plan change is decided. Kept by the feature that handles
 * plan changes; read by the standard's JSON, its page and the reports.
 */
public interface PlanFreeze {

    /** A project whose development clock ran out before this instant, not yet submitted, is frozen now. */
    Instant frozenIfDueBefore();

    /** The rule of {@link Standard#isOverdue}, as of {@link #frozenIfDueBefore()}. */
    default boolean isFrozen(Standard standard) {
        return standard.isOverdue(frozenIfDueBefore());
    }
}
