package org.stdtrack.proposal;

import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/**
 * A member's position and the secretariat's record of a public comment, from the standard's page: the API's
 * requests, validated by the same constraints.
 */
@PageController
class ProposalSupportPages {

    private final ProposalSupport support;
    private final ProposalComments comments;
    private final Validator validator;

    ProposalSupportPages(ProposalSupport support, ProposalComments comments, Validator validator) {
        this.support = support;
        this.comments = comments;
        this.validator = validator;
    }

    @PostMapping("/standards/{id}/proposal-comments")
    String comment(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) ProposalComments.Source source,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        comments.record(
                user,
                id,
                Validation.valid(validator, new ProposalComments.NewProposalComment(organisation, source, text)));
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/standards/" + id + "#proposal-comments";
    }

    @PostMapping("/standards/{id}/proposal-support")
    String record(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) ProposalSupport.Position position,
            RedirectAttributes redirect) {
        support.record(user, id, Validation.valid(validator, new ProposalSupport.NewPosition(position)));
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/standards/" + id + "#proposal-support";
    }
}
