package org.stdtrack.standardsystem;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.TableExport;
import org.stdtrack.export.WrittenInLanguage;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.web.FileRequests;

/** A programme's system tables, their nodes and rows, the rows' standards, and the gap report (docs/api.md). */
@RestController
class SystemTableController {

    private static final String TABLES = "/api/programmes/{programme}/system-tables";

    private final SystemTables tables;
    private final SystemGaps gaps;
    private final SystemTableDiff diffs;
    private final SystemTableExport exports;
    private final SystemDiagram diagrams;
    private final SystemRowImport imports;
    private final long maxImportBytes;

    SystemTableController(
            SystemTables tables,
            SystemGaps gaps,
            SystemTableDiff diffs,
            SystemTableExport exports,
            SystemDiagram diagrams,
            SystemRowImport imports,
            @Value("${stdtrack.system-tables.max-import-size:10MB}") DataSize maxImportSize) {
        this.imports = imports;
        this.maxImportBytes = maxImportSize.toBytes();
        this.tables = tables;
        this.gaps = gaps;
        this.diffs = diffs;
        this.exports = exports;
        this.diagrams = diagrams;
    }

    /** The version's structure diagram, each node with its counts and coverage, in the request's language. */
    @GetMapping(value = TABLES + "/{version}/diagram.svg", produces = "image/svg+xml")
    @WrittenInLanguage
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")))
    ResponseEntity<String> diagram(
            AppUser user, @PathVariable String programme, @PathVariable String version, HttpServletRequest request) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .body(diagrams.svg(tables.view(user, programme, version), TableExport.language(request)));
    }

    /**
     * The version as files: XLSX with the detail and the statistics tables (default), or CSV with the detail
     * table; in the language of {@code lang=} or else the request's.
     */
    @GetMapping(TABLES + "/{version}/export")
    @WrittenInLanguage
    @ApiResponse(
            responseCode = "200",
            content = {
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<byte[]> export(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @RequestParam(defaultValue = "xlsx") @Parameter(schema = @Schema(allowableValues = {"xlsx", "csv"}))
                    String format,
            HttpServletRequest request) {
        Locale language = TableExport.language(request);
        SystemTables.TableView view = tables.view(user, programme, version);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "xlsx" -> false;
            default ->
                throw ApiException.badRequest(
                                "format",
                                "'" + format + "' is not a valid value for 'format'; allowed values: xlsx, csv.")
                        .withText("problem.notValid", new ApiException.Label("field.format"));
        };
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType(TableExport.CSV, StandardCharsets.UTF_8) : TableExport.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("system-table-" + programme + "-" + version + (csv ? ".csv" : ".xlsx"))
                                .build()
                                .toString())
                .body(csv ? exports.csv(view, language) : exports.xlsx(view, language));
    }

    /** What changed from one version to another (nodes, rows, replacements). */
    @GetMapping(TABLES + "/diff")
    SystemTableDiff.Diff diff(
            AppUser user, @PathVariable String programme, @RequestParam String from, @RequestParam String to) {
        return diffs.diff(user, programme, from, to);
    }

    @GetMapping(TABLES)
    List<SystemTable> list(@PathVariable String programme) {
        return tables.tables(programme);
    }

    @PostMapping(TABLES)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SystemTable> create(
            AppUser user, @PathVariable String programme, @Valid @RequestBody SystemTables.NewTable body) {
        SystemTable created = tables.create(user, programme, body);
        return ResponseEntity.created(
                        URI.create("/api/programmes/" + programme + "/system-tables/" + created.version()))
                .body(created);
    }

    @GetMapping(TABLES + "/{version}")
    SystemTables.TableView table(AppUser user, @PathVariable String programme, @PathVariable String version) {
        return tables.view(user, programme, version);
    }

    @PutMapping(TABLES + "/{version}")
    SystemTable change(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @Valid @RequestBody SystemTables.TableChange body) {
        return tables.change(user, programme, version, body);
    }

    @PostMapping(TABLES + "/{version}/nodes")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SystemTable.Node> addNode(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @Valid @RequestBody SystemTables.NodeRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tables.addNode(user, programme, version, body));
    }

    @PutMapping(TABLES + "/{version}/nodes/{code}")
    SystemTable.Node changeNode(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @PathVariable String code,
            @Valid @RequestBody SystemTables.NodeRequest body) {
        return tables.changeNode(user, programme, version, code, body);
    }

    @PostMapping(TABLES + "/{version}/rows")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SystemTables.RowView> addRow(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @Valid @RequestBody SystemTables.RowRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tables.addRow(user, programme, version, body));
    }

    @PutMapping(TABLES + "/{version}/rows/{id}")
    SystemTables.RowView changeRow(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @PathVariable long id,
            @Valid @RequestBody SystemTables.RowRequest body) {
        return tables.changeRow(user, programme, version, id, body);
    }

    /**
     * Rows in bulk from a file in the detail table's columns (CSV or XLSX, as exported): 200 with what was found
     * (a dry run, the default) or added; 422 with every line's fault when a committed import has any, and then
     * nothing is written.
     */
    @PostMapping(TABLES + "/{version}/rows/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The file, in the columns of the export's detail table.",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SystemRowImport.Result.class)))
    ResponseEntity<?> importRows(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "upload") String fileName,
            HttpServletRequest request)
            throws IOException {
        MediaType type = FileRequests.contentType(request);
        SystemRowImport.Result result;
        try (SpooledFile file = SpooledFile.of(request.getInputStream(), maxImportBytes, "A system table file")) {
            result = imports.run(
                    user,
                    programme,
                    version,
                    dryRun,
                    new SystemRowImport.Upload(fileName, type, file.path(), file.sha256()));
        }
        return FileRequests.importAnswer(dryRun, result, result.errors().size());
    }

    /** A proposed row accepted into the system by the programme's managers. */
    @PostMapping(TABLES + "/{version}/rows/{id}/acceptance")
    SystemTables.RowView accept(
            AppUser user, @PathVariable String programme, @PathVariable String version, @PathVariable long id) {
        return tables.accept(user, programme, version, id);
    }

    @DeleteMapping(TABLES + "/{version}/rows/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> deleteRow(
            AppUser user, @PathVariable String programme, @PathVariable String version, @PathVariable long id) {
        tables.deleteRow(user, programme, version, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(TABLES + "/{version}/rows/{id}/standard")
    SystemTables.RowView link(
            AppUser user,
            @PathVariable String programme,
            @PathVariable String version,
            @PathVariable long id,
            @Valid @RequestBody SystemTables.Link body) {
        return tables.link(user, programme, version, id, body);
    }

    /** What has filled the row, the first first (links are kept when a row is emptied or its standard cancelled). */
    @GetMapping(TABLES + "/{version}/rows/{id}/history")
    List<SystemTables.RowLink> history(
            AppUser user, @PathVariable String programme, @PathVariable String version, @PathVariable long id) {
        return tables.history(user, programme, version, id);
    }

    @DeleteMapping(TABLES + "/{version}/rows/{id}/standard")
    SystemTables.RowView unlink(
            AppUser user, @PathVariable String programme, @PathVariable String version, @PathVariable long id) {
        return tables.unlink(user, programme, version, id);
    }

    /**
     * The gaps of a version (the current one unless named), as they are or as they were at the end of {@code
     * asOf}; the target rows not started by {@code unstartedBy}, today unless given.
     */
    @GetMapping("/api/reports/system-gap")
    SystemGaps.GapReport gap(
            AppUser user,
            @RequestParam String programme,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate unstartedBy) {
        return gaps.report(user, programme, version, asOf, unstartedBy);
    }
}
