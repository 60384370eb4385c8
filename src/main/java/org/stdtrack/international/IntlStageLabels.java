package org.stdtrack.international;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A harmonized stage code in the reader's language, as the pages show it ({@code @intlStages.label(code)}):
 * the code, its stage and its substage (40.20 Enquiry: main action started).
 */
@Component("intlStages")
public class IntlStageLabels {

    private final MessageSource messages;

    IntlStageLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code) {
        if (code == null || !HarmonizedStage.isHarmonized(code)) {
            return code;
        }
        var locale = LocaleContextHolder.getLocale();
        String group = messages.getMessage("intlStageGroup." + code.substring(0, 2), null, code, locale);
        String substage = messages.getMessage("intlSubstage." + code.substring(3), null, "", locale);
        return messages.getMessage("intlStage.label", new Object[] {code, group, substage}, locale);
    }
}
