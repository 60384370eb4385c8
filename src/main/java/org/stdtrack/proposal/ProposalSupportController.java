package org.stdtrack.proposal;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** A proposal's support (where it stands, a member's position) and its public comments. */
@RestController
class ProposalSupportController {

    private final ProposalSupport support;
    private final ProposalComments comments;

    ProposalSupportController(ProposalSupport support, ProposalComments comments) {
        this.support = support;
        this.comments = comments;
    }

    @GetMapping("/api/standards/{id}/proposal-comments")
    List<ProposalComments.ProposalComment> comments(AppUser user, @PathVariable long id) {
        return comments.of(user, id);
    }

    @PostMapping("/api/standards/{id}/proposal-comments")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalComments.ProposalComment comment(
            AppUser user, @PathVariable long id, @Valid @RequestBody ProposalComments.NewProposalComment body) {
        return comments.record(user, id, body);
    }

    @GetMapping("/api/standards/{id}/proposal-support")
    ProposalSupport.Standing standing(AppUser user, @PathVariable long id) {
        return support.of(user, id);
    }

    @PostMapping("/api/standards/{id}/proposal-support")
    ProposalSupport.Standing record(
            AppUser user, @PathVariable long id, @Valid @RequestBody ProposalSupport.NewPosition body) {
        return support.record(user, id, body);
    }
}
