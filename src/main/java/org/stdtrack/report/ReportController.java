package org.stdtrack.report;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.ExportableTable;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.stdtrack.forecast.ForecastCalibration;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/** The programme reports over HTTP: each as JSON, CSV or XLSX (TableExport), built by its service. */
@RestController
class ReportController {

    private final StageReports stages;
    private final TargetReports targets;
    private final AdoptionReports adoption;
    private final WorkReports work;
    private final ForecastCalibration calibration;
    private final TableExport exports;
    private final StandardRepository standards;
    private final ProgrammeClock clock;

    ReportController(
            StageReports stages,
            TargetReports targets,
            AdoptionReports adoption,
            WorkReports work,
            ForecastCalibration calibration,
            TableExport exports,
            StandardRepository standards,
            ProgrammeClock clock) {
        this.standards = standards;
        this.clock = clock;
        this.calibration = calibration;
        this.stages = stages;
        this.targets = targets;
        this.adoption = adoption;
        this.work = work;
        this.exports = exports;
    }

    /**
     * @param asOf    a past date: the counts at the end of that day in the programme's time zone; today if absent
     * @param groupBy domain (the six domains), type or committee
     */
    @GetMapping("/api/reports/stages")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = StageReports.StageReport.class)))
    ResponseEntity<?> stages(
            @RequestParam String programme,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) String groupBy,
            HttpServletRequest request) {
        StageReports.StageReport report = stages.report(programme, asOf, groupBy);
        return exports.respond(
                request, report, () -> table(report).headed("export.title.stages", report.programme(), report.asOf()));
    }

    /** Published before the deadline against the target, and whether the programme will make it (docs/reports.md, "Targets and forecast"). */
    @GetMapping("/api/reports/targets")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TargetReports.TargetReport.class)))
    ResponseEntity<?> targets(
            AppUser reader,
            @RequestParam String programme,
            @RequestParam(required = false) LocalDate asOf,
            HttpServletRequest request) {
        TargetReports.TargetReport report = targets.report(reader, programme, asOf);
        return exports.respond(request, report, () -> {
            Map<Long, Standard> known = standards.find(report.forecast().standards().stream()
                    .map(TargetReports.StandardForecast::id)
                    .toList());
            return new Table(
                            "targets-" + report.programme(),
                            List.of(
                                    "column.planNumber",
                                    "column.title",
                                    "column.stage",
                                    "column.earliestPublication",
                                    "column.expectedPublication",
                                    "column.latestPublication",
                                    "column.pPublishedByDeadline"),
                            report.forecast().standards().stream()
                                    .map(s -> Arrays.<Object>asList(
                                            planNumber(known.get(s.id())),
                                            title(known.get(s.id())),
                                            Table.label("stage", s.stage()),
                                            s.early(),
                                            s.expected(),
                                            s.late(),
                                            new Table.Percent(s.pPublishedByDeadline())))
                                    .toList())
                    .headed("export.title.targets", report.programme(), report.asOf());
        });
    }

    /**
     * Forecasts made on past days (from {@code from}, else one {@code every} after the programme's first event,
     * every {@code every}, the last one a {@code horizon} ago) against what then happened, with the Brier score.
     */
    @GetMapping("/api/reports/forecast-calibration")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ForecastCalibration.Calibration.class)))
    ResponseEntity<?> forecastCalibration(
            AppUser reader,
            @RequestParam String programme,
            @RequestParam(defaultValue = "P6M") Period horizon,
            @RequestParam(defaultValue = "P1M") Period every,
            @RequestParam(required = false) LocalDate from,
            HttpServletRequest request) {
        ForecastCalibration.Calibration report = calibration.calibrate(reader, programme, horizon, every, from);
        return exports.respond(request, report, () -> {
            Map<Long, Standard> known = standards.find(report.predictions().stream()
                    .map(ForecastCalibration.Prediction::standardId)
                    .distinct()
                    .toList());
            return new Table(
                            "forecast-calibration-" + report.programme(),
                            List.of(
                                    "column.asOf",
                                    "column.planNumber",
                                    "column.title",
                                    "column.predicted",
                                    "column.publishedWithin"),
                            report.predictions().stream()
                                    .map(p -> Arrays.<Object>asList(
                                            p.asOf(),
                                            planNumber(known.get(p.standardId())),
                                            title(known.get(p.standardId())),
                                            new Table.Percent(p.predicted()),
                                            Table.label("answer", p.published() ? Answer.YES : Answer.NO)))
                                    .toList())
                    .headed("export.title.calibration", report.programme(), clock.today());
        });
    }

    @GetMapping("/api/reports/adoption")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = AdoptionReports.AdoptionReport.class)))
    ResponseEntity<?> adoption(AppUser reader, @RequestParam String programme, HttpServletRequest request) {
        AdoptionReports.AdoptionReport report = adoption.report(reader, programme);
        return exports.respond(
                request,
                report,
                () -> new Table(
                                "adoption-" + report.programme(),
                                List.of(
                                        "column.number",
                                        "column.title",
                                        "column.verifiedEnterprises",
                                        "column.declarations"),
                                report.byStandard().stream()
                                        .map(s -> Arrays.<Object>asList(
                                                s.publishedNumber(),
                                                s.title(),
                                                s.verifiedEnterprises(),
                                                s.declarations()))
                                        .toList())
                        .headed("export.title.adoption", report.programme(), clock.today()));
    }

    @GetMapping("/api/reports/cycle-times")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = WorkReports.CycleTimes.class)))
    ResponseEntity<?> cycleTimes(@RequestParam String programme, HttpServletRequest request) {
        WorkReports.CycleTimes report = work.cycleTimes(programme);
        return exports.respond(
                request,
                report,
                () -> new Table(
                                "cycle-times-" + report.programme(),
                                List.of("column.stage", "column.completed", "column.medianDays", "column.p90Days"),
                                report.stages().entrySet().stream()
                                        .map(e -> Arrays.<Object>asList(
                                                Table.label("stage", e.getKey()),
                                                e.getValue().completed(),
                                                e.getValue().medianDays(),
                                                e.getValue().p90Days()))
                                        .toList())
                        .headed("export.title.cycleTimes", report.programme(), clock.today()));
    }

    /** Per committee: open tasks, those past their due date, and standards past their development limit. */
    @GetMapping("/api/reports/overdue")
    @ExportableTable
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = WorkReports.OverdueWork.class)))
    ResponseEntity<?> overdue(@RequestParam String programme, HttpServletRequest request) {
        WorkReports.OverdueWork report = work.overdue(programme);
        return exports.respond(
                request,
                report,
                () -> new Table(
                                "overdue-" + report.programme(),
                                List.of(
                                        "column.committee",
                                        "column.openTasks",
                                        "column.tasksPastDue",
                                        "column.overdueStandards",
                                        "column.liaisonsPastDue"),
                                report.committees().stream()
                                        .map(c -> List.<Object>of(
                                                c.committee(),
                                                c.openTasks(),
                                                c.tasksPastDue(),
                                                c.overdueStandards(),
                                                c.liaisonsPastDue()))
                                        .toList())
                        .headed("export.title.overdue", report.programme(), clock.today()));
    }

    /** A yes or a no in a report's cell, named in the bundles. */
    private enum Answer {
        YES,
        NO
    }

    private static String planNumber(Standard standard) {
        return standard == null ? null : standard.planNumber();
    }

    private static Table.Name title(Standard standard) {
        return standard == null ? null : new Table.Name(standard.title(), standard.titleZh());
    }

    private static Table table(StageReports.StageReport report) {
        List<String> columns = new ArrayList<>(List.of("column.group", "column.name"));
        for (Stage stage : Stage.values()) {
            columns.add("stage." + stage.name());
        }
        columns.add("column.total");
        List<List<Object>> rows = new ArrayList<>();
        if (report.groups().isEmpty()) {
            rows.add(row(report.programme(), report.programme(), report.byStage(), report.total()));
        }
        for (StageReports.Group group : report.groups()) {
            rows.add(row(group.key(), new Table.Name(group.nameEn(), group.nameZh()), group.byStage(), group.total()));
        }
        return new Table("stages-" + report.asOf(), columns, rows);
    }

    private static List<Object> row(String key, Object name, Map<Stage, Long> byStage, long total) {
        List<Object> row = new ArrayList<>(List.of(key, name));
        row.addAll(byStage.values());
        row.add(total);
        return row;
    }
}
