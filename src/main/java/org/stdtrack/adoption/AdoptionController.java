package org.stdtrack.adoption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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
import org.stdtrack.problem.ApiException;

@RestController
class AdoptionController {

    private final Adoptions adoptions;

    AdoptionController(Adoptions adoptions) {
        this.adoptions = adoptions;
    }

    record DeclarationRequest(
            @NotBlank @Size(max = 200) String enterprise,
            @NotBlank @Size(min = 18, max = 18) String creditCode,
            @NotBlank @Size(max = 2000) String scope,
            @NotBlank @Size(max = 2000) String productsOrServices,
            @NotNull LocalDate implementedOn,

            @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String evidence) {}

    @PostMapping("/api/standards/{id}/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Adoption> declare(AppUser user, @PathVariable long id, @Valid @RequestBody DeclarationRequest body) {
        if (body.implementedOn().getYear() < 2000) {
            throw ApiException.invalid("implementedOn", "'implementedOn' must lie after 2000-01-01.");
        }
        Adoption adoption = adoptions.declare(
                user,
                id,
                new Adoptions.Declaration(
                        body.enterprise().trim(),
                        body.creditCode().trim().toUpperCase(),
                        body.scope(),
                        body.productsOrServices(),
                        body.implementedOn(),
                        body.evidence()));
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
