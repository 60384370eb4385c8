package org.stdtrack.adoption;

import jakarta.validation.Validator;
import java.util.stream.Stream;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;
import org.stdtrack.web.RefusedForm;

/**
 * Declaring adoption from a standard's page, and an enterprise's own declarations: the API's request under
 * the same rules. A refused declaration goes back to the form with what was typed and the field at fault.
 */
@PageController
class AdoptionPages {

    /** What the form keeps across the redirect after a refusal: the input, and the field at fault. */
    static final String FORM = "adoptionForm";

    static final String REFUSED_FIELD = "adoptionRefusedField";

    private final Adoptions adoptions;
    private final Validator validator;

    AdoptionPages(Adoptions adoptions, Validator validator) {
        this.adoptions = adoptions;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/adoptions")
    String declare(
            AppUser user,
            @PathVariable long standardId,
            @ModelAttribute DeclarationRequest form,
            BindingResult binding,
            RedirectAttributes redirect) {
        DeclarationRequest request = Adoptions.declaresForOthers(user) ? form : asOwnOrganisation(user, form);
        String refusedField = binding.hasErrors() ? fieldAtFault(binding) : null;
        if (refusedField == null) {
            try {
                adoptions.declare(
                        user, standardId, Validation.valid(validator, request).declaration());
                redirect.addFlashAttribute("notice", "notice.adoptionDeclared");
                return "redirect:/standards/" + standardId + "#declare-adoption";
            } catch (ApiException refused) {
                refusedField = refused.field() == null ? "" : refused.field();
            }
        }
        if (typed(request) > RefusedForm.MAX_KEPT_CHARS) {
            // More than a form is kept for (the fields' own limits are far below): the error page says so.
            throw ApiException.invalid(
                    refusedField.isEmpty() ? null : refusedField,
                    "The declaration is refused: its fields are too long.");
        }
        redirect.addFlashAttribute(FORM, request);
        redirect.addFlashAttribute(REFUSED_FIELD, refusedField);
        return "redirect:/standards/" + standardId + "#declare-adoption";
    }

    private static int typed(DeclarationRequest request) {
        return Stream.of(
                        request.enterprise(),
                        request.creditCode(),
                        request.scope(),
                        request.productsOrServices(),
                        request.evidence())
                .mapToInt(text -> text == null ? 0 : text.length())
                .sum();
    }

    private static String fieldAtFault(BindingResult binding) {
        FieldError error = binding.getFieldError();
        return error == null ? "" : error.getField();
    }

    @GetMapping("/adoptions/mine")
    String mine(AppUser user, Model model) {
        model.addAttribute("declarations", adoptions.declaredBy(user));
        return "adoption/mine";
    }

    /** An enterprise declares for its own organisation: its name and credit code come from its account. */
    private DeclarationRequest asOwnOrganisation(AppUser user, DeclarationRequest form) {
        var own = adoptions.ownOrganisation(user);
        return new DeclarationRequest(
                own.map(o -> o.nameZh() != null ? o.nameZh() : o.nameEn()).orElse(null),
                own.map(o -> o.creditCode()).orElse(null),
                form.scope(),
                form.productsOrServices(),
                form.implementedOn(),
                form.evidence(),
                form.alignedAreas(),
                form.selfDeclaration());
    }
}
