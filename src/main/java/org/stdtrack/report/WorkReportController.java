package org.stdtrack.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;

/** How long the stages take, and where work is late. */
@RestController
class WorkReportController {

    private final ReferenceData referenceData;
    private final ProgrammeHistory history;
    private final JdbcClient jdbc;
    private final ProgrammeClock clock;
    private final TableExport exports;

    WorkReportController(ReferenceData referenceData, ProgrammeHistory history, JdbcClient jdbc,
                         ProgrammeClock clock, TableExport exports) {
        this.exports = exports;
        this.referenceData = referenceData;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Days a completed stay in the stage took: median and 90th percentile; null when none completed yet. */
    record CycleTime(int completed, Long medianDays, Long p90Days) {
    }

    record CycleTimes(String programme, Map<Stage, CycleTime> stages) {
    }

    record CommitteeWork(String committee, long openTasks, long tasksPastDue, long overdueStandards) {
    }

    record OverdueWork(String programme, List<CommitteeWork> committees) {
    }

    @GetMapping("/api/reports/cycle-times")
    ResponseEntity<?> cycleTimes(@RequestParam String programme, HttpServletRequest request) {
        CycleTimes report = cycleTimes(programme);
        return exports.respond(request, report, chinese -> new Table("cycle-times-" + report.programme(), List.of(
                Table.column("Stage", "阶段"), Table.column("Completed", "已完成"), Table.column("Median days", "中位天数"),
                Table.column("90th percentile days", "第90百分位天数")),
                report.stages().entrySet().stream().map(e -> java.util.Arrays.<Object>asList(e.getKey().name(chinese),
                        e.getValue().completed(), e.getValue().medianDays(), e.getValue().p90Days())).toList()));
    }

    CycleTimes cycleTimes(String programme) {
        Programme p = referenceData.requireProgramme(programme);
        Map<Stage, List<Duration>> measured = history.stageDurations(p.code());
        Map<Stage, CycleTime> stages = new LinkedHashMap<>();
        for (Stage stage : Forecast.DEVELOPMENT) {
            List<Duration> samples = new ArrayList<>(measured.getOrDefault(stage, List.of()));
            samples.sort(null);
            stages.put(stage, samples.isEmpty() ? new CycleTime(0, null, null) : new CycleTime(samples.size(),
                    Forecast.percentile(samples, 50).toDays(), Forecast.percentile(samples, 90).toDays()));
        }
        return new CycleTimes(p.code(), stages);
    }

    /** Per committee: open tasks, those past their due date, and standards past their development limit. */
    @GetMapping("/api/reports/overdue")
    ResponseEntity<?> overdue(@RequestParam String programme, HttpServletRequest request) {
        OverdueWork report = overdue(programme);
        return exports.respond(request, report, chinese -> new Table("overdue-" + report.programme(), List.of(
                Table.column("Committee", "技术委员会"), Table.column("Open tasks", "待办任务"),
                Table.column("Tasks past due", "逾期任务"), Table.column("Overdue standards", "超期标准")),
                report.committees().stream().map(c -> List.<Object>of(c.committee(), c.openTasks(), c.tasksPastDue(),
                        c.overdueStandards())).toList()));
    }

    OverdueWork overdue(String programme) {
        Programme p = referenceData.requireProgramme(programme);
        Instant now = clock.now();
        Map<String, long[]> perCommittee = new LinkedHashMap<>();
        referenceData.committees().forEach(c -> perCommittee.put(c.code(), new long[3]));
        jdbc.sql("""
                select s.committee_code, count(*), sum(case when t.due_at < ? then 1 else 0 end)
                from open_task t join standard s on s.id = t.standard_id where s.programme_code = ?
                group by s.committee_code""")
                .params(org.stdtrack.persistence.Timestamps.toDb(now), p.code())
                .query(rs -> {
                    perCommittee.get(rs.getString(1))[0] = rs.getLong(2);
                    perCommittee.get(rs.getString(1))[1] = rs.getLong(3);
                });
        jdbc.sql("""
                select committee_code, count(*) from standard where programme_code = ? and development_due_at < ?
                and submitted_for_approval_at is null and stage <> 'CANCELLED' group by committee_code""")
                .params(p.code(), org.stdtrack.persistence.Timestamps.toDb(now))
                .query(rs -> {
                    perCommittee.get(rs.getString(1))[2] = rs.getLong(2);
                });
        List<CommitteeWork> committees = perCommittee.entrySet().stream()
                .map(e -> new CommitteeWork(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new OverdueWork(p.code(), committees);
    }
}
