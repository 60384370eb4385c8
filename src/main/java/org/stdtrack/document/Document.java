package org.stdtrack.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.stdtrack.standard.Stage;

/**
 * One version of one kind of a document, as stored: never changed once uploaded. A standard's documents name
 * the standard and the stage it was at; a document about another subject (a pilot's evidence letter) names
 * that subject's key ({@code pilot:12}) instead, and no stage.
 */
public record Document(
        long id,
        Long standardId,
        String subject,
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
