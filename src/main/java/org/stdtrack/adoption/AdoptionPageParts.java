package org.stdtrack.adoption;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/**
 * Adoption on a standard's page: on the working view the declarations its reader may see, with the form for an
 * association declaring on an enterprise's behalf; on the public's view an enterprise's own declarations and the
 * form to declare (again, after a rejection).
 */
@Configuration
class AdoptionPageParts {

    @Bean
    StandardPagePart adoptionsSection(Adoptions adoptions) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS,
                100,
                new Fragment("adoption/standard-parts", "adoptions"),
                (reader, standard, model) -> {
                    model.addAttribute("adoptions", adoptions.of(reader, standard.id(), null));
                    model.addAttribute(
                            "mayDeclareAdoption", Adoptions.declaresForOthers(reader) && Adoptions.adoptable(standard));
                });
    }

    @Bean
    StandardPagePart ownAdoptionSection(Adoptions adoptions) {
        return StandardPagePart.of(
                Place.PUBLIC, 10, new Fragment("adoption/standard-parts", "ownAdoption"), (reader, standard, model) -> {
                    var own = adoptions.of(reader, standard.id(), null);
                    var organisation = adoptions.ownOrganisation(reader);
                    boolean pending = own.stream().anyMatch(a -> a.status() != Adoption.Status.REJECTED);
                    model.addAttribute("adoptions", own);
                    model.addAttribute("declaringOrganisation", organisation.orElse(null));
                    model.addAttribute(
                            "mayDeclareAdoption",
                            Adoptions.adoptable(standard) && organisation.isPresent() && !pending);
                });
    }
}
