package org.stdtrack.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** A message to one running process (a cancellation, a batch submitted), with the variables it sets. */
@NamedInterface("processes")
public final class ProcessMessage {

    final String name;
    final String processInstanceId;
    final Map<String, Object> variables = new LinkedHashMap<>();

    private ProcessMessage(String name, String processInstanceId) {
        this.name = name;
        this.processInstanceId = processInstanceId;
    }

    public static ProcessMessage named(String name, String processInstanceId) {
        return new ProcessMessage(name, processInstanceId);
    }

    public <T> ProcessMessage with(ProcessVariable<T> variable, T value) {
        variables.put(variable.name(), variable.typed(value));
        return this;
    }
}
