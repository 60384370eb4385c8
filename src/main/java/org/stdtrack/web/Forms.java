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

    /** Only a path on this site, else the fallback: a page never redirects elsewhere on a parameter's say. */
    public static String localPath(String path, String fallback) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : fallback;
    }

    /** Binds blank request parameters of page controllers as null (and leaves other text untouched). */
    static final class BlankAsNull extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : text);
        }
    }
}
