package org.stdtrack.lifecycle;

import static org.stdtrack.engine.ProcessVariable.of;
import static org.stdtrack.engine.ProcessVariable.transientOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.stdtrack.ballot.ReviewMeetings;
import org.stdtrack.ballot.Vote;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.periodicreview.ReviewConclusion;
import org.stdtrack.standard.LifecycleDecisions.Approval;
import org.stdtrack.standard.LifecycleDecisions.CommentsResolution;
import org.stdtrack.standard.LifecycleDecisions.Endorsement;
import org.stdtrack.standard.LifecycleDecisions.FailedBallot;
import org.stdtrack.standard.LifecycleDecisions.SubmissionReview;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.tasks.TaskHandler;
import org.stdtrack.tasks.TaskInput;

/**
 * The backing class of {@code bpmn/standard-lifecycle.bpmn}: its process key, the ids of the elements
 * that code names, its message, and its variables with their types, so that no task key or variable name
 * is a string literal elsewhere and no caller casts ({@code BpmnModelsTest} checks that each id and the
 * message exist in the model). A task's decision reaches the model under its form's decision field.
 */
public final class StandardLifecycleModel {

    public static final String PROCESS_KEY = "standardLifecycle";

    /** Correlated by a cancellation: the model's interrupting event subprocess. */
    public static final String CANCELLATION_MESSAGE = "cancellationRequested";

    /** Correlated to each standard whose proposed review conclusion goes with its committee's yearly batch. */
    public static final String REVIEW_BATCH_MESSAGE = "reviewBatchSubmitted";

    /** Where a proposed review conclusion waits for that message. */
    public static final String REVIEW_BATCH_EVENT = "reviewBatchSubmitted";

    static final ProcessVariable<Long> STANDARD_ID = TaskHandler.STANDARD_ID;
    static final ProcessVariable<String> SECRETARIAT_GROUP = of("secretariatGroup", String.class);
    static final ProcessVariable<String> DRAFTING_GROUP = of("draftingGroup", String.class);
    static final ProcessVariable<String> APPROVER_GROUP = of("approverGroup", String.class);
    /** The standard's track skips drafting (IDT/MOD adoption, revision, conversion). */
    static final ProcessVariable<Boolean> FAST_TRACK = of("fastTrack", Boolean.class);
    /** ... and consultation too (revision, conversion). */
    static final ProcessVariable<Boolean> SKIPS_CONSULTATION = of("skipsConsultation", Boolean.class);

    static final ProcessVariable<Date> CONSULTATION_CLOSES_AT = of("consultationClosesAt", Date.class);
    static final ProcessVariable<Long> BALLOT_ID = of("ballotId", Long.class);
    static final ProcessVariable<Date> BALLOT_CLOSES_AT = of("ballotClosesAt", Date.class);
    static final ProcessVariable<Boolean> BALLOT_PASSED = of("ballotPassed", Boolean.class);
    /** How the committee reviews drafts (its review mode when the draft was submitted for review). */
    static final ProcessVariable<String> REVIEW_MODE = of("reviewMode", String.class);
    /** A correspondence ballot disapproved often enough to go to a review meeting. */
    static final ProcessVariable<Boolean> BALLOT_CONTESTED = of("ballotContested", Boolean.class);

    static final ProcessVariable<Date> IN_FORCE_AT = of("inForceAt", Date.class);
    /** The group of the committee's competent department at submission, which reviews it; null for none. */
    static final ProcessVariable<String> COMPETENT_DEPARTMENT_GROUP = of("competentDepartmentGroup", String.class);
    /** Whether the submission is publicly noticed before approval (sector standards). */
    static final ProcessVariable<Boolean> APPROVAL_NOTICE = of("approvalNotice", Boolean.class);

    static final ProcessVariable<Date> APPROVAL_NOTICE_ENDS_AT = of("approvalNoticeEndsAt", Date.class);

    /** Who ended development when it was not the caller (an approved termination): the .98 event's actor. */
    static final ProcessVariable<String> CANCELLED_BY = of("cancelledBy", String.class);
    /** The reason given with a decision or a cancellation: the reason of the stage event it causes. */
    static final ProcessVariable<String> COMMENT = TaskHandler.COMMENT;
    /**
     * When an imported standard's ballot closes, as its file says: read by the ballot's opening in the
     * transaction that places the standard, so that a repeated round gets the policy's period again.
     */
    static final ProcessVariable<Date> PRESET_BALLOT_CLOSE = transientOf("presetBallotClose", Date.class);
    /** The closed ballot's summary, the reason of the stage event it causes. */
    static final ProcessVariable<String> BALLOT_RESULT = transientOf("ballotResult", String.class);

    private StandardLifecycleModel() {}

    /** The service task that opens a technical review ballot. */
    public static final String OPEN_BALLOT = "openBallot";

    /**
     * The decision each user task offers, as the enum its handler reads (the model's values are the enum's
     * constants, in its order); a task not named here decides nothing.
     */
    public static final Map<LifecycleTask, Class<? extends Enum<?>>> DECISIONS = Map.of(
            LifecycleTask.APPROVE_PROPOSAL, Approval.class,
            LifecycleTask.RESOLVE_COMMENTS, CommentsResolution.class,
            LifecycleTask.HOLD_REVIEW_MEETING, ReviewMeetings.Outcome.class,
            LifecycleTask.CAST_VOTE, Vote.class,
            LifecycleTask.REVIEW_SUBMISSION, SubmissionReview.class,
            LifecycleTask.APPROVE_PUBLICATION, Approval.class,
            LifecycleTask.DECIDE_FAILED_BALLOT, FailedBallot.class,
            LifecycleTask.PERIODIC_REVIEW, ReviewConclusion.Outcome.class,
            LifecycleTask.ENDORSE_REVIEW_CONCLUSION, Endorsement.class,
            LifecycleTask.DECIDE_REVIEW_CONCLUSION, ReviewConclusion.Outcome.class);

    /** The plan number the approver assigns with the proposal's approval. */
    public static final TaskInput<String> PLAN_NUMBER = TaskInput.text("planNumber");

    /** When the consultation the secretariat opens closes. */
    public static final TaskInput<Instant> COMMENT_DEADLINE = TaskInput.dateTime("commentDeadline");

    public static final TaskInput<String> PUBLISHED_NUMBER = TaskInput.text("publishedNumber");
    public static final TaskInput<LocalDate> PUBLICATION_DATE = TaskInput.date("publicationDate");
    public static final TaskInput<LocalDate> IMPLEMENTATION_DATE = TaskInput.date("implementationDate");
}
