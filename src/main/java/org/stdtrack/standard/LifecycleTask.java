package org.stdtrack.standard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The user tasks of the standard-lifecycle model ({@code bpmn/standard-lifecycle.bpmn}), named here, below
 * every room, because the rooms the lifecycle itself uses (the work plan, proposal support, references, the
 * periodic review batch) act on its tasks too and must not re-spell their keys. The lifecycle's model test
 * checks that each id is a user task of the model.
 */
public enum LifecycleTask {
    SUBMIT_PROPOSAL("submitProposal"),
    APPROVE_PROPOSAL("approveProposal"),
    SUBMIT_DRAFT("submitDraft"),
    OPEN_CONSULTATION("openConsultation"),
    RESOLVE_COMMENTS("resolveComments"),
    SUBMIT_DRAFT_FOR_REVIEW("submitDraftForReview"),
    CAST_VOTE("castVote"),
    HOLD_REVIEW_MEETING("holdReviewMeeting"),
    DECIDE_FAILED_BALLOT("decideFailedBallot"),
    SUBMIT_FOR_APPROVAL("submitForApproval"),
    REVIEW_SUBMISSION("reviewSubmission"),
    APPROVE_PUBLICATION("approvePublication"),
    PUBLISH("publish"),
    PERIODIC_REVIEW("periodicReview"),
    ENDORSE_REVIEW_CONCLUSION("endorseReviewConclusion"),
    DECIDE_REVIEW_CONCLUSION("decideReviewConclusion");

    private final String id;

    LifecycleTask(String id) {
        this.id = id;
    }

    /** The BPMN id, which is also the task's key in the API. */
    public String id() {
        return id;
    }

    /** The lifecycle task with this key, if it is one. */
    public static Optional<LifecycleTask> byId(String taskKey) {
        return Arrays.stream(values()).filter(t -> t.is(taskKey)).findFirst();
    }

    /** Whether a task's key is this task's. */
    public boolean is(String taskKey) {
        return id.equals(taskKey);
    }
}
