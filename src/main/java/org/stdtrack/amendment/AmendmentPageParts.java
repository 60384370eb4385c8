package org.stdtrack.amendment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** A published standard's amendments, their comments in consultation and the form to register one. */
@Configuration
class AmendmentPageParts {

    @Bean
    StandardPagePart amendmentsSection(Amendments amendments) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS,
                50,
                new Fragment("amendment/standard-parts", "amendments"),
                (reader, standard, model) -> {
                    model.addAttribute("amendments", amendments.of(standard));
                    model.addAttribute("mayRegisterAmendment", amendments.mayRegister(reader, standard));
                    model.addAttribute("mayRecordAmendmentComments", amendments.mayRecordComments(reader, standard));
                });
    }
}
