package org.stdtrack.catalogue;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.document.Documents;

/** The public catalogue as JSON, without an account (docs/api.md, "The public catalogue"). */
@RestController
@Validated
class CatalogueController {

    private final PublicCatalogue catalogue;
    private final Documents documents;

    CatalogueController(PublicCatalogue catalogue, Documents documents) {
        this.catalogue = catalogue;
        this.documents = documents;
    }

    @GetMapping("/api/public/standards")
    PublicCatalogue.Page search(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 32) String domain,
            @RequestParam(required = false) PublicCatalogue.Status status,
            @RequestParam(required = false) @Min(2000) @Max(2099) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalogue.search(q, domain, status, year, page, size);
    }

    @GetMapping("/api/public/standards/{id}")
    PublicCatalogue.PublicStandard standard(@PathVariable long id) {
        return catalogue.standard(id);
    }

    /** The published text as the approving body uploaded it. */
    @GetMapping("/api/public/standards/{id}/text")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    void text(@PathVariable long id, HttpServletResponse response) throws IOException {
        documents.send(catalogue.text(id), response);
    }
}
