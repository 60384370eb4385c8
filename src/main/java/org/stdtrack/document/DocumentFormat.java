package org.stdtrack.document;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The formats a document may have, as recognised from its bytes; each with the type it is served with. */
public enum DocumentFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword"),
    ODT("application/vnd.oasis.opendocument.text"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLS("application/vnd.ms-excel"),
    ODS("application/vnd.oasis.opendocument.spreadsheet");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Word-processing texts whose paragraphs can be compared version to version. */
    public boolean isComparable() {
        return this == DOCX || this == ODT;
    }

    public static DocumentFormat ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(f -> f.mediaType.equals(mediaType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a document format: " + mediaType));
    }

    /** "PDF, DOCX, …" for messages that say what is accepted. */
    public static String names(boolean comparableOnly) {
        return Arrays.stream(values())
                .filter(f -> !comparableOnly || f.isComparable())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
