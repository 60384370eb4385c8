package org.stdtrack.promotion;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.ExportableTable;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.stdtrack.identity.AppUser;

/** The promotion funnel (a report: CSV and XLSX too) and conformity results over HTTP (docs/api.md, "Promotion"). */
@RestController
@Validated
class PromotionReportController {

    private final PromotionFunnel funnel;
    private final ConformityResults conformity;
    private final TableExport exports;

    PromotionReportController(PromotionFunnel funnel, ConformityResults conformity, TableExport exports) {
        this.funnel = funnel;
        this.conformity = conformity;
        this.exports = exports;
    }

    @PostMapping("/api/conformity-results")
    @ResponseStatus(HttpStatus.CREATED)
    ConformityResults.ConformityResult record(AppUser user, @Valid @RequestBody ConformityResults.ResultRequest body) {
        return conformity.record(user, body);
    }

    @GetMapping("/api/conformity-results")
    List<ConformityResults.ConformityResult> results(AppUser user, @RequestParam @Size(max = 32) String programme) {
        return conformity.read(user, programme);
    }

    /** The way from reached to implementing in distinct enterprises, as of a day; also CSV/XLSX. */
    @GetMapping("/api/reports/promotion")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PromotionFunnel.Funnel.class)))
    ResponseEntity<?> report(
            @RequestParam @Size(max = 32) String programme,
            @RequestParam(required = false) @Size(max = 32) String domain,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) LocalDate asOf,
            HttpServletRequest request) {
        PromotionFunnel.Funnel f = funnel.funnel(programme, domain, from, to, asOf);
        return exports.respond(request, f, () -> {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(counts(new Table.Label("promotionReport.all"), f.counts()));
            f.byDomain().forEach(g -> rows.add(counts(g.key(), g.counts())));
            f.byOrganiser().forEach(g -> rows.add(counts(g.key(), g.counts())));
            f.byProvince().forEach(g -> rows.add(counts(new Table.Label("province." + g.key()), g.counts())));
            return new Table(
                            "promotion-" + f.programme(),
                            List.of(
                                    "column.group",
                                    "column.reached",
                                    "column.trained",
                                    "column.declared",
                                    "column.verified",
                                    "column.piloted",
                                    "column.assessed",
                                    "column.engaged",
                                    "column.implementing"),
                            rows)
                    .headed("export.title.promotion", f.programme(), f.asOf());
        });
    }

    private static List<Object> counts(Object group, PromotionFunnel.FunnelCounts c) {
        return Arrays.asList(
                group,
                c.reached(),
                c.trained(),
                c.declared(),
                c.verified(),
                c.piloted(),
                c.assessed(),
                c.engaged(),
                c.implementing());
    }
}
