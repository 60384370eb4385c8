package org.stdtrack.amendment;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** A published standard's amendments; their drafts, decisions and publication are tasks. */
@RestController
class AmendmentController {

    private final Amendments amendments;

    AmendmentController(Amendments amendments) {
        this.amendments = amendments;
    }

    @GetMapping("/api/standards/{standardId}/amendments")
    List<Amendment> list(AppUser user, @PathVariable long standardId) {
        return amendments.of(user, standardId);
    }

    @GetMapping("/api/standards/{standardId}/amendments/{sequence}/comments")
    List<Amendments.AmendmentComment> comments(
            AppUser user, @PathVariable long standardId, @PathVariable int sequence) {
        return amendments.comments(user, standardId, sequence);
    }

    @PostMapping("/api/standards/{standardId}/amendments/{sequence}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Amendments.AmendmentComment recordComment(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable int sequence,
            @Valid @RequestBody Amendments.NewAmendmentComment body) {
        return amendments.recordComment(user, standardId, sequence, body);
    }

    @PostMapping("/api/standards/{standardId}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Amendment> register(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody Amendments.NewAmendment body) {
        Amendment registered = amendments.register(user, standardId, body);
        return ResponseEntity.created(URI.create("/api/standards/" + standardId + "/amendments/" + registered.id()))
                .body(registered);
    }
}
