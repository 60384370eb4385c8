package org.stdtrack.translation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** A standard's foreign-language versions and the forms to start and submit one. */
@Configuration
class TranslationPageParts {

    @Bean
    StandardPagePart translationsSection(Translations translations) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS,
                60,
                new Fragment("translation/standard-parts", "translations"),
                (reader, standard, model) -> {
                    model.addAttribute("translations", translations.of(standard));
                    model.addAttribute("mayManageTranslations", translations.mayManage(reader, standard));
                });
    }
}
