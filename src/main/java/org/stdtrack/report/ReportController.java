package org.stdtrack.report;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Stage;

/** The programme reports over HTTP: each as JSON, CSV or XLSX (TableExport), built by its service. */
@RestController
class ReportController {

    private final StageReports stages;
    private final TargetReports targets;
    private final AdoptionReports adoption;
    private final WorkReports work;
    private final TableExport exports;

    ReportController(StageReports stages, TargetReports targets, AdoptionReports adoption, WorkReports work,
                     TableExport exports) {
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
    ResponseEntity<?> stages(@RequestParam String programme, @RequestParam(required = false) LocalDate asOf,
                             @RequestParam(required = false) String groupBy, HttpServletRequest request) {
        StageReports.StageReport report = stages.report(programme, asOf, groupBy);
        return exports.respond(request, report, chinese -> table(report, chinese));
    }

    /** Published before the deadline against the target, and whether the programme will make it (README: "Forecast"). */
    @GetMapping("/api/reports/targets")
    ResponseEntity<?> targets(AppUser reader, @RequestParam String programme, HttpServletRequest request) {
        TargetReports.TargetReport report = targets.report(reader, programme);
        return exports.respond(request, report, chinese -> new Table("targets-" + report.programme(), List.of(
                Table.column("Standard", "标准"), Table.column("Stage", "阶段"), Table.column("Earliest publication", "最早发布"),
                Table.column("Expected publication", "预计发布"), Table.column("Latest publication", "最晚发布")),
                report.forecast().standards().stream().map(s -> List.<Object>of(s.id(), s.stage().name(chinese),
                        s.early().toString(), s.expected().toString(), s.late().toString())).toList()));
    }

    @GetMapping("/api/reports/adoption")
    ResponseEntity<?> adoption(AppUser reader, @RequestParam String programme, HttpServletRequest request) {
        AdoptionReports.AdoptionReport report = adoption.report(reader, programme);
        return exports.respond(request, report, chinese -> new Table("adoption-" + report.programme(), List.of(
                Table.column("Standard", "标准"), Table.column("Title", "名称"), Table.column("Number", "标准编号"),
                Table.column("Verified enterprises", "已核实企业数"), Table.column("Declarations", "声明数")),
                report.byStandard().stream().map(s -> Arrays.<Object>asList(s.standardId(), s.title(),
                        s.publishedNumber(), s.verifiedEnterprises(), s.declarations())).toList()));
    }

    @GetMapping("/api/reports/cycle-times")
    ResponseEntity<?> cycleTimes(@RequestParam String programme, HttpServletRequest request) {
        WorkReports.CycleTimes report = work.cycleTimes(programme);
        return exports.respond(request, report, chinese -> new Table("cycle-times-" + report.programme(), List.of(
                Table.column("Stage", "阶段"), Table.column("Completed", "已完成"), Table.column("Median days", "中位天数"),
                Table.column("90th percentile days", "第90百分位天数")),
                report.stages().entrySet().stream().map(e -> Arrays.<Object>asList(e.getKey().name(chinese),
                        e.getValue().completed(), e.getValue().medianDays(), e.getValue().p90Days())).toList()));
    }

    /** Per committee: open tasks, those past their due date, and standards past their development limit. */
    @GetMapping("/api/reports/overdue")
    ResponseEntity<?> overdue(@RequestParam String programme, HttpServletRequest request) {
        WorkReports.OverdueWork report = work.overdue(programme);
        return exports.respond(request, report, chinese -> new Table("overdue-" + report.programme(), List.of(
                Table.column("Committee", "技术委员会"), Table.column("Open tasks", "待办任务"),
                Table.column("Tasks past due", "逾期任务"), Table.column("Overdue standards", "超期标准")),
                report.committees().stream().map(c -> List.<Object>of(c.committee(), c.openTasks(), c.tasksPastDue(),
                        c.overdueStandards())).toList()));
    }

    private static Table table(StageReports.StageReport report, boolean chinese) {
        List<Table.Column> columns = new ArrayList<>(List.of(Table.column("Group", "分组"), Table.column("Name", "名称")));
        for (Stage stage : Stage.values()) {
            columns.add(Table.column(stage.name(false), stage.name(true)));
        }
        columns.add(Table.column("Total", "合计"));
        List<List<Object>> rows = new ArrayList<>();
        if (report.groups().isEmpty()) {
            rows.add(row(report.programme(), report.programme(), report.byStage(), report.total()));
        }
        for (StageReports.Group group : report.groups()) {
            rows.add(row(group.key(), chinese ? group.nameZh() : group.nameEn(), group.byStage(), group.total()));
        }
        return new Table("stages-" + report.asOf(), columns, rows);
    }

    private static List<Object> row(String key, String name, Map<Stage, Long> byStage, long total) {
        List<Object> row = new ArrayList<>(List.of(key, name));
        row.addAll(byStage.values());
        row.add(total);
        return row;
    }
}
