package org.stdtrack.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/** Files sent as a request's body: their media type as the client declared it. */
public final class FileRequests {

    private FileRequests() {}

    /** The declared type, or null when there is none or it cannot be read (the importer then refuses with 415). */
    public static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
