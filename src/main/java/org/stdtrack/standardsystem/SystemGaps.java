package org.stdtrack.standardsystem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageHistory;

/**
 * Where the standard system has gaps: per node (summed up the tree) and in all, the planned standards by status
 * and the coverage, for all rows and for the target rows, now or at the end of a past day; and the target rows
 * due by a year that have not started (not filled, or filled by a standard not yet in drafting).
 */
@Service
public class SystemGaps {

    /** The stages before drafting, and cancellation: a row whose standard is in one of them has not started. */
    private static final Set<Stage> NOT_STARTED = Set.of(Stage.PRELIMINARY, Stage.PROPOSAL, Stage.CANCELLED);

    public record NodeGap(
            String code, String parent, String nameEn, String nameZh, Counts counts, Counts targetCounts) {}

    public record GapReport(
            String programme,
            String version,
            LocalDate asOf,
            LocalDate unstartedBy,
            Counts counts,
            Counts targetCounts,
            List<NodeGap> nodes,
            List<SystemTables.RowView> unstarted) {}

    /**
     * The target standards as named slots of the current system table: how many stand at each status, how many
     * of those under way at each stage, and how many have no project yet.
     */
    public record Slots(
            String version,
            int targetRows,
            Map<RowStatus, Long> byStatus,
            Map<Stage, Long> byStage,
            long withoutProject) {}

    private final SystemTables tables;
    private final ProgrammeClock clock;
    private final StageHistory stageHistory;

    SystemGaps(SystemTables tables, ProgrammeClock clock, StageHistory stageHistory) {
        this.tables = tables;
        this.clock = clock;
        this.stageHistory = stageHistory;
    }

    /**
     * Of a version, or of the programme's current one: the counts as they are, or as they were at the end of
     * {@code asOf}; the target rows not started by {@code unstartedBy} (today unless given).
     */
    public GapReport report(AppUser reader, String programme, String version, LocalDate asOf, LocalDate unstartedBy) {
        String shown = version != null
                ? version
                : tables.tables(programme).stream()
                        .filter(SystemTable::current)
                        .map(SystemTable::version)
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("Programme " + programme + " has no system table.")
                                .withText("problem.system.none"));
        SystemTables.TableView view =
                asOf == null ? tables.view(reader, programme, shown) : tables.viewAt(reader, programme, shown, asOf);
        List<NodeGap> nodes = new ArrayList<>();
        flatten(view.nodes(), nodes);
        LocalDate by = unstartedBy == null ? clock.today() : unstartedBy;
        return new GapReport(
                programme,
                shown,
                asOf,
                by,
                view.counts(),
                view.targetCounts(),
                nodes,
                unstarted(reader, tables.require(programme, shown), by));
    }

    /**
     * The programme's target rows in its current system table, counted whole, their standards at the stages
     * they were in at that instant; empty without a current table.
     */
    public Optional<Slots> slots(String programme, Instant at) {
        Optional<SystemTable> current =
                tables.tables(programme).stream().filter(SystemTable::current).findFirst();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<SystemRow> rows = tables.repository().rows(current.get().id()).stream()
                .filter(r -> r.target() && !r.retired() && !r.proposed())
                .toList();
        Map<Long, Stage> stages = stageHistory.stagesAt(
                rows.stream()
                        .map(SystemRow::standardId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                at);
        Map<RowStatus, Long> byStatus = new EnumMap<>(RowStatus.class);
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        for (SystemRow r : rows) {
            Stage stage = r.standardId() == null ? null : stages.get(r.standardId());
            RowStatus status = RowStatus.of(false, stage, r.externalStatus());
            byStatus.merge(status, 1L, Long::sum);
            if (stage != null && status != RowStatus.NOT_STARTED) {
                byStage.merge(stage, 1L, Long::sum);
            }
        }
        return Optional.of(new Slots(
                current.get().version(),
                rows.size(),
                byStatus,
                byStage,
                byStatus.getOrDefault(RowStatus.NOT_STARTED, 0L)));
    }

    private static void flatten(List<SystemTables.NodeView> level, List<NodeGap> into) {
        for (SystemTables.NodeView n : level) {
            into.add(new NodeGap(n.code(), n.parent(), n.nameEn(), n.nameZh(), n.counts(), n.targetCounts()));
            flatten(n.children(), into);
        }
    }

    /**
     * Target rows planned for that day's year or before whose standard had not reached drafting by the end of
     * that day (or has none, or was cancelled).
     */
    private List<SystemTables.RowView> unstarted(AppUser reader, SystemTable table, LocalDate by) {
        List<SystemRow> due = tables.repository().rows(table.id()).stream()
                .filter(r -> r.target() && !r.retired() && !r.proposed() && r.externalStatus() == null)
                .filter(r -> r.targetYear() != null && r.targetYear() <= by.getYear())
                .toList();
        Map<Long, Stage> stages = stageHistory.stagesAt(
                due.stream().map(SystemRow::standardId).filter(Objects::nonNull).collect(Collectors.toSet()),
                clock.startOf(by.plusDays(1)));
        return tables.views(
                reader,
                due.stream()
                        .filter(r -> {
                            Stage stage = r.standardId() == null ? null : stages.get(r.standardId());
                            return stage == null || NOT_STARTED.contains(stage);
                        })
                        .toList());
    }
}
