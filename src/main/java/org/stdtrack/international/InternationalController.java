package org.stdtrack.international;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.ExportableTable;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.web.FileRequests;

/** International committees, projects and experts over HTTP (docs/api.md, "International work"). */
@RestController
@Validated
class InternationalController {

    private final InternationalWork work;
    private final Experts experts;
    private final IsoImports imports;
    private final InternationalReport report;
    private final TableExport exports;
    private final long maxImportBytes;

    InternationalController(
            InternationalWork work,
            Experts experts,
            IsoImports imports,
            InternationalReport report,
            TableExport exports,
            @Value("${stdtrack.international.max-import-size:300MB}") DataSize maxImportSize) {
        this.work = work;
        this.experts = experts;
        this.imports = imports;
        this.report = report;
        this.exports = exports;
        this.maxImportBytes = maxImportSize.toBytes();
    }

    /**
     * ISO's deliverables file as ISO publishes it (JSON Lines or CSV): 200 with what was found (a dry run, the
     * default) or done; 422 with every faulty line when a committed file has any, and then nothing is written.
     */
    @PostMapping("/api/international/imports/iso-deliverables")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = IsoImports.DeliverablesResult.class)))
    ResponseEntity<?> importDeliverables(
            AppUser user,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "iso_deliverables_metadata") String fileName,
            HttpServletRequest request)
            throws IOException {
        return isoImport(request, dryRun, fileName, upload -> imports.deliverables(user, dryRun, upload));
    }

    /** ISO's committees file: China's membership of each tracked committee, read from its P- and O-members. */
    @PostMapping("/api/international/imports/iso-committees")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = IsoImports.CommitteesResult.class)))
    ResponseEntity<?> importCommittees(
            AppUser user,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "iso_technical_committees") String fileName,
            HttpServletRequest request)
            throws IOException {
        return isoImport(request, dryRun, fileName, upload -> imports.committees(user, dryRun, upload));
    }

    /** The request's body spooled to disk, imported, and answered as every import is. */
    private ResponseEntity<?> isoImport(
            HttpServletRequest request,
            boolean dryRun,
            String fileName,
            Function<IsoImports.Upload, IsoImports.Answer> run)
            throws IOException {
        MediaType type = FileRequests.contentType(request);
        IsoImports.Answer result;
        try (SpooledFile file = SpooledFile.of(request.getInputStream(), maxImportBytes, "ISO's file")) {
            result = run.apply(new IsoImports.Upload(fileName, type, file.path(), file.sha256()));
        }
        return FileRequests.importAnswer(
                dryRun, (Record) result, result.errors().size());
    }

    /** The programme's international work in figures, as it stands or at the end of {@code asOf}; also CSV/XLSX. */
    @GetMapping("/api/reports/international")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = InternationalReport.Report.class)))
    ResponseEntity<?> report(
            AppUser user,
            @RequestParam String programme,
            @RequestParam(required = false) LocalDate asOf,
            HttpServletRequest request) {
        InternationalReport.Report figures = report.report(user, programme, asOf);
        return exports.respond(request, figures, () -> {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of(
                    new Table.Label("intlReport.chinaLed"), figures.chinaLed().total()));
            rows.add(List.of(
                    new Table.Label("intlReport.chinaLedActive"),
                    figures.chinaLed().active()));
            rows.add(List.of(
                    new Table.Label("intlReport.chinaLedPublished"),
                    figures.chinaLed().published()));
            figures.projectsByStage()
                    .forEach((group, count) -> rows.add(List.of(new Table.Label("intlStageGroup." + group), count)));
            InternationalReport.Conversion c = figures.conversion();
            rows.add(List.of(new Table.Label("intlReport.publishedInScope"), c.publishedInScope()));
            rows.add(List.of(new Table.Label("intlReport.adoptedIdtMod"), c.adoptedIdtMod()));
            rows.add(Arrays.asList(
                    new Table.Label("intlReport.conversionRate"),
                    c.rate() == null ? null : new Table.Percent(c.rate())));
            rows.add(List.of(new Table.Label("intlReport.candidates"), c.candidates()));
            rows.add(Arrays.asList(new Table.Label("intlReport.medianLagDays"), c.medianLagDays()));
            figures.membership().forEach((m, count) -> rows.add(List.of(Table.label("membership", m), count)));
            InternationalReport.Ballots b = figures.ballots();
            rows.add(List.of(new Table.Label("intlReport.ballotsDue"), b.due()));
            rows.add(List.of(new Table.Label("intlReport.votedOnTime"), b.votedOnTime()));
            rows.add(List.of(new Table.Label("intlReport.votedLate"), b.votedLate()));
            rows.add(List.of(new Table.Label("intlReport.ballotsMissed"), b.missed()));
            rows.add(Arrays.asList(
                    new Table.Label("intlReport.participationRate"),
                    b.participationRate() == null ? null : new Table.Percent(b.participationRate())));
            figures.positionsByVote().forEach((vote, count) -> rows.add(List.of(Table.label("vote", vote), count)));
            rows.add(Arrays.asList(
                    new Table.Label("intlReport.commentAcceptanceRate"),
                    figures.nationalCommentAcceptanceRate() == null
                            ? null
                            : new Table.Percent(figures.nationalCommentAcceptanceRate())));
            return new Table("international-" + figures.programme(), List.of("column.measure", "column.value"), rows)
                    .headed("export.title.international", figures.programme(), figures.asOf());
        });
    }

    @GetMapping("/api/international/committees")
    List<IntlCommittee> committees() {
        return work.committees();
    }

    /** A committee by its key ({@code ISO-IEC-JTC-1-SC-38}): its code with other characters as hyphens. */
    @GetMapping("/api/international/committees/{key}")
    IntlCommittee committee(@PathVariable String key) {
        return work.committee(key);
    }

    @PostMapping("/api/international/committees")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IntlCommittee> createCommittee(
            AppUser user, @Valid @RequestBody InternationalWork.CommitteeRequest body) {
        IntlCommittee created = work.createCommittee(user, body);
        return ResponseEntity.created(URI.create("/api/international/committees/" + created.key()))
                .body(created);
    }

    @PutMapping("/api/international/committees/{key}")
    IntlCommittee updateCommittee(
            AppUser user, @PathVariable String key, @Valid @RequestBody InternationalWork.CommitteeRequest body) {
        return work.updateCommittee(user, key, body);
    }

    @GetMapping("/api/international/projects")
    InternationalWork.ProjectPage projects(
            AppUser user,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) ChinaRole chinaRole,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "false") boolean led,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        String owner = committee == null ? null : work.committee(committee).code();
        return work.projects(
                user, new InternationalWork.ProjectFilter(programme, owner, chinaRole, stage, domain, led), page, size);
    }

    @GetMapping("/api/international/projects/{id}")
    InternationalWork.ProjectView project(AppUser user, @PathVariable long id) {
        return work.project(user, id);
    }

    @PostMapping("/api/international/projects")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<InternationalWork.ProjectView> createProject(
            AppUser user, @Valid @RequestBody InternationalWork.ProjectRequest body) {
        InternationalWork.ProjectView created = work.createProject(user, body);
        return ResponseEntity.created(URI.create("/api/international/projects/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/international/projects/{id}")
    InternationalWork.ProjectView updateProject(
            AppUser user, @PathVariable long id, @Valid @RequestBody InternationalWork.ProjectRequest body) {
        return work.updateProject(user, id, body);
    }

    /** A stage the project entered (harmonized, or the body's own code), kept in its history. */
    @PostMapping("/api/international/projects/{id}/stage")
    InternationalWork.ProjectView recordStage(
            AppUser user, @PathVariable long id, @Valid @RequestBody InternationalWork.StageChange body) {
        return work.recordStage(user, id, body);
    }

    /** The programme's published projects that no national standard adopts yet. */
    @GetMapping("/api/international/adoption-candidates")
    List<InternationalWork.ProjectView> adoptionCandidates(AppUser user, @RequestParam String programme) {
        return work.adoptionCandidates(user, programme);
    }

    /** The national adoption of a published project, registered in one step and linked to it. */
    @PostMapping("/api/international/projects/{id}/adoption")
    @ResponseStatus(HttpStatus.CREATED)
    InternationalWork.ProjectView adopt(
            AppUser user, @PathVariable long id, @Valid @RequestBody InternationalWork.AdoptionRequest body) {
        return work.adopt(user, id, body);
    }

    @GetMapping("/api/experts")
    List<Expert> experts(
            AppUser user,
            @RequestParam(required = false) String committee,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return experts.experts(user, committee, page, size);
    }

    @GetMapping("/api/experts/{id}")
    Expert expert(AppUser user, @PathVariable long id) {
        return experts.expert(user, id);
    }

    @PostMapping("/api/experts")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Expert> register(AppUser user, @Valid @RequestBody Experts.ExpertRequest body) {
        Expert created = experts.register(user, body);
        return ResponseEntity.created(URI.create("/api/experts/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/experts/{id}")
    Expert change(AppUser user, @PathVariable long id, @Valid @RequestBody Experts.ExpertRequest body) {
        return experts.change(user, id, body);
    }
}
