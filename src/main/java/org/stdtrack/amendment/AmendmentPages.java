package org.stdtrack.amendment;

import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.consultation.Comment;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/** The amendment form on the standard's page: the API's request. */
@PageController
class AmendmentPages {

    private final Amendments amendments;
    private final Validator validator;

    AmendmentPages(Amendments amendments, Validator validator) {
        this.amendments = amendments;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/amendments/{sequence}/comments")
    String recordComment(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable int sequence,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) Comment.Channel channel,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        amendments.recordComment(
                user,
                standardId,
                sequence,
                Validation.valid(validator, new Amendments.NewAmendmentComment(organisation, channel, text)));
        redirect.addFlashAttribute("notice", "notice.commentsImported");
        return "redirect:/standards/" + standardId + "#amendments";
    }

    @PostMapping("/standards/{standardId}/amendments")
    String register(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        amendments.register(user, standardId, Validation.valid(validator, new Amendments.NewAmendment(reason)));
        redirect.addFlashAttribute("notice", "notice.amendmentRegistered");
        return "redirect:/standards/" + standardId + "#amendments";
    }
}
