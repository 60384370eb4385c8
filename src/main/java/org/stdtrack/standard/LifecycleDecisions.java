package org.stdtrack.standard;

/**
 * The decisions of the lifecycle's tasks, as enums whose constants are the model's values, kept beside
 * {@link LifecycleTask} so that the rooms below the lifecycle (references on the approval of publication) read
 * them typed too. The decisions a room owns are its own enums: a vote ({@code ballot.Vote}), a review
 * meeting's outcome ({@code ballot.ReviewMeetings.Outcome}), a review conclusion ({@code
 * periodicreview.ReviewConclusion.Outcome}). The lifecycle's backing class maps each task to its enum.
 */
public final class LifecycleDecisions {

    private LifecycleDecisions() {}

    /** An approver's decision on a proposal or on publication. */
    public enum Approval {
        APPROVE,
        REVISE,
        REJECT
    }

    /** The drafting group's decision when the consultation closes. */
    public enum CommentsResolution {
        SUBMIT,
        REVISE
    }

    /** The competent department's decision on a package submitted for approval. */
    public enum SubmissionReview {
        APPROVE,
        REVISE
    }

    /** The secretariat's decision on a failed ballot. */
    public enum FailedBallot {
        REVISE,
        REPEAT,
        REJECT
    }

    /** The competent department's decision on a periodic review conclusion. */
    public enum Endorsement {
        ENDORSE,
        RETURN
    }
}
