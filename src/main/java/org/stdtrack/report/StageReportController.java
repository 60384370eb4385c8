package org.stdtrack.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.stdtrack.export.Table;
import org.stdtrack.export.TableExport;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardType;

@RestController
class StageReportController {

    private final ReferenceData referenceData;
    private final StageCounts counts;
    private final ProgrammeClock clock;
    private final TableExport exports;

    StageReportController(ReferenceData referenceData, StageCounts counts, ProgrammeClock clock, TableExport exports) {
        this.exports = exports;
        this.referenceData = referenceData;
        this.counts = counts;
        this.clock = clock;
    }

    /** One group's counts; every stage present, zeros included, in lifecycle order. */
    record Group(String key, String nameEn, String nameZh, long total, Map<Stage, Long> byStage) {
    }

    record StageReport(String programme, LocalDate asOf, String groupBy, int target, long total,
                       Map<Stage, Long> byStage, List<Group> groups) {
    }

    /**
     * @param asOf    a past date: the counts at the end of that day in the programme's time zone; today if absent
     * @param groupBy domain (the six domains), type or committee
     */
    @GetMapping("/api/reports/stages")
    ResponseEntity<?> stages(@RequestParam String programme, @RequestParam(required = false) LocalDate asOf,
                             @RequestParam(required = false) String groupBy, HttpServletRequest request) {
        StageReport report = report(programme, asOf, groupBy);
        return exports.respond(request, report, chinese -> table(report, chinese));
    }

    StageReport report(String programme, LocalDate asOf, String groupBy) {
        Programme p = referenceData.requireProgramme(programme);
        StageCounts.GroupBy grouping = grouping(groupBy);
        LocalDate today = clock.today();
        if (asOf != null && asOf.isAfter(today)) {
            throw ApiException.invalid("asOf", "A report can only look back: " + asOf + " is after today, " + today + ".");
        }
        Map<String, Map<Stage, Long>> found = asOf == null ? counts.current(p.code(), grouping)
                : counts.asOf(p.code(), clock.startOf(asOf.plusDays(1)), grouping);

        Map<Stage, Long> byStage = StageCounts.zeros();
        found.values().forEach(group -> group.forEach((stage, n) -> byStage.merge(stage, n, Long::sum)));
        List<Group> groups = new ArrayList<>();
        if (grouping != StageCounts.GroupBy.NONE) {
            for (var known : knownGroups(grouping).entrySet()) {
                Map<Stage, Long> group = found.getOrDefault(known.getKey(), StageCounts.zeros());
                groups.add(new Group(known.getKey(), known.getValue()[0], known.getValue()[1], total(group), group));
            }
        }
        return new StageReport(p.code(), asOf == null ? today : asOf,
                grouping == StageCounts.GroupBy.NONE ? null : grouping.name().toLowerCase(Locale.ROOT),
                p.targetStandards(), total(byStage), byStage, groups);
    }

    private static Table table(StageReport report, boolean chinese) {
        List<Table.Column> columns = new ArrayList<>(List.of(Table.column("Group", "分组"), Table.column("Name", "名称")));
        for (Stage stage : Stage.values()) {
            columns.add(Table.column(stage.name(false), stage.name(true)));
        }
        columns.add(Table.column("Total", "合计"));
        List<List<Object>> rows = new ArrayList<>();
        if (report.groups().isEmpty()) {
            rows.add(row(report.programme(), report.programme(), report.byStage(), report.total()));
        }
        for (Group group : report.groups()) {
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

    private static StageCounts.GroupBy grouping(String groupBy) {
        if (groupBy == null) {
            return StageCounts.GroupBy.NONE;
        }
        return switch (groupBy.toLowerCase(Locale.ROOT)) {
            case "domain" -> StageCounts.GroupBy.DOMAIN;
            case "type" -> StageCounts.GroupBy.TYPE;
            case "committee" -> StageCounts.GroupBy.COMMITTEE;
            default -> throw ApiException.badRequest("groupBy", "'" + groupBy
                    + "' is not a valid value for 'groupBy'; allowed values: domain, type, committee.");
        };
    }

    /** Every group the programme can have, so that empty ones are reported as zeros: key -> {en, zh}. */
    private Map<String, String[]> knownGroups(StageCounts.GroupBy grouping) {
        Map<String, String[]> groups = new LinkedHashMap<>();
        switch (grouping) {
            case DOMAIN -> referenceData.domains().stream().filter(d -> d.parent() == null)
                    .forEach(d -> groups.put(d.code(), new String[] {d.nameEn(), d.nameZh()}));
            case TYPE -> {
                groups.put(StandardType.GB.name(), new String[] {"Mandatory national standard (GB)", "强制性国家标准"});
                groups.put(StandardType.GB_T.name(), new String[] {"Recommended national standard (GB/T)", "推荐性国家标准"});
                groups.put(StandardType.SECTOR.name(), new String[] {"Sector standard", "行业标准"});
            }
            case COMMITTEE -> referenceData.committees()
                    .forEach(c -> groups.put(c.code(), new String[] {c.nameEn(), c.nameZh()}));
            default -> { }
        }
        return groups;
    }

    private static long total(Map<Stage, Long> byStage) {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
