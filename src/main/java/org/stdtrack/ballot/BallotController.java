package org.stdtrack.ballot;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

@RestController
class BallotController {

    private final BallotService ballots;
    private final StandardRepository standards;
    private final StandardAccess access;

    BallotController(BallotService ballots, StandardRepository standards, StandardAccess access) {
        this.ballots = ballots;
        this.standards = standards;
        this.access = access;
    }

    /** Every ballot round of a standard with its counts and result. */
    @GetMapping("/api/standards/{id}/ballots")
    List<BallotService.Ballot> ballots(AppUser user, @PathVariable long id) {
        access.visible(user, standards.find(id).orElseThrow(() -> StandardAccess.notFound(id)));
        return ballots.ballots(id);
    }
}
