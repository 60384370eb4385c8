package org.stdtrack.lifecycle;

import static org.stdtrack.lifecycle.StandardLifecycleModel.CONSULTATION_CLOSES_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.IN_FORCE_AT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.OPEN_BALLOT;
import static org.stdtrack.lifecycle.StandardLifecycleModel.PRESET_BALLOT_CLOSE;

import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Service;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.standard.LifecycleEvent;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;

/**
 * Places a standard brought in from an existing portfolio where a standard at its stage waits, started at
 * that point of the model rather than clicked through: no stage listener runs, since the import records
 * the history with the file's dates. A consultation is opened until its deadline, a ballot until its
 * closing, and the in-force date is set for the timers after publication; a withdrawn or cancelled
 * standard has no running process.
 */
@Service
public class Placement {

    private final LifecycleInstances instances;
    private final Consultations consultations;

    Placement(LifecycleInstances instances, Consultations consultations) {
        this.instances = instances;
        this.consultations = consultations;
    }

    /** The running deadlines an imported standard's file gives; each null where its stage has none. */
    public record Deadlines(Instant consultationClosesAt, Instant ballotClosesAt, Instant inForceAt) {}

    /** Runs in the caller's transaction, which holds the standard's stage and history already. */
    public void placeAt(Standard standard, Deadlines deadlines, String actor) {
        String activity = switch (standard.stage()) {
            case PRELIMINARY -> LifecycleTask.SUBMIT_PROPOSAL.id();
            // Imported without a plan number: still to be evaluated by the approver.
            case PROPOSAL -> LifecycleTask.APPROVE_PROPOSAL.id();
            case DRAFTING -> LifecycleTask.SUBMIT_DRAFT.id();
            case CONSULTATION -> LifecycleEvent.CONSULTATION_CLOSED.id();
            case TECHNICAL_REVIEW -> OPEN_BALLOT;
            case APPROVAL -> LifecycleTask.SUBMIT_FOR_APPROVAL.id();
            case PUBLISHED -> LifecycleEvent.IMPLEMENTATION_DATE_REACHED.id();
            case IN_FORCE -> LifecycleEvent.PERIODIC_REVIEW_DUE.id();
            case PERIODIC_REVIEW -> LifecycleTask.PERIODIC_REVIEW.id();
            case WITHDRAWN, CANCELLED -> null;
        };
        if (activity == null) {
            return;
        }
        if (standard.stage() == Stage.CONSULTATION) {
            consultations.open(standard.id(), deadlines.consultationClosesAt(), actor);
        }
        instances.startBefore(standard, activity, start -> {
            if (standard.stage() == Stage.CONSULTATION) {
                start.with(CONSULTATION_CLOSES_AT, Date.from(deadlines.consultationClosesAt()));
            }
            if (standard.stage() == Stage.TECHNICAL_REVIEW) {
                start.with(PRESET_BALLOT_CLOSE, Date.from(deadlines.ballotClosesAt()));
            }
            if (deadlines.inForceAt() != null) {
                start.with(IN_FORCE_AT, Date.from(deadlines.inForceAt()));
            }
            return start;
        });
    }
}
