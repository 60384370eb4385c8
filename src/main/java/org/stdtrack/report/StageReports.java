package org.stdtrack.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardType;

@Service
class StageReports {

    private final ReferenceData referenceData;
    private final StageCounts counts;
    private final ProgrammeClock clock;
    private final MessageSource messages;

    StageReports(ReferenceData referenceData, StageCounts counts, ProgrammeClock clock, MessageSource messages) {
        this.referenceData = referenceData;
        this.counts = counts;
        this.clock = clock;
        this.messages = messages;
    }

    /** One group's counts; every stage present, zeros included, in lifecycle order. */
    record Group(String key, String nameEn, String nameZh, long total, Map<Stage, Long> byStage) {}

    record StageReport(
            String programme,
            LocalDate asOf,
            String groupBy,
            int target,
            long total,
            Map<Stage, Long> byStage,
            List<Group> groups) {}

    StageReport report(String programme, LocalDate asOf, String groupBy) {
        Programme p = referenceData.requireProgramme(programme);
        StageCounts.GroupBy grouping = grouping(groupBy);
        LocalDate today = clock.today();
        if (asOf != null && asOf.isAfter(today)) {
            throw ApiException.invalid(
                    "asOf", "A report can only look back: " + asOf + " is after today, " + today + ".");
        }
        Map<String, Map<Stage, Long>> found = asOf == null
                ? counts.current(p.code(), grouping)
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
        return new StageReport(
                p.code(),
                asOf == null ? today : asOf,
                grouping == StageCounts.GroupBy.NONE ? null : grouping.name().toLowerCase(Locale.ROOT),
                p.targetStandards(),
                total(byStage),
                byStage,
                groups);
    }

    private static StageCounts.GroupBy grouping(String groupBy) {
        if (groupBy == null) {
            return StageCounts.GroupBy.NONE;
        }
        return switch (groupBy.toLowerCase(Locale.ROOT)) {
            case "domain" -> StageCounts.GroupBy.DOMAIN;
            case "type" -> StageCounts.GroupBy.TYPE;
            case "committee" -> StageCounts.GroupBy.COMMITTEE;
            default ->
                throw ApiException.badRequest(
                        "groupBy",
                        "'" + groupBy
                                + "' is not a valid value for 'groupBy'; allowed values: domain, type, committee.");
        };
    }

    /** Every group the programme can have, so that empty ones are reported as zeros: key -> {en, zh}. */
    private Map<String, String[]> knownGroups(StageCounts.GroupBy grouping) {
        Map<String, String[]> groups = new LinkedHashMap<>();
        switch (grouping) {
            case DOMAIN ->
                referenceData.domains().stream()
                        .filter(d -> d.parent() == null)
                        .forEach(d -> groups.put(d.code(), new String[] {d.nameEn(), d.nameZh()}));
            case TYPE -> {
                for (StandardType type : StandardType.values()) {
                    String key = "standardType." + type.name();
                    groups.put(type.name(), new String[] {
                        messages.getMessage(key, null, Locale.ENGLISH), messages.getMessage(key, null, Locale.CHINESE)
                    });
                }
            }
            case COMMITTEE ->
                referenceData.committees().forEach(c -> groups.put(c.code(), new String[] {c.nameEn(), c.nameZh()}));
            default -> {}
        }
        return groups;
    }

    private static long total(Map<Stage, Long> byStage) {
        return byStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
