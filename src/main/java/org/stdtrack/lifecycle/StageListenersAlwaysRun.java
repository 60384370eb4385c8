package org.stdtrack.lifecycle;

import org.springframework.stereotype.Component;
import org.stdtrack.engine.AlwaysRunListeners;

/**
 * The models' stage listeners ({@code ${stages.…}} on sequence flows) keep the standard's stage and its stage
 * events in step with the engine: no instance modification may skip them. The open-task projection's task
 * events are built-in too ({@code camunda.bpm.eventing.skippable: false}).
 */
@Component
class StageListenersAlwaysRun implements AlwaysRunListeners {

    static final String STAGE_LISTENER_PREFIX = "${stages.";

    @Override
    public String expressionPrefix() {
        return STAGE_LISTENER_PREFIX;
    }
}
