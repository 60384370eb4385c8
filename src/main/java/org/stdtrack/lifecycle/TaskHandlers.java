package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_CONTESTED;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_ID;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_PASSED;
import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_RESULT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.COMMENT_DEADLINE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.CONSULTATION_CLOSES_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.IMPLEMENTATION_DATE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.IN_FORCE_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PLAN_NUMBER;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PUBLICATION_DATE;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PUBLISHED_NUMBER;
import static org.stdtrack.lifecycle.StandardLifecycleModel.REVIEW_MODE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.stdtrack.amendment.Amendments;
import org.stdtrack.ballot.Ballots;
import org.stdtrack.ballot.ReviewMeetings;
import org.stdtrack.ballot.Vote;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.dossier.SubmissionPackage;
import org.stdtrack.periodicreview.ReviewConclusion.Outcome;
import org.stdtrack.periodicreview.ReviewConclusions;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.LifecycleDecisions.Approval;
import org.stdtrack.standard.LifecycleDecisions.CommentsResolution;
import org.stdtrack.standard.LifecycleDecisions.Endorsement;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Publications;
import org.stdtrack.standard.PublishedNumber;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardPlan;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskHandler;

/** One handler per user task that has rules or records of its own; the other tasks only move the process. */
@Configuration
class TaskHandlers {

    private final StandardRepository standards;

    private final StandardPlan standardPlan;

    private final Publications publications;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final RequiredDocuments requiredDocuments;
    private final ReferenceData referenceData;

    TaskHandlers(
            StandardRepository standards,
            Policy policy,
            ProgrammeClock clock,
            RequiredDocuments requiredDocuments,
            ReferenceData referenceData,
            StandardPlan standardPlan,
            Publications publications) {
        this.standardPlan = standardPlan;
        this.publications = publications;
        this.referenceData = referenceData;
        this.standards = standards;
        this.policy = policy;
        this.clock = clock;
        this.requiredDocuments = requiredDocuments;
    }

    /** The proposal package's documents, where the committee asks for them (its work plan: the plan room). */
    @Bean
    TaskHandler submitProposal() {
        return handler(LifecycleTask.SUBMIT_PROPOSAL, c -> {
            requiredDocuments.require(LifecycleTask.SUBMIT_PROPOSAL, c.standard());
            return Map.of();
        });
    }

    /**
     * Approval into the plan assigns the plan number; the plan takes effect, and its development clock starts,
     * when the proposal's public comment period ends ({@code Lifecycle}).
     */
    @Bean
    TaskHandler approveProposal() {
        return handler(LifecycleTask.APPROVE_PROPOSAL, c -> {
            if (c.decision(Approval.class) == Approval.APPROVE) {
                String planNumber = c.get(PLAN_NUMBER);
                // A plan number names one standard of the programme (and the database holds it to that).
                standards
                        .findByPlanNumber(c.standard().programme(), planNumber)
                        .filter(other -> other.id() != c.standard().id())
                        .ifPresent(other -> {
                            throw ApiException.invalid(
                                            "planNumber",
                                            "Plan number " + planNumber + " is already that of standard " + other.id()
                                                    + ".")
                                    .withText("problem.planNumberTaken", planNumber, other.id());
                        });
                standardPlan.assignPlanNumber(c.standard().id(), planNumber);
            }
            return Map.of();
        });
    }

    @Bean
    TaskHandler openConsultation(Consultations consultations) {
        return handler(LifecycleTask.OPEN_CONSULTATION, c -> {
            requiredDocuments.require(LifecycleTask.OPEN_CONSULTATION, c.standard());
            Instant deadline = c.get(COMMENT_DEADLINE);
            var minimum = policy.consultationMinPeriod(c.standard().type());
            Instant earliest = clock.fromNow(minimum);
            if (deadline.isBefore(earliest)) {
                throw ApiException.invalid(
                                "commentDeadline",
                                "The consultation must stay open at least " + minimum + " for a "
                                        + c.standard().type() + " standard: the deadline cannot be before " + earliest
                                        + ".")
                        .withText(
                                "problem.consultationTooShort",
                                minimum,
                                c.standard().type(),
                                earliest);
            }
            consultations.open(c.standard().id(), deadline, c.actor().username());
            return CONSULTATION_CLOSES_AT.asMap(Date.from(deadline));
        });
    }

    @Bean
    TaskHandler resolveComments(Consultations consultations) {
        return handler(LifecycleTask.RESOLVE_COMMENTS, c -> {
            // Sending the draft back to be revised needs no resolutions; only submitting it to the ballot does.
            boolean submit = c.decision(CommentsResolution.class) == CommentsResolution.SUBMIT;
            long unresolved =
                    submit ? consultations.unresolvedCount(c.standard().id()) : 0;
            if (unresolved > 0) {
                throw ApiException.conflict(
                                unresolved + " comment(s) still need a resolution before the consultation can close.")
                        .withText("problem.commentsUnresolved", unresolved);
            }
            if (submit) {
                requiredDocuments.require(LifecycleTask.RESOLVE_COMMENTS, c.standard());
                return reviewModeNow(c.standard());
            }
            return Map.of();
        });
    }

    /** A revision or conversion goes to the review with its draft for review and drafting explanation. */
    @Bean
    TaskHandler submitDraftForReview() {
        return handler(LifecycleTask.SUBMIT_DRAFT_FOR_REVIEW, c -> {
            requiredDocuments.require(LifecycleTask.SUBMIT_DRAFT_FOR_REVIEW, c.standard());
            return reviewModeNow(c.standard());
        });
    }

    /** The committee's review mode of the moment a draft goes to review decides how it is reviewed. */
    private Map<String, Object> reviewModeNow(Standard standard) {
        return REVIEW_MODE.asMap(referenceData
                .committee(standard.committee())
                .orElseThrow()
                .reviewMode()
                .name());
    }

    /**
     * The review meeting's outcome, once its minutes are uploaded and its day has come: consensus, or the
     * vote counted on the committee's bases; the result goes where a ballot's would.
     */
    @Bean
    TaskHandler holdReviewMeeting(ReviewMeetings meetings) {
        return handler(LifecycleTask.HOLD_REVIEW_MEETING, c -> {
            meetings.due(c.standard().id());
            requiredDocuments.require(LifecycleTask.HOLD_REVIEW_MEETING, c.standard());
            var result = meetings.hold(
                    c.standard().id(),
                    c.decision(ReviewMeetings.Outcome.class),
                    c.actor().username());
            VariableMap variables = Variables.createVariables();
            BALLOT_PASSED.putIn(variables, result.passed());
            BALLOT_RESULT.putIn(variables, result.summary());
            BALLOT_CONTESTED.putIn(variables, false);
            return variables;
        });
    }

    @Bean
    TaskHandler castVote(Ballots ballots) {
        return handler(LifecycleTask.CAST_VOTE, c -> {
            long ballotId = BALLOT_ID.from(c.processVariables());
            ballots.recordVote(ballotId, c.actor().username(), c.decision(Vote.class), c.comment());
            return Map.of();
        });
    }

    /**
     * Submission for approval records the package (its versions and SHA-256), stops the development clock
     * and sets the way it travels to the approver.
     */
    @Bean
    TaskHandler submitForApproval(SubmissionPackage packages, ApprovalChain chain) {
        return handler(LifecycleTask.SUBMIT_FOR_APPROVAL, c -> {
            requiredDocuments.require(LifecycleTask.SUBMIT_FOR_APPROVAL, c.standard());
            packages.recordSubmission(c.standard(), c.actor().username());
            standardPlan.markSubmittedForApproval(c.standard().id(), clock.now());
            return chain.onSubmission(c.standard());
        });
    }

    @Bean
    TaskHandler publish() {
        return handler(LifecycleTask.PUBLISH, c -> {
            Standard standard = c.standard();
            String number = c.get(PUBLISHED_NUMBER);
            LocalDate published = c.get(PUBLICATION_DATE);
            LocalDate inForce = c.get(IMPLEMENTATION_DATE);
            String problem = PublishedNumber.problem(
                    standard, referenceData.committee(standard.committee()).orElseThrow(), number, published);
            if (problem != null) {
                throw ApiException.invalid("publishedNumber", problem).withText("problem.publishedNumber", number);
            }
            if (inForce.isBefore(published)) {
                throw ApiException.invalid(
                                "implementationDate", "The implementation date cannot be before the publication date.")
                        .withText("problem.implementationBeforePublication");
            }
            publications.recordPublication(standard.id(), number, published, inForce);
            return IN_FORCE_AT.asMap(Date.from(clock.startOf(inForce)));
        });
    }

    /**
     * The secretariat's conclusion waits, in the committee's batch of the year, for the batch's submission; in a
     * process started on an earlier model it is the decision, as it was.
     */
    @Bean
    TaskHandler periodicReview(
            ReviewConclusions conclusions,
            LifecycleInstances instances,
            @Lazy Lifecycle lifecycle,
            Amendments amendments) {
        return handler(LifecycleTask.PERIODIC_REVIEW, c -> {
            conclusions.propose(c.standard(), c.actor(), c.decision(Outcome.class), c.comment());
            if (!instances.reviewsInBatches(c.standard())) {
                concluded(c, conclusions, lifecycle, amendments);
            }
            return Map.of();
        });
    }

    @Bean
    TaskHandler endorseReviewConclusion(ReviewConclusions conclusions) {
        return handler(LifecycleTask.ENDORSE_REVIEW_CONCLUSION, c -> {
            switch (c.decision(Endorsement.class)) {
                case RETURN -> conclusions.returned(c.standard(), c.actor(), c.comment());
                case ENDORSE -> conclusions.endorsed(c.standard(), c.actor());
            }
            return Map.of();
        });
    }

    @Bean
    TaskHandler decideReviewConclusion(
            ReviewConclusions conclusions, @Lazy Lifecycle lifecycle, Amendments amendments) {
        return handler(LifecycleTask.DECIDE_REVIEW_CONCLUSION, c -> {
            concluded(c, conclusions, lifecycle, amendments);
            return Map.of();
        });
    }

    /**
     * A review's decision: a revision is a new project, linked to this standard, on the revision track; an
     * amendment is registered with the decision's reason (refused beyond the standard's amendments); this
     * standard stays in force.
     */
    private static void concluded(
            TaskHandler.Completion c, ReviewConclusions conclusions, Lifecycle lifecycle, Amendments amendments) {
        Outcome outcome = c.decision(Outcome.class);
        conclusions.decided(c.standard(), c.actor(), outcome, c.comment());
        switch (outcome) {
            case REVISE -> lifecycle.registerRevision(c.standard(), c.actor());
            case AMEND -> amendments.registerDecided(c.standard(), c.comment(), c.actor());
            case CONFIRM, WITHDRAW -> {}
        }
    }

    private static TaskHandler handler(LifecycleTask task, Function<TaskHandler.Completion, Map<String, Object>> body) {
        return new TaskHandler() {
            @Override
            public String taskKey() {
                return task.id();
            }

            @Override
            public Map<String, Object> complete(Completion completion) {
                return body.apply(completion);
            }
        };
    }
}
