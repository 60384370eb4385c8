package org.stdtrack.liaison;

import jakarta.validation.Validator;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.web.PageController;

/**
 * A liaison's page (the subject of its response task): the statement, its documents and, for the receiving
 * secretariat, the response; and the liaisons about a standard on the standard's page.
 */
@PageController
class LiaisonPages {

    private final Liaisons liaisons;
    private final Validator validator;

    LiaisonPages(Liaisons liaisons, Validator validator) {
        this.liaisons = liaisons;
        this.validator = validator;
    }

    @Bean
    static StandardPagePart liaisonsSection(Liaisons liaisons) {
        return StandardPagePart.of(
                StandardPagePart.Place.AFTER_DOCUMENTS,
                50,
                new StandardPagePart.Fragment("liaison/standard-parts", "liaisons"),
                (reader, standard, model) -> model.addAttribute("liaisons", liaisons.about(reader, standard)));
    }

    @GetMapping("/liaisons/{id}")
    String liaison(AppUser user, @PathVariable long id, Model model) {
        Liaison liaison = liaisons.liaison(user, id);
        model.addAttribute("liaison", liaison);
        model.addAttribute("documents", liaisons.documents(user, id));
        model.addAttribute("mayKeep", Liaisons.mayKeep(user, liaison));
        model.addAttribute(
                "mayRespond",
                liaison.direction() == Liaison.Direction.INCOMING
                        && !liaison.answered()
                        && user.has(Role.SECRETARIAT, liaison.committee()));
        return "liaison/liaison";
    }

    @PostMapping("/liaisons/{id}/response")
    String respond(
            AppUser user,
            @PathVariable long id,
            @ModelAttribute Liaisons.ResponseRequest form,
            RedirectAttributes redirect) {
        liaisons.respond(user, id, Validation.valid(validator, form));
        redirect.addFlashAttribute("notice", "notice.liaisonAnswered");
        return "redirect:/liaisons/" + id;
    }

    @PostMapping("/liaisons/{id}/documents")
    String upload(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (kind == null || file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "Choose a file to upload.").withText("problem.document.chooseFile");
        }
        liaisons.upload(
                user,
                id,
                kind,
                new Documents.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        redirect.addFlashAttribute("notice", "notice.uploaded");
        return "redirect:/liaisons/" + id;
    }
}
