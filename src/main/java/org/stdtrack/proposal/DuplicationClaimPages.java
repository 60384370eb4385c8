package org.stdtrack.proposal;

import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/** The standard page's forms for duplication claims: the API's requests, refused as the API refuses them. */
@PageController
class DuplicationClaimPages {

    private final DuplicationClaims claims;
    private final Validator validator;

    DuplicationClaimPages(DuplicationClaims claims, Validator validator) {
        this.claims = claims;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/duplication-claims")
    String file(
            AppUser user,
            @PathVariable long standardId,
            @ModelAttribute DuplicationClaims.ClaimRequest form,
            RedirectAttributes redirect) {
        claims.file(user, standardId, Validation.valid(validator, form));
        redirect.addFlashAttribute("notice", "notice.duplicationClaimed");
        return "redirect:/standards/" + standardId + "#duplication-claims";
    }

    @PostMapping("/standards/{standardId}/duplication-claims/{claimId}/answer")
    String answer(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable long claimId,
            @ModelAttribute DuplicationClaims.AnswerRequest form,
            RedirectAttributes redirect) {
        claims.answer(user, standardId, claimId, Validation.valid(validator, form));
        redirect.addFlashAttribute("notice", "notice.duplicationAnswered");
        return "redirect:/standards/" + standardId + "#duplication-claims";
    }
}
