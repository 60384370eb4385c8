package org.stdtrack.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * The BPMN diagram of a standard's process and where the process stands, for the standard page's viewer.
 * Read as the application: the engine's per-instance grants are for working tasks, not for looking.
 */
@RestController
class DiagramController {

    private final StandardAccess access;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineCalls engine;

    DiagramController(
            StandardAccess access,
            RepositoryService repository,
            RuntimeService runtime,
            HistoryService history,
            EngineCalls engine) {
        this.access = access;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
    }

    record Position(String diagram, List<String> activeActivities) {}

    /** The model the standard's process runs (its own version), as BPMN 2.0 XML. */
    @GetMapping(value = "/standards/{id}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> diagram(AppUser user, @PathVariable long id) throws IOException {
        HistoricProcessInstance process = process(access.find(user, id));
        if (process == null) {
            return ResponseEntity.notFound().build();
        }
        try (InputStream model =
                engine.asApplication(() -> repository.getProcessModel(process.getProcessDefinitionId()))) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(model.readAllBytes());
        }
    }

    /** The activities the process waits in now; empty once it has ended. */
    @GetMapping("/standards/{id}/position")
    Position position(AppUser user, @PathVariable long id) {
        Standard standard = access.find(user, id);
        HistoricProcessInstance process = process(standard);
        if (process == null || process.getEndTime() != null) {
            return new Position("/standards/" + id + "/diagram.bpmn", List.of());
        }
        return new Position(
                "/standards/" + id + "/diagram.bpmn",
                engine.asApplication(() -> runtime.getActiveActivityIds(process.getId())));
    }

    private HistoricProcessInstance process(Standard standard) {
        if (standard.processInstanceId() == null) {
            return null;
        }
        return engine.asApplication(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(standard.processInstanceId())
                .singleResult());
    }
}
