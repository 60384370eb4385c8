package org.stdtrack.reference;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

@RestController
@RequestMapping("/api/standards/{standardId}/references")
class ReferenceController {

    private final References references;

    ReferenceController(References references) {
        this.references = references;
    }

    /** What the standard cites and what cites it (each only if the caller may see it), and its warnings. */
    @GetMapping
    References.ReferenceList list(AppUser user, @PathVariable long standardId) {
        return references.of(user, standardId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<References.Citation> add(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody References.NewReference body) {
        References.Citation added = references.add(user, standardId, body);
        return ResponseEntity.created(URI.create("/api/standards/" + standardId + "/references/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/{referenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(AppUser user, @PathVariable long standardId, @PathVariable long referenceId) {
        references.remove(user, standardId, referenceId);
    }
}
