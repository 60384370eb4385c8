package org.stdtrack.tasks;

import java.util.Map;
import org.stdtrack.engine.ProcessVariable;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Standard;

/**
 * The business side of completing one kind of user task (a feature registers one as a bean): the rules
 * a form cannot express and the records the decision writes. Runs in the completion's transaction, before the engine moves on;
 * throwing refuses the completion and writes nothing.
 */
public interface TaskHandler {

    /** Every process of the tracker carries its standard's id in this variable, and as its business key. */
    ProcessVariable<Long> STANDARD_ID = ProcessVariable.of("standardId", Long.class);

    /**
     * The completing user's comment, set as a transient variable: it lives only in the transaction of the
     * decision, where a listener may record it as the reason of what the decision causes.
     */
    ProcessVariable<String> COMMENT = ProcessVariable.transientOf("comment", String.class);

    /** The BPMN id of the user task this handles. */
    String taskKey();

    /** @return process variables the model needs next (e.g. a timer date) */
    Map<String, Object> complete(Completion completion);

    /** {@code standard} is null for a task about another subject ({@link TaskSubject}). */
    record Completion(
            Standard standard,
            AppUser actor,
            String decision,
            String comment,
            Map<String, Object> values,
            Map<String, Object> processVariables) {

        /**
         * The decision as the enum whose constants are the model's values for this task; null when the task
         * decides nothing. A value the enum does not name is a model the code was not written for: refused
         * loudly, never read as some other decision (each model's test checks that model and enum agree).
         */
        public <E extends Enum<E>> E decision(Class<E> decisions) {
            if (decision == null) {
                return null;
            }
            for (E constant : decisions.getEnumConstants()) {
                if (constant.name().equals(decision)) {
                    return constant;
                }
            }
            throw new IllegalStateException(
                    "The model offers the decision " + decision + ", which " + decisions.getName() + " does not name.");
        }

        /** A validated input of the form; null when it was left empty. */
        public <T> T get(TaskInput<T> input) {
            return input.type().cast(values.get(input.name()));
        }
    }
}
