package org.stdtrack.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.stdtrack.standard.StageDataGeneration;
import org.stdtrack.standard.StandardType;

@Service
class StageReports {

    private final ReferenceData referenceData;
    private final StageCounts counts;
    private final ProgrammeClock clock;
    private final MessageSource messages;

    /** What a report's counts are: of a programme, now (at null) or at an instant, in groups. */
    private record Counted(String programme, Instant at, StageCounts.GroupBy grouping) {}

    /**
     * Counts kept until the stage data changes: a national programme's 150,000 standards are counted once per
     * change, not once per reader. Keyed by day, not by reader (the counts are the programme's).
     */
    private final StageDataGeneration.Kept<Counted, Map<String, Map<Stage, Long>>> kept;

    StageReports(
            ReferenceData referenceData,
            StageCounts counts,
            ProgrammeClock clock,
            MessageSource messages,
            StageDataGeneration generation) {
        this.referenceData = referenceData;
        this.counts = counts;
        this.clock = clock;
        this.messages = messages;
        this.kept = generation.kept(KEPT);
    }

    /** The reports kept: programmes, days and groupings asked about lately (a committee grouping is ~0.5 MB). */
    static final int KEPT = 32;

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
        Instant at = asOf == null ? null : clock.startOf(asOf.plusDays(1));
        Map<String, Map<Stage, Long>> found = kept.get(
                new Counted(p.code(), at, grouping),
                () -> Collections.unmodifiableMap(
                        at == null ? counts.current(p.code(), grouping) : counts.asOf(p.code(), at, grouping)));

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
