package org.stdtrack.international;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/**
 * The international projects a standard corresponds to, on its page: each with its stage and the degree, and a
 * warning when ISO has replaced one the standard adopts, as a withdrawn reference is warned of.
 */
@Configuration
class InternationalPageParts {

    @Bean
    StandardPagePart internationalCorrespondence(InternationalWork work) {
        return StandardPagePart.of(
                Place.AFTER_FACTS,
                25,
                new Fragment("international/standard-parts", "international"),
                (reader, standard, model) ->
                        model.addAttribute("intlCorrespondence", work.correspondence(standard.id())));
    }
}
