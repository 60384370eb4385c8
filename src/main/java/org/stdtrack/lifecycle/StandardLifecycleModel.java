package org.stdtrack.lifecycle;

/**
 * The backing class of {@code bpmn/standard-lifecycle.bpmn}: its process key and the ids of the elements
 * that code names, so that no task key is a string literal elsewhere ({@code BpmnModelsTest} checks that
 * each one exists in the model).
 */
public final class StandardLifecycleModel {

    public static final String PROCESS_KEY = "standardLifecycle";

    private StandardLifecycleModel() {
    }

    /** The model's user tasks. */
    public enum UserTask {
        SUBMIT_PROPOSAL("submitProposal"),
        APPROVE_PROPOSAL("approveProposal"),
        SUBMIT_DRAFT("submitDraft"),
        OPEN_CONSULTATION("openConsultation"),
        RESOLVE_COMMENTS("resolveComments"),
        CAST_VOTE("castVote"),
        DECIDE_FAILED_BALLOT("decideFailedBallot"),
        SUBMIT_FOR_APPROVAL("submitForApproval"),
        APPROVE_PUBLICATION("approvePublication"),
        PUBLISH("publish"),
        PERIODIC_REVIEW("periodicReview");

        private final String id;

        UserTask(String id) {
            this.id = id;
        }

        /** The BPMN id, which is also the task's key in the API. */
        public String id() {
            return id;
        }
    }
}
