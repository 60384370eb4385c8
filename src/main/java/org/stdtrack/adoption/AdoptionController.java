package org.stdtrack.adoption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

@RestController
class AdoptionController {

    private final Adoptions adoptions;

    AdoptionController(Adoptions adoptions) {
        this.adoptions = adoptions;
    }

    @PostMapping("/api/standards/{id}/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Adoption> declare(AppUser user, @PathVariable long id, @Valid @RequestBody DeclarationRequest body) {
        Adoption adoption = adoptions.declare(user, id, body.declaration());
        return ResponseEntity.created(URI.create("/api/standards/" + id + "/adoptions/" + adoption.id()))
                .body(adoption);
    }

    @GetMapping("/api/standards/{id}/adoptions")
    List<Adoption> ofStandard(AppUser user, @PathVariable long id) {
        return adoptions.of(user, id, null);
    }

    /** @param enterprise a unified social credit code, or part of an enterprise's name */
    @GetMapping("/api/adoptions")
    List<Adoption> search(AppUser user, @RequestParam(required = false) @Size(max = 200) String enterprise) {
        return adoptions.of(user, null, enterprise);
    }
}
