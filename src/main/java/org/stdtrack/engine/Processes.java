package org.stdtrack.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The tracker's processes as its rooms start, message and read them, in the engine room's terms: a room names
 * the model, the standard and the typed variables, never the engine's services. Starting and messaging run
 * under whoever the caller made current ({@link EngineCalls#as} or {@link EngineCalls#asApplication}); reading
 * a process's record runs on the application's account.
 */
@Component
@NamedInterface("processes")
public class Processes {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final EngineCalls engine;

    Processes(RuntimeService runtime, RepositoryService repository, HistoryService history, EngineCalls engine) {
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.engine = engine;
    }

    /** A process as its history keeps it: the model version it runs and whether it has ended. */
    @NamedInterface("processes")
    public record ProcessRecord(String id, String definitionId, boolean ended) {}

    /** Starts the process under the current authentication; returns the instance's id. */
    public String start(ProcessStart start) {
        var builder = runtime.createProcessInstanceByKey(start.processKey)
                .businessKey(start.businessKey)
                .setVariables(start.variables);
        if (start.startBefore != null) {
            builder.startBeforeActivity(start.startBefore);
        }
        return builder.execute().getId();
    }

    /**
     * Starts a model's process on the application's account (whoever asked may not start work meant for
     * others, such as an approver's); returns the instance's id.
     */
    public String startAsApplication(ProcessStart start) {
        return engine.asApplication(() -> start(start));
    }

    /** Delivers the message to its process under the current authentication. */
    public void correlate(ProcessMessage message) {
        runtime.createMessageCorrelation(message.name)
                .processInstanceId(message.processInstanceId)
                .setVariables(message.variables)
                .correlateWithResult();
    }

    public <T> void setVariable(String processInstanceId, ProcessVariable<T> variable, T value) {
        engine.asApplication(() -> runtime.setVariable(processInstanceId, variable.name(), variable.typed(value)));
    }

    public Optional<ProcessRecord> record(String processInstanceId) {
        var process = engine.asApplication(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult());
        return Optional.ofNullable(process)
                .map(p -> new ProcessRecord(p.getId(), p.getProcessDefinitionId(), p.getEndTime() != null));
    }

    /** The activities a running process waits in now. */
    public List<String> activeActivities(String processInstanceId) {
        return engine.asApplication(() -> runtime.getActiveActivityIds(processInstanceId));
    }

    /** The model of a deployed version as BPMN 2.0 XML. */
    public byte[] model(String definitionId) {
        try (InputStream model = engine.asApplication(() -> repository.getProcessModel(definitionId))) {
            return model.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a deployed version of a model has an element of this id (a feature its later versions added). */
    public boolean modelHas(String definitionId, String elementId) {
        return engine.asApplication(
                () -> repository.getBpmnModelInstance(definitionId).getModelElementById(elementId) != null);
    }
}
