package org.stdtrack.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.stdtrack.standard.Stage;

/** One version of one kind of a standard's document, as stored: never changed once uploaded. */
public record Document(
        long id,
        long standardId,
        DocumentKind kind,
        int version,
        String filename,
        long size,
        String sha256,
        @JsonIgnore long crc32,
        String contentType,
        String uploadedBy,
        Instant uploadedAt,
        Stage stage) {

    public DocumentFormat format() {
        return DocumentFormat.ofMediaType(contentType);
    }
}
