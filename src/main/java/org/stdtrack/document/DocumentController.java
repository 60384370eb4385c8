package org.stdtrack.document;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.stdtrack.identity.AppUser;

@RestController
@RequestMapping("/api/standards/{standardId}/documents")
class DocumentController {

    private final Documents documents;
    private final TextComparison comparison;

    DocumentController(Documents documents, TextComparison comparison) {
        this.documents = documents;
        this.comparison = comparison;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Document> upload(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam DocumentKind kind,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        Document stored = documents.upload(
                user,
                standardId,
                kind,
                new Documents.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        return ResponseEntity.created(URI.create("/api/standards/" + standardId + "/documents/" + stored.id()))
                .body(stored);
    }

    @GetMapping
    List<Document> list(AppUser user, @PathVariable long standardId) {
        return documents.list(user, standardId);
    }

    @GetMapping("/{documentId}")
    Document document(AppUser user, @PathVariable long standardId, @PathVariable long documentId) {
        return documents.find(user, standardId, documentId);
    }

    /** The bytes as uploaded, streamed from the database; the ETag is their SHA-256. */
    @GetMapping("/{documentId}/content")
    @ApiResponse(
            responseCode = "200",
            description =
                    "The document's bytes; Content-Type names its recognised format (PDF, DOCX, DOC, ODT, XLSX, XLS,"
                            + " ODS), the ETag its SHA-256.",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    void content(
            AppUser user, @PathVariable long standardId, @PathVariable long documentId, HttpServletResponse response)
            throws IOException {
        documents.send(documents.find(user, standardId, documentId), response);
    }

    @GetMapping("/{documentId}/diff")
    TextComparison.Comparison diff(
            AppUser user, @PathVariable long standardId, @PathVariable long documentId, @RequestParam long to) {
        return comparison.compare(documents.find(user, standardId, documentId), documents.find(user, standardId, to));
    }
}
