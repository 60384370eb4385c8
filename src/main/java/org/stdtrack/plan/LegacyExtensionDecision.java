package org.stdtrack.plan;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.tasks.TaskHandler;

/**
 * An extension request still open from before plan changes (its {@code decideExtension} task of the former
 * {@code developmentExtension} model, which the engine keeps for its running instances) is decided as a plan
 * change of kind EXTENSION.
 */
@Component
class LegacyExtensionDecision implements TaskHandler {

    static final String TASK = "decideExtension";

    private static final ProcessVariable<Long> REQUEST_ID = ProcessVariable.of("extensionRequestId", Long.class);

    private final PlanChangeModel model;

    LegacyExtensionDecision(PlanChangeModel model) {
        this.model = model;
    }

    @Override
    public String taskKey() {
        return TASK;
    }

    @Override
    public Map<String, Object> complete(Completion c) {
        model.decide(c, REQUEST_ID.from(c.processVariables()));
        return Map.of();
    }
}
