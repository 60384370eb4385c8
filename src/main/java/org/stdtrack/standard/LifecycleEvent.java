package org.stdtrack.standard;

/**
 * The events the standard-lifecycle model waits at ({@code bpmn/standard-lifecycle.bpmn}), named here beside
 * {@link LifecycleTask}: the lifecycle places an imported standard at a timer, a standard that no one has a task
 * in says which one it waits for, and the answers to duplication claims are a message of the same name. The
 * lifecycle's model test checks each is a catch event of the model.
 */
public enum LifecycleEvent {
    PROPOSAL_COMMENT_PERIOD_ENDED("proposalCommentPeriodEnded"),
    CONSULTATION_CLOSED("consultationClosed"),
    APPROVAL_NOTICE_ENDED("approvalNoticeEnded"),
    IMPLEMENTATION_DATE_REACHED("implementationDateReached"),
    PERIODIC_REVIEW_DUE("periodicReviewDue"),
    WITHDRAWAL_NOTICE_ENDED("withdrawalNoticeEnded"),
    /** A message: the last duplication claim of the proposal's comment period is answered (or one withdrew it). */
    DUPLICATION_CLAIMS_ANSWERED("duplicationClaimsAnswered");

    private final String id;

    LifecycleEvent(String id) {
        this.id = id;
    }

    /** The BPMN id of the event. */
    public String id() {
        return id;
    }

    /** Whether an event's id is this one's. */
    public boolean is(String eventId) {
        return id.equals(eventId);
    }
}
