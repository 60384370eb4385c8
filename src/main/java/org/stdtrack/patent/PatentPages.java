package org.stdtrack.patent;

import jakarta.validation.Validator;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.problem.Validation;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.web.PageController;

/**
 * The standard page's patents: its disclosures (and its predecessor's) for whoever may read them, the form that
 * records one for the committee's secretariat and drafting group, the decision on a refused licence for its
 * secretariat; the API's requests, refused as the API refuses them.
 */
@PageController
class PatentPages {

    private final PatentDisclosures disclosures;
    private final Validator validator;

    PatentPages(PatentDisclosures disclosures, Validator validator) {
        this.disclosures = disclosures;
        this.validator = validator;
    }

    @Bean
    static StandardPagePart patentsSection(PatentDisclosures disclosures) {
        return new StandardPagePart() {
            @Override
            public Place place() {
                return Place.AFTER_DOCUMENTS;
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public Optional<Fragment> addTo(
                    AppUser reader, org.stdtrack.standard.Standard standard, org.springframework.ui.Model model) {
                if (!disclosures.mayRead(reader, standard)) {
                    return Optional.empty();
                }
                model.addAttribute("patents", disclosures.of(reader, standard.id()));
                model.addAttribute(
                        "mayRecordPatents",
                        !standard.stage().isClosed() && PatentDisclosures.mayRecord(reader, standard));
                model.addAttribute(
                        "mayDecidePatents", reader.isAdmin() || reader.has(Role.SECRETARIAT, standard.committee()));
                return Optional.of(new Fragment("patent/standard-parts", "patents"));
            }
        };
    }

    @PostMapping("/standards/{standardId}/patent-disclosures")
    String disclose(
            AppUser user,
            @PathVariable long standardId,
            @ModelAttribute PatentDisclosures.DisclosureRequest form,
            RedirectAttributes redirect) {
        disclosures.disclose(user, standardId, Validation.valid(validator, form));
        redirect.addFlashAttribute("notice", "notice.patentDisclosed");
        return "redirect:/standards/" + standardId + "#patents";
    }

    @PostMapping("/standards/{standardId}/patent-disclosures/{disclosureId}/decision")
    String decide(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable long disclosureId,
            @ModelAttribute PatentDisclosures.PatentDecisionRequest form,
            RedirectAttributes redirect) {
        disclosures.decide(user, standardId, disclosureId, Validation.valid(validator, form));
        redirect.addFlashAttribute("notice", "notice.patentDecided");
        return "redirect:/standards/" + standardId + "#patents";
    }
}
