package org.stdtrack.periodicreview;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** A periodic review conclusion on its way: the committee's working material; its decision is in the history. */
@Configuration
class ReviewPageParts {

    @Bean
    StandardPagePart reviewConclusionSection(ReviewConclusions conclusions, StandardAccess access) {
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
            public Optional<Fragment> addTo(AppUser reader, Standard standard, Model model) {
                if (!access.readsWorkingMaterial(reader, standard)) {
                    return Optional.empty();
                }
                return conclusions.onItsWay(standard.id()).map(conclusion -> {
                    model.addAttribute("reviewConclusion", conclusion);
                    return new Fragment("periodicreview/parts", "conclusion");
                });
            }
        };
    }
}
