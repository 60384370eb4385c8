package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.BALLOT_RESULT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.CANCELLED_BY;
import static org.stdtrack.lifecycle.StandardLifecycleModel.COMMENT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.STANDARD_ID;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.web.LogContext;

/**
 * Called from the "take" listeners of the sequence flows that enter a stage (bean name {@code stages}).
 * The model says which stage and which substage code; this writes the stage event in the engine's own
 * transaction, so the standard's stage and the engine can never disagree.
 */
@Component("stages")
public class StageTransitions {

    private static final Logger log = LoggerFactory.getLogger(StageTransitions.class);

    /** Actor recorded for steps the engine takes by itself (timers). */
    static final String SYSTEM = "system";
    /** Actor recorded for the outcome of a ballot, which no single voter decided. */
    static final String BALLOT = "ballot";

    private final StandardRepository standards;

    private final StageHistory stageHistory;
    private final EngineCalls engine;
    private final Clock clock;

    StageTransitions(StandardRepository standards, EngineCalls engine, Clock clock, StageHistory stageHistory) {
        this.stageHistory = stageHistory;
        this.standards = standards;
        this.engine = engine;
        this.clock = clock;
    }

    public void enter(DelegateExecution execution, String stage, String code) {
        Standard standard = standard(execution);
        Stage from = stageHistory.hasHistory(standard.id()) ? standard.stage() : null;
        record(standard, from, Stage.valueOf(stage), code, COMMENT.from(execution));
    }

    /**
     * A stage entered on a date that a decision set, however late the timer that brings it runs: entry
     * into force at the start of the implementation day (never before the stage it follows).
     */
    public void enterOn(DelegateExecution execution, String stage, String code, Date effective) {
        Standard standard = standard(execution);
        Instant previous = stageHistory.currentStageSince(standard.id());
        Instant at = effective.toInstant().isBefore(previous) ? previous : effective.toInstant();
        record(standard, standard.stage(), Stage.valueOf(stage), code, at, actor(), null);
    }

    /**
     * A stage entered because a ballot closed: the ballot is the actor and its counts the reason, whoever
     * cast the last vote and whatever they wrote, which stays in the ballot.
     */
    public void enterAfterBallot(DelegateExecution execution, String stage, String code) {
        Standard standard = standard(execution);
        record(
                standard,
                standard.stage(),
                Stage.valueOf(stage),
                code,
                clock.instant(),
                BALLOT,
                BALLOT_RESULT.from(execution));
    }

    /** Cancellation is coded from the stage it interrupts: "30.98" abandons a standard in consultation. */
    public void cancel(DelegateExecution execution) {
        Standard standard = standard(execution);
        String stageCode = standard.stage().code();
        String by = CANCELLED_BY.from(execution);
        record(
                standard,
                standard.stage(),
                Stage.CANCELLED,
                stageCode.substring(0, 2) + ".98",
                clock.instant(),
                by == null ? actor() : by,
                COMMENT.from(execution));
    }

    private void record(Standard standard, Stage from, Stage to, String code, String reason) {
        record(standard, from, to, code, clock.instant(), actor(), reason);
    }

    private void record(Standard standard, Stage from, Stage to, String code, Instant at, String actor, String reason) {
        stageHistory.recordStageChange(standard.id(), from, to, code, at, actor, reason);
        LogContext.afterCommit(
                standard.id(),
                null,
                () -> log.info("Stage {} -> {} ({}) by {}", from == null ? "(new)" : from, to, code, actor));
    }

    private Standard standard(DelegateExecution execution) {
        Long id = STANDARD_ID.from(execution);
        if (id == null) {
            // Another transaction ended this process while this one was running: let this one lose.
            throw EngineCalls.concurrentChange("process instance " + execution.getProcessInstanceId());
        }
        return standards.find(id).orElseThrow(() -> new IllegalStateException("process for unknown standard " + id));
    }

    private String actor() {
        return engine.currentUser().orElse(SYSTEM);
    }
}
