package org.stdtrack.portfolio;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.TableExport;
import org.stdtrack.export.WrittenInLanguage;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.web.FileRequests;

/** The portfolio import over HTTP: the file itself as the body; and its template, the programme as a file. */
@RestController
@RequestMapping("/api/imports/standards")
class ImportController {

    private final PortfolioImport imports;
    private final PortfolioTemplate template;
    private final TableExport exports;

    private final long maxFileBytes;

    ImportController(
            PortfolioImport imports,
            PortfolioTemplate template,
            TableExport exports,
            @Value("${stdtrack.imports.max-file-size:50MB}") DataSize maxFileSize) {
        this.imports = imports;
        this.template = template;
        this.exports = exports;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    /**
     * 200 with what was found (a dry run, the default) or done; 422 as problem details with the same
     * counts and every row's error when a committed import has any, and then nothing is written.
     */
    @PostMapping
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The file, in the template's columns.",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PortfolioImport.Result.class)))
    ResponseEntity<?> importStandards(
            AppUser user,
            @RequestParam String programme,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "upload") String fileName,
            HttpServletRequest request)
            throws IOException {
        MediaType type = FileRequests.contentType(request);
        PortfolioImport.Result result;
        try (SpooledFile file = SpooledFile.of(request.getInputStream(), maxFileBytes, "A portfolio file")) {
            result = imports.run(
                    user, programme, dryRun, new PortfolioImport.Upload(fileName, type, file.path(), file.sha256()));
        }
        return FileRequests.importAnswer(dryRun, result, result.errors().size());
    }

    /** The programme's standards that the caller may import, in exactly the import's format (CSV or XLSX). */
    @GetMapping("/template")
    @WrittenInLanguage
    @Parameter(
            name = "format",
            in = ParameterIn.QUERY,
            description = "The file's format; without it, the Accept header chooses.",
            schema = @Schema(allowableValues = {"csv", "xlsx"}))
    @ApiResponse(
            responseCode = "200",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    void template(
            AppUser user, @RequestParam String programme, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var header = template.header(programme);
        if (request.getParameter("format") == null
                && (request.getHeader("Accept") == null
                        || request.getHeader("Accept").contains("json"))) {
            throw ApiException.notAcceptable("The template is a file: ask for format=csv or format=xlsx.");
        }
        exports.stream(request, response, header, template.rows(user, programme));
    }
}
