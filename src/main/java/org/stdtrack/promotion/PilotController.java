package org.stdtrack.promotion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/**
 * Pilots and demonstrations over HTTP (docs/api.md, "Promotion"); their decisions are the process's tasks,
 * completed as every task is.
 */
@RestController
@Validated
class PilotController {

    private final Pilots pilots;

    PilotController(Pilots pilots) {
        this.pilots = pilots;
    }

    @PostMapping("/api/pilots")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Pilots.Pilot> apply(AppUser user, @Valid @RequestBody Pilots.PilotRequest body) {
        Pilots.Pilot applied = pilots.apply(user, body);
        return ResponseEntity.created(URI.create("/api/pilots/" + applied.id())).body(applied);
    }

    @GetMapping("/api/pilots")
    List<Pilots.Pilot> pilots(@RequestParam @Size(max = 32) String programme) {
        return pilots.of(programme);
    }

    @GetMapping("/api/pilots/{id}")
    Pilots.Pilot pilot(@PathVariable long id) {
        return pilots.require(id);
    }
}
