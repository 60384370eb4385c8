package org.stdtrack.lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.engine.Processes;
import org.stdtrack.engine.Processes.ProcessRecord;
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
    private final Processes processes;
    private final DiagramLabels labels;

    DiagramController(StandardAccess access, Processes processes, DiagramLabels labels) {
        this.access = access;
        this.processes = processes;
        this.labels = labels;
    }

    record Position(String diagram, List<String> activeActivities) {}

    /** The model the standard's process runs (its own version), as BPMN 2.0 XML named in the reader's language. */
    @GetMapping(value = "/standards/{id}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> diagram(AppUser user, @PathVariable long id, Locale locale) {
        return process(access.find(user, id))
                .map(process -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_XML)
                        .body(labels.translate(processes.model(process.definitionId()), locale)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The activities the process waits in now; empty once it has ended. */
    @GetMapping("/standards/{id}/position")
    Position position(AppUser user, @PathVariable long id) {
        Standard standard = access.find(user, id);
        List<String> active = process(standard)
                .filter(process -> !process.ended())
                .map(process -> processes.activeActivities(process.id()))
                .orElse(List.of());
        return new Position("/standards/" + id + "/diagram.bpmn", active);
    }

    private Optional<ProcessRecord> process(Standard standard) {
        return Optional.ofNullable(standard.processInstanceId()).flatMap(processes::record);
    }
}
