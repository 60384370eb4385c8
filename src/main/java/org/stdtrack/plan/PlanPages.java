package org.stdtrack.plan;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.web.PageController;

/** The request forms on the standard's page: the API's requests, validated by the same constraints. */
@PageController
class PlanPages {

    private final PlanChangeRequests planChanges;
    private final Validator validator;

    PlanPages(PlanChangeRequests planChanges, Validator validator) {
        this.planChanges = planChanges;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/extension-requests")
    String requestExtension(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        planChanges.requestExtension(
                user, standardId, Validation.valid(validator, new PlanChangeRequests.NewRequest(newDueDate, reason)));
        redirect.addFlashAttribute("notice", "notice.extensionRequested");
        return "redirect:/standards/" + standardId + "#extensions";
    }

    @PostMapping("/standards/{standardId}/plan-changes")
    String request(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) PlanChange.Kind kind,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String titleZh,
            @RequestParam(required = false) String leadOrganisation,
            @RequestParam(required = false) String committee,
            RedirectAttributes redirect) {
        planChanges.request(
                user,
                standardId,
                Validation.valid(
                        validator,
                        new PlanChangeRequests.NewPlanChange(
                                kind, reason, newDueDate, title, titleZh, leadOrganisation, committee)));
        redirect.addFlashAttribute("notice", "notice.planChangeRequested");
        return "redirect:/standards/" + standardId + "#extensions";
    }
}
