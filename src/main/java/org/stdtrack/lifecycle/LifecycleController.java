package org.stdtrack.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;

/** The commands on /api/standards that move a standard through its lifecycle. */
@RestController
class LifecycleController {

    private final Lifecycle lifecycle;

    LifecycleController(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record CancelRequest(@NotBlank @Size(max = 10_000) String reason) {}

    record StageView(long id, Stage stage, String stageCode) {
        static StageView of(Standard s) {
            return new StageView(s.id(), s.stage(), s.stageCode());
        }
    }

    @PostMapping("/api/standards")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<StageView> register(AppUser user, @Valid @RequestBody StandardRegistration body) {
        Standard standard = lifecycle.register(body.toNewStandard(), body.systemRow(), user);
        return ResponseEntity.created(URI.create("/api/standards/" + standard.id()))
                .body(StageView.of(standard));
    }

    @PostMapping("/api/standards/{id}/cancel")
    StageView cancel(AppUser user, @PathVariable long id, @Valid @RequestBody CancelRequest body) {
        return StageView.of(lifecycle.cancel(id, body.reason(), user));
    }
}
