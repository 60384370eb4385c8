package org.stdtrack.reference;

import jakarta.validation.Validator;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.PageController;

/** The reference form on the standard's page, and the programme's reference graph. */
@PageController
class ReferencePages {

    private final References references;
    private final ReferenceGraph graph;
    private final ReferenceData referenceData;
    private final Validator validator;

    ReferencePages(References references, ReferenceGraph graph, ReferenceData referenceData, Validator validator) {
        this.references = references;
        this.graph = graph;
        this.referenceData = referenceData;
        this.validator = validator;
    }

    @PostMapping("/standards/{standardId}/references")
    String add(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) ReferenceKind kind,
            @RequestParam(name = "standardId", required = false) Long cited,
            @RequestParam(required = false) String reference,
            RedirectAttributes redirect) {
        String document = reference == null || reference.isBlank() ? null : reference;
        if (cited == null && document != null) {
            // A tracked standard of another committee is given by its number: cited as the standard it is.
            cited = references.trackedByNumber(user, standardId, document).orElse(null);
            document = cited == null ? document : null;
        }
        references.add(
                user, standardId, Validation.valid(validator, new References.NewReference(kind, cited, document)));
        redirect.addFlashAttribute("notice", "notice.referenceAdded");
        return "redirect:/standards/" + standardId + "#references";
    }

    @PostMapping("/standards/{standardId}/references/{referenceId}/remove")
    String remove(
            AppUser user, @PathVariable long standardId, @PathVariable long referenceId, RedirectAttributes redirect) {
        references.remove(user, standardId, referenceId);
        redirect.addFlashAttribute("notice", "notice.referenceRemoved");
        return "redirect:/standards/" + standardId + "#references";
    }

    @GetMapping("/programmes/{programme}/references")
    String graph(AppUser user, @PathVariable String programme, Model model) {
        referenceData
                .programme(programme)
                .orElseThrow(() -> ApiException.notFound("There is no programme " + programme + "."));
        model.addAttribute("programme", programme);
        model.addAttribute("graph", graph.of(user, programme));
        return "reference/graph";
    }
}
