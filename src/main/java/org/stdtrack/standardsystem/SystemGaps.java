package org.stdtrack.standardsystem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * Where the standard system has gaps: per node (summed up the tree) and in all, the planned standards by status
 * and the coverage, for all rows and for the target rows; and the target rows due by a year that have not started
 * (not filled, or filled by a standard not yet in drafting).
 */
@Service
public class SystemGaps {

    public record NodeGap(
            String code, String parent, String nameEn, String nameZh, Counts counts, Counts targetCounts) {}

    public record GapReport(
            String programme,
            String version,
            LocalDate unstartedBy,
            Counts counts,
            Counts targetCounts,
            List<NodeGap> nodes,
            List<SystemTables.RowView> unstarted) {}

    private final SystemTables tables;
    private final StandardRepository standards;
    private final ProgrammeClock clock;

    SystemGaps(SystemTables tables, StandardRepository standards, ProgrammeClock clock) {
        this.tables = tables;
        this.standards = standards;
        this.clock = clock;
    }

    /** Of a version, or of the programme's current one; {@code unstartedBy} today unless given. */
    public GapReport report(AppUser reader, String programme, String version, LocalDate unstartedBy) {
        String shown = version != null
                ? version
                : tables.tables(programme).stream()
                        .filter(SystemTable::current)
                        .map(SystemTable::version)
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("Programme " + programme + " has no system table.")
                                .withText("problem.system.none"));
        SystemTables.TableView view = tables.view(reader, programme, shown);
        List<NodeGap> nodes = new ArrayList<>();
        flatten(view.nodes(), nodes);
        LocalDate by = unstartedBy == null ? clock.today() : unstartedBy;
        return new GapReport(
                programme,
                shown,
                by,
                view.counts(),
                view.targetCounts(),
                nodes,
                unstarted(reader, tables.require(programme, shown), by.getYear()));
    }

    private static void flatten(List<SystemTables.NodeView> level, List<NodeGap> into) {
        for (SystemTables.NodeView n : level) {
            into.add(new NodeGap(n.code(), n.parent(), n.nameEn(), n.nameZh(), n.counts(), n.targetCounts()));
            flatten(n.children(), into);
        }
    }

    /** Target rows planned for that year or before whose standard has not reached drafting. */
    private List<SystemTables.RowView> unstarted(AppUser reader, SystemTable table, int year) {
        List<SystemRow> due = tables.repository().rows(table.id()).stream()
                .filter(r -> r.target() && !r.retired() && r.targetYear() != null && r.targetYear() <= year)
                .toList();
        Map<Long, Standard> linked = standards.find(
                due.stream().map(SystemRow::standardId).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<SystemRow> notStarted = due.stream()
                .filter(r -> r.externalStatus() == null)
                .filter(r -> {
                    Standard s = linked.get(r.standardId());
                    return s == null
                            || s.stage() == Stage.CANCELLED
                            || s.stage() == Stage.PRELIMINARY
                            || s.stage() == Stage.PROPOSAL;
                })
                .toList();
        return tables.views(reader, notStarted);
    }
}
