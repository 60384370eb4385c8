package org.stdtrack.consultation;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.TableExport;
import org.stdtrack.export.WrittenInLanguage;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/** The comment resolution table as a file, for the committee and whoever reads its working material. */
@RestController
class ResolutionTableController {

    private final ResolutionTables tables;
    private final StandardAccess access;

    ResolutionTableController(ResolutionTables tables, StandardAccess access) {
        this.tables = tables;
        this.access = access;
    }

    @GetMapping("/api/standards/{standardId}/resolution-table")
    @WrittenInLanguage
    @ApiResponse(
            responseCode = "200",
            content = {
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<byte[]> table(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(defaultValue = "xlsx") @Parameter(schema = @Schema(allowableValues = {"xlsx", "docx", "csv"}))
                    String format,
            HttpServletRequest request) {
        Standard standard = access.find(user, standardId);
        if (!access.readsWorkingMaterial(user, standard)) {
            throw ApiException.forbidden("The comment resolution table of standard " + standardId
                    + " is working material of " + standard.committee() + ".");
        }
        ResolutionTables.Format as = ResolutionTables.Format.parse(format);
        byte[] file = tables.write(tables.of(standard), as, TableExport.language(request), Optional.empty());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(as.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("resolution-table-" + standardId + "." + as.extension())
                                .build()
                                .toString())
                .body(file);
    }
}
