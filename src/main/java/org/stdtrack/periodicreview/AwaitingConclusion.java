package org.stdtrack.periodicreview;

import java.util.Locale;
import org.stdtrack.standard.Standard;

/** A standard of the committee under periodic review whose conclusion is still to be proposed (or again). */
public record AwaitingConclusion(long standardId, String standardNumber, String standardTitle, String standardTitleZh) {

    public String standardTitle(Locale locale) {
        return Standard.titleIn(locale, standardTitle, standardTitleZh);
    }
}
