package org.stdtrack.standard;

import java.util.List;

/** A standard's plan changes, oldest first, as the feature that handles them keeps them. */
public interface PlanChanges {

    List<PlanChange> of(long standardId);
}
