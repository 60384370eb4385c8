package org.stdtrack.reference;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** What a standard cites and what cites it, with the forms to change them until publication. */
@Configuration
class ReferencePageParts {

    @Bean
    StandardPagePart referencesSection(References references) {
        return StandardPagePart.of(
                Place.AFTER_FACTS,
                20,
                new Fragment("reference/standard-parts", "references"),
                (reader, standard, model) -> {
                    model.addAttribute("references", references.of(reader, standard.id()));
                    boolean mayChange = References.mayChange(reader, standard)
                            && standard.stage().isInDevelopment();
                    model.addAttribute("mayChangeReferences", mayChange);
                    model.addAttribute(
                            "referenceCandidates", mayChange ? references.candidates(reader, standard) : List.of());
                });
    }
}
