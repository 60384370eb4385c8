package org.stdtrack.proposal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** Duplication claims over HTTP (docs/api.md, "Duplication claims"). */
@RestController
class DuplicationClaimController {

    private static final String CLAIMS = "/api/standards/{id}/duplication-claims";

    private final DuplicationClaims claims;

    DuplicationClaimController(DuplicationClaims claims) {
        this.claims = claims;
    }

    @PostMapping(CLAIMS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DuplicationClaims.Claim> file(
            AppUser user, @PathVariable long id, @Valid @RequestBody DuplicationClaims.ClaimRequest body) {
        DuplicationClaims.Claim claim = claims.file(user, id, body);
        return ResponseEntity.created(URI.create("/api/standards/" + id + "/duplication-claims/" + claim.id()))
                .body(claim);
    }

    @GetMapping(CLAIMS)
    List<DuplicationClaims.Claim> of(AppUser user, @PathVariable long id) {
        return claims.of(user, id);
    }

    @PutMapping(CLAIMS + "/{claimId}")
    DuplicationClaims.Claim answer(
            AppUser user,
            @PathVariable long id,
            @PathVariable long claimId,
            @Valid @RequestBody DuplicationClaims.AnswerRequest body) {
        return claims.answer(user, id, claimId, body);
    }
}
