package org.stdtrack.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A model's process to start for a standard (the instance's business key), with its variables, each through
 * its declared {@link ProcessVariable}: what a room asks of the engine to begin its work, in the engine
 * room's terms, not the engine's.
 */
@NamedInterface("processes")
public final class ProcessStart {

    final String processKey;
    final String businessKey;
    final Map<String, Object> variables = new LinkedHashMap<>();
    String startBefore;

    private ProcessStart(String processKey, String businessKey) {
        this.processKey = processKey;
        this.businessKey = businessKey;
    }

    public static ProcessStart of(String processKey, long standardId) {
        return new ProcessStart(processKey, String.valueOf(standardId));
    }

    /**
     * A process about something other than a standard (an international ballot), its business key the
     * subject's ({@code intl-ballot:12}), which a {@code tasks.TaskSubjects} bean of its room resolves.
     */
    public static ProcessStart forSubject(String processKey, String subjectKey) {
        return new ProcessStart(processKey, subjectKey);
    }

    public <T> ProcessStart with(ProcessVariable<T> variable, T value) {
        variables.put(variable.name(), variable.typed(value));
        return this;
    }

    /**
     * Starts the process before this activity (an imported standard placed at its stage), without taking the
     * flows that lead there nor their listeners.
     */
    public ProcessStart before(String activityId) {
        this.startBefore = activityId;
        return this;
    }
}
