package org.stdtrack.consultation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.web.FileRequests;

@RestController
@RequestMapping("/api/standards/{standardId}/comments")
class CommentController {

    private final Consultations consultations;
    private final StandardAccess access;
    private final CommentImport imports;

    CommentController(Consultations consultations, StandardAccess access, CommentImport imports) {
        this.consultations = consultations;
        this.access = access;
        this.imports = imports;
    }

    /** What an import recorded. */
    record Imported(int recorded, List<Comment> comments) {}

    /**
     * Comments received by other channels, from a spreadsheet in the resolution table's columns: all rows or
     * none (422 naming every row at fault).
     */
    @PostMapping("/import")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The file: clause, comment, proposed change, organisation, channel (and type) columns.",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    Imported importComments(AppUser user, @PathVariable long standardId, HttpServletRequest request)
            throws IOException {
        MediaType type = FileRequests.contentType(request);
        try (SpooledFile file = SpooledFile.of(request.getInputStream(), imports.maxBytes(), "A comment file")) {
            List<Comment> recorded = imports.run(user, standardId, type, file.path());
            return new Imported(recorded.size(), recorded);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Comment> comment(
            AppUser user, @PathVariable long standardId, @Valid @RequestBody Consultations.NewComment body) {
        Comment comment = consultations.comment(user, standardId, body);
        return ResponseEntity.created(URI.create("/api/standards/" + standardId + "/comments/" + comment.id()))
                .body(comment);
    }

    @GetMapping
    List<Comment> comments(AppUser user, @PathVariable long standardId) {
        return consultations.comments(
                access.findWorkingMaterial(user, standardId, "comments").id());
    }

    @GetMapping("/{commentId}")
    Comment comment(AppUser user, @PathVariable long standardId, @PathVariable long commentId) {
        return consultations
                .find(access.findWorkingMaterial(user, standardId, "comments").id(), commentId)
                .orElseThrow(() ->
                        ApiException.notFound("Standard " + standardId + " has no comment with id " + commentId + "."));
    }

    @PutMapping("/{commentId}/resolution")
    Comment resolve(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable long commentId,
            @Valid @RequestBody Consultations.Resolution body) {
        return consultations.resolve(user, standardId, commentId, body);
    }
}
