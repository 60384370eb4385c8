package org.stdtrack.lifecycle;

import org.stdtrack.tasks.TaskHandler;

/** Names of the process variables the lifecycle model reads; set by Java, read in BPMN expressions. */
final class ProcessVariables {

    static final String PROCESS_KEY = StandardLifecycleModel.PROCESS_KEY;
    static final String CANCELLATION_MESSAGE = "cancellationRequested";

    static final String STANDARD_ID = TaskHandler.STANDARD_ID;
    static final String SECRETARIAT_GROUP = "secretariatGroup";
    static final String DRAFTING_GROUP = "draftingGroup";
    static final String APPROVER_GROUP = "approverGroup";
    static final String FAST_TRACK = "fastTrack";
    static final String IS_REVISION = "isRevision";
    static final String CONSULTATION_CLOSES_AT = "consultationClosesAt";
    static final String BALLOT_ID = "ballotId";
    static final String BALLOT_CLOSES_AT = "ballotClosesAt";
    static final String BALLOT_PASSED = "ballotPassed";
    static final String IN_FORCE_AT = "inForceAt";

    /** Transient: live only in the transaction of the decision that set them, so they never go stale. */
    static final String OUTCOME = "outcome";
    static final String COMMENT = TaskHandler.COMMENT;
    /** The closed ballot's summary, the reason of the stage event it causes. */
    static final String BALLOT_RESULT = "ballotResult";

    private ProcessVariables() {
    }
}
