package org.stdtrack.extension;

import jakarta.validation.Validator;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/** The request form on the standard's page: the API's request, validated by the same constraints. */
@PageController
class ExtensionPages {

    private final ExtensionRequests extensionRequests;
    private final Validator validator;

    ExtensionPages(ExtensionRequests extensionRequests, Validator validator) {
        this.extensionRequests = extensionRequests;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/extension-requests")
    String request(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        extensionRequests.request(
                user, standardId, Validation.valid(validator, new ExtensionRequests.NewRequest(newDueDate, reason)));
        redirect.addFlashAttribute("notice", "notice.extensionRequested");
        return "redirect:/standards/" + standardId + "#extensions";
    }
}
