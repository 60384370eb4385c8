package org.stdtrack.standardsystem;

import org.stdtrack.standard.Stage;

/** Where a planned standard stands, derived from what fills its row: never typed in. */
public enum RowStatus {
    /** Proposed by a committee's secretariat, not yet accepted into the system: not counted. */
    PROPOSED,
    NOT_STARTED,
    IN_DEVELOPMENT,
    EXISTING,
    WITHDRAWN;

    /**
     * A row's status: proposed until accepted; from its standard's stage when linked (a cancelled standard leaves the row unstarted),
     * else from what is said of a standard outside the tracker, else not started.
     */
    static RowStatus of(boolean proposed, Stage linked, SystemRow.ExternalStatus external) {
        if (proposed) {
            return PROPOSED;
        }
        if (linked != null) {
            if (linked == Stage.CANCELLED) {
                return NOT_STARTED;
            }
            if (linked == Stage.WITHDRAWN) {
                return WITHDRAWN;
            }
            return linked.isPublished() ? EXISTING : IN_DEVELOPMENT;
        }
        if (external == SystemRow.ExternalStatus.EXISTING) {
            return EXISTING;
        }
        return external == SystemRow.ExternalStatus.WITHDRAWN ? WITHDRAWN : NOT_STARTED;
    }
}
