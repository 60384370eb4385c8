package org.stdtrack.promotion;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** Promotion events, registrations, attendance, exams and certificates over HTTP (docs/api.md, "Promotion"). */
@RestController
@Validated
class PromotionController {

    private static final String EVENTS = "/api/promotion/events";

    private final PromotionEvents events;
    private final SignInSheetImport sheets;
    private final CertificatePdf pdfs;
    private final TableExport exports;
    private final long maxSheetBytes;

    PromotionController(
            PromotionEvents events,
            SignInSheetImport sheets,
            CertificatePdf pdfs,
            TableExport exports,
            @Value("${stdtrack.promotion.max-sign-in-sheet-size:1MB}") DataSize maxSheetSize) {
        this.events = events;
        this.sheets = sheets;
        this.pdfs = pdfs;
        this.exports = exports;
        this.maxSheetBytes = maxSheetSize.toBytes();
    }

    @GetMapping(EVENTS)
    PromotionEvents.EventPage events(
            @RequestParam @Size(max = 32) String programme,
            @RequestParam(required = false) @Size(max = 32) String organiser,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return events.events(programme, organiser, page, size);
    }

    @GetMapping(EVENTS + "/{id}")
    PromotionEvent event(@PathVariable long id) {
        return events.event(id);
    }

    @PostMapping(EVENTS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PromotionEvent> create(AppUser user, @Valid @RequestBody PromotionEvents.EventRequest body) {
        PromotionEvent created = events.create(user, body);
        return ResponseEntity.created(URI.create(EVENTS + "/" + created.id())).body(created);
    }

    @PutMapping(EVENTS + "/{id}")
    PromotionEvent update(AppUser user, @PathVariable long id, @Valid @RequestBody PromotionEvents.EventRequest body) {
        return events.update(user, id, body);
    }

    @PostMapping(EVENTS + "/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Registration register(
            AppUser user, @PathVariable long id, @Valid @RequestBody PromotionEvents.RegistrationRequest body) {
        return events.register(user, id, body);
    }

    /** The attendance list, also as CSV/XLSX: the organiser's whole, an enterprise's own people only. */
    @GetMapping(EVENTS + "/{id}/registrations")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Registration.class))))
    ResponseEntity<?> registrations(AppUser user, @PathVariable long id, HttpServletRequest request) {
        List<Registration> list = events.registrations(user, id);
        return exports.respond(
                request,
                list,
                () -> new Table(
                        "attendance-" + id,
                        List.of(
                                "column.name",
                                "column.contact",
                                "column.enterprise",
                                "column.creditCode",
                                "column.role",
                                "column.present",
                                "column.minutes",
                                "column.score",
                                "column.walkIn"),
                        list.stream()
                                .map(r -> Arrays.<Object>asList(
                                        r.name(),
                                        r.contact(),
                                        r.enterprise(),
                                        r.creditCode(),
                                        r.role(),
                                        new Table.Label(r.present() ? "answer.YES" : "answer.NO"),
                                        r.minutes(),
                                        r.score(),
                                        new Table.Label(r.walkIn() ? "answer.YES" : "answer.NO")))
                                .toList()));
    }

    @PutMapping(EVENTS + "/{id}/attendance")
    List<Registration> attendance(
            AppUser user, @PathVariable long id, @Valid @RequestBody PromotionEvents.AttendanceRequest body) {
        return events.attendance(user, id, body);
    }

    /**
     * The sign-in sheet as the organiser keeps it (CSV or XLSX): 200 with what it says (a dry run, the default) or
     * did; 422 with every faulty line when a committed sheet has any, and then nothing is written.
     */
    @PostMapping(EVENTS + "/{id}/attendance/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = SignInSheetImport.Result.class)))
    ResponseEntity<?> importSheet(
            AppUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "sign-in-sheet") @Size(max = 200) String fileName,
            HttpServletRequest request)
            throws IOException {
        MediaType type = FileRequests.contentType(request);
        SignInSheetImport.Result result;
        try (SpooledFile file = SpooledFile.of(request.getInputStream(), maxSheetBytes, "A sign-in sheet")) {
            result = sheets.run(
                    user, id, dryRun, new SignInSheetImport.Upload(fileName, type, file.path(), file.sha256()));
        }
        return FileRequests.importAnswer(dryRun, result, result.errors().size());
    }

    @PostMapping(EVENTS + "/{id}/exam-results")
    List<Registration> examResults(
            AppUser user, @PathVariable long id, @Valid @RequestBody PromotionEvents.ExamResults body) {
        return events.examResults(user, id, body);
    }

    @PostMapping(EVENTS + "/{id}/certificates")
    PromotionEvents.Issued issueCertificates(AppUser user, @PathVariable long id) {
        return events.issueCertificates(user, id);
    }

    @GetMapping(EVENTS + "/{id}/certificates")
    List<PromotionEvents.IssuedCertificate> certificates(AppUser user, @PathVariable long id) {
        return events.certificates(user, id);
    }

    /** The certificate as one printable page, for the organiser and the holder's enterprise. */
    @GetMapping(value = "/api/certificates/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> certificatePdf(AppUser user, @PathVariable @Size(max = 64) String number) {
        byte[] pdf = pdfs.render(events.printable(user, number));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificate-" + number + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** Anyone may verify a certificate, signed in or not: the holder's name masked. */
    @GetMapping("/api/certificates/{number}")
    PromotionEvents.PublicCertificate certificate(@PathVariable @Size(max = 64) String number) {
        return events.verify(number);
    }

    @PostMapping("/api/certificates/{number}/revocation")
    PromotionEvents.PublicCertificate revoke(
            AppUser user,
            @PathVariable @Size(max = 64) String number,
            @Valid @RequestBody PromotionEvents.Revocation body) {
        return events.revoke(user, number, body);
    }
}
