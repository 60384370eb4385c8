package org.stdtrack.adoption;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** The adoption declarations of a standard that its reader may see. */
@Configuration
class AdoptionPageParts {

    @Bean
    StandardPagePart adoptionsSection(Adoptions adoptions) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS,
                100,
                new Fragment("adoption/standard-parts", "adoptions"),
                (reader, standard, model) ->
                        model.addAttribute("adoptions", adoptions.of(reader, standard.id(), null)));
    }
}
