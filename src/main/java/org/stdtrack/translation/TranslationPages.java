package org.stdtrack.translation;

import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/** The foreign-language versions' forms on the standard's page: the API's requests. */
@PageController
class TranslationPages {

    private final Translations translations;
    private final Validator validator;

    TranslationPages(Translations translations, Validator validator) {
        this.translations = translations;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/translations")
    String start(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) String language,
            RedirectAttributes redirect) {
        translations.start(user, standardId, Validation.valid(validator, new Translations.NewTranslation(language)));
        redirect.addFlashAttribute("notice", "notice.translationStarted");
        return "redirect:/standards/" + standardId + "#translations";
    }

    @PostMapping("/standards/{standardId}/translations/{language}/submission")
    String submit(
            AppUser user, @PathVariable long standardId, @PathVariable String language, RedirectAttributes redirect) {
        translations.submit(user, standardId, language);
        redirect.addFlashAttribute("notice", "notice.translationSubmitted");
        return "redirect:/standards/" + standardId + "#translations";
    }
}
