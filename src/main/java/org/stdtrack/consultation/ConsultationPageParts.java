package org.stdtrack.consultation;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** The comments on a standard's drafts with their resolutions, and the forms to comment or record one. */
@Configuration
class ConsultationPageParts {

    @Bean
    StandardPagePart commentsSection(Consultations consultations, StandardAccess access) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS,
                10,
                new Fragment("consultation/standard-parts", "comments"),
                (reader, standard, model) -> {
                    model.addAttribute(
                            "comments",
                            access.readsWorkingMaterial(reader, standard)
                                    ? consultations.comments(standard.id())
                                    : List.of());
                    model.addAttribute(
                            "consultation", consultations.openRound(standard).orElse(null));
                    model.addAttribute("mayComment", reader.isReviewerIn(standard.committee()));
                    model.addAttribute("mayRecordComment", consultations.mayRecord(reader, standard));
                });
    }
}
