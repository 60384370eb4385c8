package org.stdtrack.web;

import java.beans.PropertyEditorSupport;
import java.util.Map;

/** Form input as the services expect it: an input left empty is absent (null), not an empty string. */
public final class Forms {

    private Forms() {}

    /** The named input, or null when it is missing or blank. */
    public static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Binds blank request parameters of page controllers as null (and leaves other text untouched). */
    static final class BlankAsNull extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : text);
        }
    }
}
