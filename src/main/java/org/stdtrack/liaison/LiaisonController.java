package org.stdtrack.liaison;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;

/** Liaison statements over HTTP (docs/api.md, "Liaison statements"). */
@RestController
@Validated
class LiaisonController {

    private static final String LIAISONS = "/api/liaisons";

    private final Liaisons liaisons;

    LiaisonController(Liaisons liaisons) {
        this.liaisons = liaisons;
    }

    @PostMapping(LIAISONS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Liaison> record(AppUser user, @Valid @RequestBody Liaisons.LiaisonRequest body) {
        Liaison recorded = liaisons.record(user, body);
        return ResponseEntity.created(URI.create(LIAISONS + "/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping(LIAISONS)
    List<Liaison> list(
            AppUser user,
            @RequestParam(required = false) @Size(max = 32) String committee,
            @RequestParam(required = false) Long standard) {
        return liaisons.list(user, committee, standard);
    }

    @GetMapping(LIAISONS + "/{id}")
    Liaison liaison(AppUser user, @PathVariable long id) {
        return liaisons.liaison(user, id);
    }

    @PostMapping(LIAISONS + "/{id}/response")
    Liaison respond(AppUser user, @PathVariable long id, @Valid @RequestBody Liaisons.ResponseRequest body) {
        return liaisons.respond(user, id, body);
    }

    /** The statement or the response as a document (PDF, Word, OpenDocument), kept as a standard's are. */
    @PostMapping(value = LIAISONS + "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Document upload(
            AppUser user,
            @PathVariable long id,
            @RequestParam DocumentKind kind,
            @RequestPart("file") MultipartFile file)
            throws IOException {
        return liaisons.upload(
                user,
                id,
                kind,
                new Documents.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
    }

    @GetMapping(LIAISONS + "/{id}/documents")
    List<Document> documents(AppUser user, @PathVariable long id) {
        return liaisons.documents(user, id);
    }

    @GetMapping(LIAISONS + "/{id}/documents/{documentId}/content")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    void content(AppUser user, @PathVariable long id, @PathVariable long documentId, HttpServletResponse response)
            throws IOException {
        liaisons.send(liaisons.document(user, id, documentId), response);
    }
}
