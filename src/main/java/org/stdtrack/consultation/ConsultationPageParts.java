package org.stdtrack.consultation;

import java.time.Clock;
import java.time.Duration;
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

    /**
     * An open consultation under the title, for everyone who sees the standard: its round, deadline and days
     * left, and a button to the form for those who may comment; to the committee's readers, the comments so far.
     */
    @Bean
    StandardPagePart consultationBanner(Consultations consultations, StandardAccess access, Clock clock) {
        return StandardPagePart.of(
                Place.BANNER, 10, new Fragment("consultation/standard-parts", "banner"), (reader, standard, model) -> {
                    Consultations.Round open = consultations.openRound(standard).orElse(null);
                    model.addAttribute("openConsultation", open);
                    model.addAttribute(
                            "consultationForm",
                            open == null
                                    ? null
                                    : reader.isReviewerIn(standard.committee())
                                            ? "comment-form"
                                            : consultations.mayRecord(reader, standard) ? "record-comment" : null);
                    if (open != null) {
                        Duration left = Duration.between(clock.instant(), open.closesAt());
                        model.addAttribute("consultationDaysLeft", (left.toHours() + 23) / 24);
                        model.addAttribute(
                                "consultationComments",
                                access.readsWorkingMaterial(reader, standard)
                                        ? consultations.commentCount(open)
                                        : null);
                    }
                });
    }

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
