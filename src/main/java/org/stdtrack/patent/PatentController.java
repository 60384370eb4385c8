package org.stdtrack.patent;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** Patent disclosures over HTTP (docs/api.md, "Patents"). */
@RestController
@Validated
class PatentController {

    private static final String OF_STANDARD = "/api/standards/{id}/patent-disclosures";

    private final PatentDisclosures disclosures;

    PatentController(PatentDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    @PostMapping(OF_STANDARD)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PatentDisclosure> disclose(
            AppUser user, @PathVariable long id, @Valid @RequestBody PatentDisclosures.DisclosureRequest body) {
        PatentDisclosure created = disclosures.disclose(user, id, body);
        return ResponseEntity.created(URI.create("/api/standards/" + id + "/patent-disclosures/" + created.id()))
                .body(created);
    }

    @GetMapping(OF_STANDARD)
    List<PatentDisclosure> of(AppUser user, @PathVariable long id) {
        return disclosures.of(user, id);
    }

    /** A new version of the disclosure; the earlier ones stay in its history. */
    @PutMapping(OF_STANDARD + "/{disclosureId}")
    PatentDisclosure update(
            AppUser user,
            @PathVariable long id,
            @PathVariable long disclosureId,
            @Valid @RequestBody PatentDisclosures.DisclosureRequest body) {
        return disclosures.update(user, id, disclosureId, body);
    }

    @PostMapping(OF_STANDARD + "/{disclosureId}/withdrawal")
    PatentDisclosure withdraw(
            AppUser user,
            @PathVariable long id,
            @PathVariable long disclosureId,
            @Valid @RequestBody PatentDisclosures.Withdrawal body) {
        return disclosures.withdraw(user, id, disclosureId, body);
    }

    @PostMapping(OF_STANDARD + "/{disclosureId}/decision")
    PatentDisclosure decide(
            AppUser user,
            @PathVariable long id,
            @PathVariable long disclosureId,
            @Valid @RequestBody PatentDisclosures.PatentDecisionRequest body) {
        return disclosures.decide(user, id, disclosureId, body);
    }

    @GetMapping("/api/patent-disclosures")
    List<PatentDisclosure> search(
            AppUser user,
            @RequestParam(required = false) @Size(max = 300) String holder,
            @RequestParam(required = false) Long standard) {
        return disclosures.search(user, holder, standard);
    }
}
