package org.stdtrack.engine;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.modulith.NamedInterface;

/**
 * A process variable with its name and Java type, declared once in its model's backing class and read
 * and written through it, so that no caller casts. Whole numbers come back as {@code Long} however the
 * engine stored them. A transient variable lives only in the transaction that set it.
 */
@NamedInterface("processes")
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;
    private final boolean isTransient;

    private ProcessVariable(String name, Class<T> type, boolean isTransient) {
        this.name = name;
        this.type = type;
        this.isTransient = isTransient;
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, false);
    }

    public static <T> ProcessVariable<T> transientOf(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, true);
    }

    /** The name the model's expressions use. */
    public String name() {
        return name;
    }

    /** Its value where the execution or task stands; null when unset. */
    public T from(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    /** Its value in variables read from the engine; null when unset. */
    public T from(Map<String, ?> variables) {
        return cast(variables.get(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, typed(value));
    }

    /** The value as the engine takes it in a variable map or a message correlation. */
    public TypedValue typed(T value) {
        return Variables.untypedValue(value, isTransient);
    }

    /** Adds the value to variables a process starts with. */
    public void putIn(VariableMap variables, T value) {
        variables.putValueTyped(name, typed(value));
    }

    /** The variables a task handler returns to be set. */
    public Map<String, Object> asMap(T value) {
        return Map.of(name, typed(value));
    }

    private T cast(Object value) {
        if (value instanceof Number number && type == Long.class) {
            return type.cast(number.longValue());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name + ": " + type.getSimpleName() + (isTransient ? " (transient)" : "");
    }
}
