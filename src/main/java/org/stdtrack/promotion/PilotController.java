package org.stdtrack.promotion;

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
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;

/**
 * Pilots and demonstrations over HTTP (docs/api.md, "Promotion"); their decisions are the process's tasks,
 * completed as every task is.
 */
@RestController
@Validated
class PilotController {

    private final Pilots pilots;
    private final PilotLetters letters;

    PilotController(Pilots pilots, PilotLetters letters) {
        this.pilots = pilots;
        this.letters = letters;
    }

    @PostMapping("/api/pilots")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Pilots.Pilot> apply(AppUser user, @Valid @RequestBody Pilots.PilotRequest body) {
        Pilots.Pilot applied = pilots.apply(user, body);
        return ResponseEntity.created(URI.create("/api/pilots/" + applied.id())).body(applied);
    }

    @GetMapping("/api/pilots")
    List<Pilots.Pilot> pilots(@RequestParam @Size(max = 32) String programme) {
        return pilots.of(programme);
    }

    @GetMapping("/api/pilots/{id}")
    Pilots.Pilot pilot(@PathVariable long id) {
        return pilots.require(id);
    }

    /** An evidence letter, stored as the pilot's next; its actors only, while the pilot runs. */
    @PostMapping(value = "/api/pilots/{id}/letters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Document> addLetter(AppUser user, @PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        Document stored = letters.upload(
                user, id, new Documents.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        return ResponseEntity.created(URI.create("/api/pilots/" + id + "/letters/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/api/pilots/{id}/letters")
    List<Document> letters(AppUser user, @PathVariable long id) {
        return letters.letters(user, id);
    }

    /** The letter's bytes as uploaded, streamed from the database; the ETag is their SHA-256. */
    @GetMapping("/api/pilots/{id}/letters/{letterId}/content")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    void letter(AppUser user, @PathVariable long id, @PathVariable long letterId, HttpServletResponse response)
            throws IOException {
        letters.send(letters.letter(user, id, letterId), response);
    }
}
