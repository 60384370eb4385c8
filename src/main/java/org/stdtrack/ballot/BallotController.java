package org.stdtrack.ballot;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.StandardAccess;

@RestController
class BallotController {

    private final Ballots ballots;
    private final StandardAccess access;

    BallotController(Ballots ballots, StandardAccess access) {
        this.ballots = ballots;
        this.access = access;
    }

    /** Every ballot round of a standard with its counts and result. */
    @GetMapping("/api/standards/{id}/ballots")
    List<Ballots.Ballot> ballots(AppUser user, @PathVariable long id) {
        access.find(user, id);
        return ballots.ballots(id);
    }
}
