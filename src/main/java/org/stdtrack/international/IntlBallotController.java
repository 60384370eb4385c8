package org.stdtrack.international;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/**
 * International ballots, national comments and dispositions over HTTP (docs/api.md, "International work"). The
 * position itself is the mirror secretariat's task {@code submitNationalPosition}, completed as every task is.
 */
@RestController
@Validated
class IntlBallotController {

    private final NationalPositions positions;

    IntlBallotController(NationalPositions positions) {
        this.positions = positions;
    }

    @PostMapping("/api/international/projects/{id}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NationalPositions.BallotView> open(
            AppUser user, @PathVariable long id, @Valid @RequestBody NationalPositions.BallotRequest body) {
        NationalPositions.BallotView opened = positions.open(user, id, body);
        return ResponseEntity.created(URI.create("/api/international/ballots/" + opened.id()))
                .body(opened);
    }

    @GetMapping("/api/international/projects/{id}/ballots")
    List<NationalPositions.BallotView> ofProject(AppUser user, @PathVariable long id) {
        return positions.ofProject(user, id);
    }

    @GetMapping("/api/international/ballots/{id}")
    NationalPositions.BallotView ballot(AppUser user, @PathVariable long id) {
        return positions.ballot(user, id);
    }

    @PostMapping("/api/international/ballots/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    IntlBallot.NationalComment comment(
            AppUser user, @PathVariable long id, @Valid @RequestBody NationalPositions.CommentRequest body) {
        return positions.comment(user, id, body);
    }

    @PutMapping("/api/international/ballots/{id}/comments/{commentId}/decision")
    IntlBallot.NationalComment decide(
            AppUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @Valid @RequestBody NationalPositions.DecisionRequest body) {
        return positions.decide(user, id, commentId, body);
    }

    @PostMapping("/api/international/ballots/{id}/dispositions")
    NationalPositions.BallotView dispositions(
            AppUser user, @PathVariable long id, @Valid @RequestBody NationalPositions.DispositionsRequest body) {
        return positions.recordDispositions(user, id, body);
    }
}
