package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.stdtrack.lifecycle.StandardLifecycleModel.APPROVAL_NOTICE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.APPROVAL_NOTICE_ENDS_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.APPROVER_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_CLOSES_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_CONTESTED;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_ID;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_PASSED;
import static org.stdtrack.lifecycle.StandardLifecycleModel.CANCELLATION_MESSAGE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.COMPETENT_DEPARTMENT_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.CONSULTATION_CLOSES_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.DRAFTING_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.FAST_TRACK;
import static org.stdtrack.lifecycle.StandardLifecycleModel.IN_FORCE_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PROCESS_KEY;
import static org.stdtrack.lifecycle.StandardLifecycleModel.REVIEW_MODE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.SECRETARIAT_GROUP;
import static org.stdtrack.lifecycle.StandardLifecycleModel.SKIPS_CONSULTATION;
import static org.stdtrack.lifecycle.StandardLifecycleModel.STANDARD_ID;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stdtrack.engine.CoverageInDocs;
import org.stdtrack.engine.ProcessScope;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Track;

/**
 * The standard-lifecycle model on its own, as the specification of how a standard moves: which task
 * waits where, and which stage events (stage and GB/T 16733 code) each path records. The glue the model
 * calls (stage transitions, deadlines, the ballot) is stood in for by recorders; the glue itself is tested
 * against the database in {@code LifecyclePathsTest}. Detours are tested in chunks, started just before
 * the activity they concern.
 */
@ExtendWith(CoverageInDocs.class)
@Deployment(resources = "bpmn/standard-lifecycle.bpmn")
class StandardLifecycleProcessTest {

    private static final RecordedStages STAGES = new RecordedStages();
    private static final Ballot BALLOT = new Ballot();
    private static final Claims CLAIMS = new Claims();

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessScope.engineWith(Map.of(
            "stages",
            STAGES,
            "deadlines",
            new Deadlines(),
            "ballotRoll",
            BALLOT,
            "openBallot",
            (JavaDelegate) BALLOT::open,
            "tallyBallot",
            (JavaDelegate) BALLOT::tally,
            "approvalChain",
            new ApprovalChain(),
            "openReviewMeeting",
            (JavaDelegate) execution -> {},
            "duplicationClaims",
            CLAIMS));

    @BeforeEach
    void freshRecords() {
        init(ENGINE.getProcessEngine());
        STAGES.entered.clear();
        BALLOT.passes = true;
        BALLOT.contested = false;
        CLAIMS.unanswered = false;
        CLAIMS.withdrawn = false;
    }

    @Test
    void thePlanWaitsForTheAnswersToDuplicationClaimsAndAWithdrawalEndsTheItem() {
        ProcessInstance answered = start(Track.REGULAR);
        complete(task());
        decide(answered, LifecycleTask.APPROVE_PROPOSAL, "APPROVE");
        CLAIMS.unanswered = true;
        execute(job());
        assertThat(answered).as("the period ended with a claim open").isWaitingAt("duplicationClaimsAnswered");
        CLAIMS.unanswered = false;
        runtimeService()
                .createMessageCorrelation("duplicationClaimsAnswered")
                .processInstanceId(answered.getId())
                .correlate();
        assertThat(task()).as("the plan takes effect").hasCandidateGroup("tc-drafting");

        ProcessInstance withdrawn = start(Track.REGULAR);
        STAGES.entered.clear();
        complete(taskQuery().processInstanceId(withdrawn.getId()).singleResult());
        decide(withdrawn, LifecycleTask.APPROVE_PROPOSAL, "APPROVE");
        CLAIMS.withdrawn = true;
        execute(job());
        assertThat(withdrawn).isEnded().hasPassed("proposalRejected");
        assertThat(STAGES.entered).endsWith("CANCELLED 10.98");
    }

    /** The duplication claims' answers as the gate after the proposal's comment period asks for them. */
    public static class Claims {
        volatile boolean unanswered;
        volatile boolean withdrawn;

        public boolean unanswered(DelegateExecution execution) {
            return unanswered;
        }

        public boolean withdrawn(DelegateExecution execution) {
            return withdrawn;
        }
    }

    @Test
    void aNewWorkItemRunsFromProposalThroughPublicationToWithdrawal() {
        ProcessInstance standard = start(Track.REGULAR);
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_PROPOSAL.id());
        assertThat(task()).hasCandidateGroup("tc-secretariat");
        complete(task());
        decide(standard, LifecycleTask.APPROVE_PROPOSAL, "APPROVE");
        assertThat(standard)
                .as("the approved proposal is publicly commented before the plan takes effect")
                .isWaitingAt("proposalCommentPeriodEnded");
        execute(job());
        assertThat(task()).hasCandidateGroup("tc-drafting");
        complete(task());
        consultAndResolve(standard, "SUBMIT");
        voteEveryone(standard);
        submit(standard, null, false);
        decide(standard, LifecycleTask.APPROVE_PUBLICATION, "APPROVE");
        assertThat(standard).isWaitingAt(LifecycleTask.PUBLISH.id());
        complete(task(), withVariables(IN_FORCE_AT.name(), inDays(90)));
        assertThat(standard).isWaitingAt("implementationDateReached");
        execute(job());
        assertThat(standard).isWaitingAt("periodicReviewDue");
        execute(job());
        review(standard, "WITHDRAW", null);
        assertThat(standard).as("publicly noticed first").isWaitingAt("withdrawalNoticeEnded");
        assertThat(job()).hasDueDate(WITHDRAWAL_NOTICE_ENDS);
        execute(job());
        assertThat(standard).isEnded().hasPassed("published", "standardWithdrawn");
        assertThat(STAGES.entered)
                .containsExactly(
                        "PRELIMINARY 00.00",
                        "PROPOSAL 10.00",
                        "PROPOSAL 10.60",
                        "DRAFTING 10.99",
                        "CONSULTATION 20.99",
                        "TECHNICAL_REVIEW 30.99",
                        "APPROVAL 40.99 (after the ballot)",
                        "PUBLISHED 60.60",
                        "IN_FORCE 60.60 (on the implementation date)",
                        "PERIODIC_REVIEW 90.20",
                        "PERIODIC_REVIEW 90.60",
                        "WITHDRAWN 95.99");
    }

    @Test
    void aProposalSentBackIsResubmittedAndARejectedOneAbandonsDevelopment() {
        ProcessInstance standard = start(Track.REGULAR);
        complete(task());
        decide(standard, LifecycleTask.APPROVE_PROPOSAL, "REVISE");
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_PROPOSAL.id());
        complete(task());
        decide(standard, LifecycleTask.APPROVE_PROPOSAL, "REJECT");
        assertThat(standard).isEnded().hasPassed("proposalRejected", "developmentAbandoned", "standardCancelled");
        assertThat(STAGES.entered)
                .containsExactly(
                        "PRELIMINARY 00.00",
                        "PROPOSAL 10.00",
                        "PRELIMINARY 10.92",
                        "PROPOSAL 10.00",
                        "CANCELLED 10.98");
    }

    @Test
    void anAdoptionOfAnInternationalStandardGoesFromApprovalStraightToConsultation() {
        ProcessInstance standard = start(Track.ADOPTION);
        complete(task());
        decide(standard, LifecycleTask.APPROVE_PROPOSAL, "APPROVE");
        execute(job());
        assertThat(standard)
                .isWaitingAt(LifecycleTask.OPEN_CONSULTATION.id())
                .hasNotPassed(LifecycleTask.SUBMIT_DRAFT.id());
        assertThat(STAGES.entered).endsWith("PROPOSAL 10.60", "CONSULTATION 10.99");
    }

    @Test
    void aRevisionIsProposedAndThenSkipsDraftingAndConsultation() {
        ProcessInstance standard = start(Track.REVISION);
        complete(task());
        decide(standard, LifecycleTask.APPROVE_PROPOSAL, "APPROVE");
        execute(job());
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_DRAFT_FOR_REVIEW.id());
        assertThat(task()).hasCandidateGroup("tc-drafting");
        complete(task());
        assertThat(standard)
                .isWaitingAt(LifecycleTask.CAST_VOTE.id())
                .hasNotPassed(LifecycleTask.SUBMIT_DRAFT.id(), LifecycleTask.OPEN_CONSULTATION.id());
        assertThat(STAGES.entered)
                .containsExactly("PRELIMINARY 00.00", "PROPOSAL 10.00", "PROPOSAL 10.60", "TECHNICAL_REVIEW 10.99");
    }

    @Test
    void aConsultationCanBeRepeated() {
        ProcessInstance standard = startBefore(LifecycleTask.OPEN_CONSULTATION.id());
        consultAndResolve(standard, "REVISE");
        assertThat(standard).isWaitingAt(LifecycleTask.OPEN_CONSULTATION.id());
        assertThat(STAGES.entered).containsExactly("CONSULTATION 30.93");
    }

    @Test
    void aBallotNotEveryoneVotedInIsCountedAtItsDeadline() {
        ProcessInstance standard = startBefore("openBallot");
        assertThat(taskQuery().taskDefinitionKey(LifecycleTask.CAST_VOTE.id()).list())
                .extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("voter1", "voter2");
        complete(taskQuery().taskAssignee("voter1").singleResult(), withVariables("vote", "APPROVE"));
        execute(job());
        assertThat(standard).hasPassed("tallyBallot").isWaitingAt(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        assertThat(taskQuery().taskAssignee("voter2").count())
                .as("the late voter's task is gone")
                .isZero();
    }

    @Test
    void aFailedBallotIsRepeatedThenSentBackToDraftingThenRejected() {
        BALLOT.passes = false;
        ProcessInstance standard = startBefore("openBallot");
        voteEveryone(standard);
        decide(standard, LifecycleTask.DECIDE_FAILED_BALLOT, "REPEAT");
        voteEveryone(standard);
        decide(standard, LifecycleTask.DECIDE_FAILED_BALLOT, "REVISE");
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_DRAFT.id());
        complete(task());
        consultAndResolve(standard, "SUBMIT");
        voteEveryone(standard);
        decide(standard, LifecycleTask.DECIDE_FAILED_BALLOT, "REJECT");
        assertThat(standard).isEnded().hasPassed("ballotRejected", "standardCancelled");
        assertThat(STAGES.entered)
                .containsExactly(
                        "TECHNICAL_REVIEW 40.93",
                        "DRAFTING 40.92",
                        "CONSULTATION 20.99",
                        "TECHNICAL_REVIEW 30.99",
                        "CANCELLED 40.98");
    }

    @Test
    void aSubmissionForApprovalIsSentBackThenRejected() {
        ProcessInstance standard = startBefore(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        submit(standard, null, false);
        decide(standard, LifecycleTask.APPROVE_PUBLICATION, "REVISE");
        submit(standard, null, false);
        decide(standard, LifecycleTask.APPROVE_PUBLICATION, "REJECT");
        assertThat(standard).isEnded().hasPassed("publicationRejected", "standardCancelled");
        assertThat(STAGES.entered).containsExactly("APPROVAL 50.92", "CANCELLED 50.98");
    }

    @Test
    void aSubmissionGoesThroughItsCommitteesCompetentDepartmentWhichMayReturnItToTheSecretariat() {
        ProcessInstance standard = startBefore(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        submit(standard, "approverMIIT", false);
        assertThat(standard).isWaitingAt(LifecycleTask.REVIEW_SUBMISSION.id());
        assertThat(task()).hasCandidateGroup("approverMIIT");
        decide(standard, LifecycleTask.REVIEW_SUBMISSION, "REVISE");
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_FOR_APPROVAL.id()).hasNotPassed("approvePublication");
        submit(standard, "approverMIIT", false);
        decide(standard, LifecycleTask.REVIEW_SUBMISSION, "APPROVE");
        assertThat(standard).isWaitingAt(LifecycleTask.APPROVE_PUBLICATION.id()).hasNotPassed("approvalNoticeEnded");
        assertThat(task()).hasCandidateGroup("approver-sac");
        assertThat(STAGES.entered).containsExactly("APPROVAL 50.92");
    }

    @Test
    void aSectorSubmissionIsPubliclyNoticedBeforeTheApproverDecides() {
        ProcessInstance standard = startBefore(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        submit(standard, null, true);
        assertThat(standard).isWaitingAt("approvalNoticeEnded");
        assertThat(job()).hasDueDate(APPROVAL_CHAIN_NOTICE_ENDS);
        execute(job());
        assertThat(standard).isWaitingAt(LifecycleTask.APPROVE_PUBLICATION.id());

        ProcessInstance reviewed = startBefore(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        submit(reviewed, "approverMIIT", true);
        decide(reviewed, LifecycleTask.REVIEW_SUBMISSION, "APPROVE");
        assertThat(reviewed).isWaitingAt("approvalNoticeEnded");
        assertThat(STAGES.entered).isEmpty();
    }

    @Test
    void aCommitteeThatReviewsAtAMeetingHoldsOneInsteadOfABallotAndRepeatsItAfterAFailure() {
        ProcessInstance standard = startBefore("reviewByMeeting", Map.of(REVIEW_MODE.name(), "MEETING"));
        assertThat(standard).isWaitingAt(LifecycleTask.HOLD_REVIEW_MEETING.id()).hasPassed("openReviewMeeting");
        assertThat(task()).hasCandidateGroup("tc-secretariat");
        holdMeeting(false);
        decide(standard, LifecycleTask.DECIDE_FAILED_BALLOT, "REPEAT");
        assertThat(standard).isWaitingAt(LifecycleTask.HOLD_REVIEW_MEETING.id()).hasNotPassed("openBallot");
        holdMeeting(true);
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        assertThat(STAGES.entered).containsExactly("TECHNICAL_REVIEW 40.93", "APPROVAL 40.99 (after the ballot)");
    }

    @Test
    void aContestedReviewByCorrespondenceGoesToAMeeting() {
        BALLOT.contested = true;
        ProcessInstance standard = startBefore("reviewByMeeting", Map.of());
        assertThat(standard).isWaitingAt(LifecycleTask.CAST_VOTE.id());
        voteEveryone(standard);
        assertThat(standard)
                .isWaitingAt(LifecycleTask.HOLD_REVIEW_MEETING.id())
                .hasPassed("ballotContested", "openReviewMeeting");
        holdMeeting(true);
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
    }

    /** The secretariat records the meeting's outcome, as the lifecycle's handler reports it. */
    private static void holdMeeting(boolean passed) {
        VariableMap outcome = Variables.createVariables().putValue("outcome", passed ? "CONSENSUS" : "VOTE");
        BALLOT_PASSED.putIn(outcome, passed);
        BALLOT_CONTESTED.putIn(outcome, false);
        complete(task(), outcome);
    }

    @Test
    void aStandardIsConfirmedRevisedAndAmendedAtItsPeriodicReviewsAndStaysInForce() {
        ProcessInstance standard = startBefore("periodicReviewDue");
        execute(job());
        review(standard, "CONFIRM", null);
        assertThat(standard).isWaitingAt("periodicReviewDue");
        execute(job());
        review(standard, "REVISE", "approverMIIT");
        assertThat(standard).isWaitingAt("periodicReviewDue").isNotEnded();
        execute(job());
        review(standard, "AMEND", null);
        assertThat(standard).isWaitingAt("periodicReviewDue").isNotEnded();
        assertThat(STAGES.entered)
                .containsExactly(
                        "PERIODIC_REVIEW 90.20",
                        "IN_FORCE 90.93",
                        "PERIODIC_REVIEW 90.20",
                        "IN_FORCE 90.92",
                        "PERIODIC_REVIEW 90.20",
                        "IN_FORCE 90.92");
    }

    @Test
    void aReviewConclusionWaitsForItsBatchAndACompetentDepartmentMayReturnIt() {
        ProcessInstance standard = startBefore(LifecycleTask.PERIODIC_REVIEW.id());
        decide(standard, LifecycleTask.PERIODIC_REVIEW, "WITHDRAW");
        assertThat(standard).as("until the batch is submitted").isWaitingAt("reviewBatchSubmitted");
        assertThat(taskQuery().count()).isZero();
        submitBatch(standard, "approverMIIT");
        assertThat(task()).hasCandidateGroup("approverMIIT");
        decide(standard, LifecycleTask.ENDORSE_REVIEW_CONCLUSION, "RETURN");
        assertThat(task()).as("back to the secretariat").hasCandidateGroup("tc-secretariat");
        decide(standard, LifecycleTask.PERIODIC_REVIEW, "CONFIRM");
        submitBatch(standard, "approverMIIT");
        decide(standard, LifecycleTask.ENDORSE_REVIEW_CONCLUSION, "ENDORSE");
        assertThat(task()).hasCandidateGroup("approver-sac");
        decide(standard, LifecycleTask.DECIDE_REVIEW_CONCLUSION, "CONFIRM");
        assertThat(standard).as("the approving body decided otherwise").isWaitingAt("periodicReviewDue");
        assertThat(STAGES.entered).containsExactly("IN_FORCE 90.93");
    }

    @Test
    void aCancellationEndsDevelopmentWhereverItStands() {
        ProcessInstance standard = start(Track.REGULAR);
        complete(task());
        runtimeService()
                .createMessageCorrelation(CANCELLATION_MESSAGE)
                .processInstanceId(standard.getId())
                .correlate();
        assertThat(standard).isEnded().hasPassed("cancellationRequested", "standardCancelled");
        assertThat(STAGES.entered)
                .containsExactly("PRELIMINARY 00.00", "PROPOSAL 10.00", "CANCELLED (from the stage it interrupts)");
    }

    /** Completes the task waiting in this standard with this decision (or none). */
    private static void decide(ProcessInstance standard, LifecycleTask waiting, String outcome) {
        assertThat(standard).isWaitingAt(waiting.id());
        complete(task(), outcome == null ? Variables.createVariables() : withVariables("outcome", outcome));
    }

    /**
     * A whole periodic review: the secretariat proposes, the batch goes to the competent department (if any),
     * which endorses, and the approving body decides as proposed.
     */
    private static void review(ProcessInstance standard, String conclusion, String competentDepartmentGroup) {
        decide(standard, LifecycleTask.PERIODIC_REVIEW, conclusion);
        submitBatch(standard, competentDepartmentGroup);
        if (competentDepartmentGroup != null) {
            decide(standard, LifecycleTask.ENDORSE_REVIEW_CONCLUSION, "ENDORSE");
        }
        decide(standard, LifecycleTask.DECIDE_REVIEW_CONCLUSION, conclusion);
    }

    /** The committee's review batch is submitted: the conclusion goes to this department, or to the approver. */
    private static void submitBatch(ProcessInstance standard, String competentDepartmentGroup) {
        assertThat(standard).isWaitingAt("reviewBatchSubmitted");
        VariableMap chain = Variables.createVariables();
        COMPETENT_DEPARTMENT_GROUP.putIn(chain, competentDepartmentGroup);
        runtimeService()
                .createMessageCorrelation(StandardLifecycleModel.REVIEW_BATCH_MESSAGE)
                .processInstanceId(standard.getId())
                .setVariables(chain)
                .correlate();
    }

    /** The secretariat submits; the submission's way to the approver is what the committee's settings say. */
    private static void submit(ProcessInstance standard, String competentDepartmentGroup, boolean notice) {
        assertThat(standard).isWaitingAt(LifecycleTask.SUBMIT_FOR_APPROVAL.id());
        VariableMap chain = Variables.createVariables();
        COMPETENT_DEPARTMENT_GROUP.putIn(chain, competentDepartmentGroup);
        APPROVAL_NOTICE.putIn(chain, notice);
        complete(task(), chain);
    }

    private static void consultAndResolve(ProcessInstance standard, String outcome) {
        assertThat(standard).isWaitingAt(LifecycleTask.OPEN_CONSULTATION.id());
        complete(task(), withVariables(CONSULTATION_CLOSES_AT.name(), inDays(60)));
        assertThat(standard).isWaitingAt("consultationClosed");
        execute(job());
        decide(standard, LifecycleTask.RESOLVE_COMMENTS, outcome);
    }

    private static void voteEveryone(ProcessInstance standard) {
        assertThat(standard).isWaitingAt(LifecycleTask.CAST_VOTE.id());
        taskQuery()
                .taskDefinitionKey(LifecycleTask.CAST_VOTE.id())
                .list()
                .forEach(vote -> complete(vote, withVariables("vote", "APPROVE")));
        assertThat(standard).hasPassed("tallyBallot");
    }

    /** A standard registered; the assertions that follow (task(), job()) are about it. */
    private static ProcessInstance start(Track track) {
        ProcessInstance standard = runtimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .businessKey("1")
                .setVariables(variables(track))
                .execute();
        assertThat(standard).isStarted();
        return standard;
    }

    /** A standard that has got as far as just before this activity. */
    private static ProcessInstance startBefore(String activity) {
        return startBefore(activity, Map.of());
    }

    private static ProcessInstance startBefore(String activity, Map<String, Object> extra) {
        ProcessInstance standard = runtimeService()
                .createProcessInstanceByKey(PROCESS_KEY)
                .businessKey("1")
                .startBeforeActivity(activity)
                .setVariables(variables(Track.REGULAR))
                .setVariables(extra)
                .setVariable(IN_FORCE_AT.name(), inDays(0))
                .execute();
        assertThat(standard).isStarted();
        return standard;
    }

    private static VariableMap variables(Track track) {
        VariableMap variables = Variables.createVariables();
        STANDARD_ID.putIn(variables, 1L);
        SECRETARIAT_GROUP.putIn(variables, "tc-secretariat");
        DRAFTING_GROUP.putIn(variables, "tc-drafting");
        APPROVER_GROUP.putIn(variables, "approver-sac");
        FAST_TRACK.putIn(variables, track.skipsDrafting());
        SKIPS_CONSULTATION.putIn(variables, track.skipsConsultation());
        REVIEW_MODE.putIn(variables, "CORRESPONDENCE");
        return variables;
    }

    private static Date inDays(int days) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }

    /** Stands in for StageTransitions: records each stage event the model causes. */
    public static class RecordedStages {

        final List<String> entered = new ArrayList<>();

        public void enter(DelegateExecution execution, String stage, String code) {
            entered.add(stage + " " + code);
        }

        public void enterOn(DelegateExecution execution, String stage, String code, Date effective) {
            entered.add(stage + " " + code + " (on the implementation date)");
        }

        public void enterAfterBallot(DelegateExecution execution, String stage, String code) {
            entered.add(stage + " " + code + " (after the ballot)");
        }

        public void cancel(DelegateExecution execution) {
            entered.add("CANCELLED (from the stage it interrupts)");
        }
    }

    /** Stands in for the lifecycle's Deadlines: fixed periods from the engine's clock. */
    public static class Deadlines {

        public Date proposalCommentsClose(DelegateExecution execution) {
            return inDays(30);
        }

        public Date periodicReviewDue(DelegateExecution execution) {
            return inDays(5 * 365);
        }

        public Date withdrawalNoticeEnds(DelegateExecution execution) {
            return WITHDRAWAL_NOTICE_ENDS;
        }
    }

    private static final Date WITHDRAWAL_NOTICE_ENDS = Date.from(Instant.parse("2031-06-01T00:00:00Z"));

    private static final Date APPROVAL_CHAIN_NOTICE_ENDS = Date.from(Instant.parse("2027-03-01T00:00:00Z"));

    /** Stands in for the lifecycle's ApprovalChain: a notice ending on a fixed day. */
    public static class ApprovalChain {

        public void startNotice(DelegateExecution execution) {
            APPROVAL_NOTICE_ENDS_AT.set(execution, APPROVAL_CHAIN_NOTICE_ENDS);
        }
    }

    /** Stands in for the ballot: two voters; the count passes or fails as the test says. */
    public static class Ballot {

        boolean passes = true;

        public List<String> voters(Long ballotId) {
            return List.of("voter1", "voter2");
        }

        void open(DelegateExecution execution) {
            BALLOT_ID.set(execution, 1L);
            BALLOT_CLOSES_AT.set(execution, inDays(60));
        }

        boolean contested = false;

        void tally(DelegateExecution execution) {
            BALLOT_PASSED.set(execution, passes);
            BALLOT_CONTESTED.set(execution, contested);
        }
    }
}
