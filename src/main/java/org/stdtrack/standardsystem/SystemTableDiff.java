package org.stdtrack.standardsystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.AppUser;

/**
 * What changed from one version of a system table to another: nodes added, removed, renamed and moved; per node
 * the rows added and removed (a row is the same in both when its node and title are); and the rows of the newer
 * version that replace a standard.
 */
@Service
public class SystemTableDiff {

    public record NodeChange(String code, String nameEn, String nameZh) {}

    public record Renamed(String code, String fromEn, String fromZh, String toEn, String toZh) {}

    public record Moved(String code, String fromParent, String toParent) {}

    public record RowChanges(String node, List<String> added, List<String> removed) {}

    public record Replacement(long row, String title, String replaces) {}

    public record Diff(
            String programme,
            String from,
            String to,
            List<NodeChange> nodesAdded,
            List<NodeChange> nodesRemoved,
            List<Renamed> nodesRenamed,
            List<Moved> nodesMoved,
            List<RowChanges> rows,
            List<Replacement> replacements) {}

    private final SystemTables tables;

    SystemTableDiff(SystemTables tables) {
        this.tables = tables;
    }

    public Diff diff(AppUser reader, String programme, String from, String to) {
        SystemTable older = tables.require(programme, from);
        SystemTable newer = tables.require(programme, to);
        Map<String, SystemTable.Node> before = byCode(tables.repository().nodes(older.id()));
        Map<String, SystemTable.Node> after = byCode(tables.repository().nodes(newer.id()));
        List<NodeChange> added = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        // A retired node is no longer part of the structure: retiring one removes it, bringing it back adds it.
        after.values().forEach(n -> {
            SystemTable.Node was = before.get(n.code());
            if ((was == null || was.retired()) && !n.retired()) {
                added.add(new NodeChange(n.code(), n.nameEn(), n.nameZh()));
                return;
            }
            if (was == null) {
                return;
            }
            if (!was.nameEn().equals(n.nameEn()) || !was.nameZh().equals(n.nameZh())) {
                renamed.add(new Renamed(n.code(), was.nameEn(), was.nameZh(), n.nameEn(), n.nameZh()));
            }
            if (!Objects.equals(was.parent(), n.parent())) {
                moved.add(new Moved(n.code(), was.parent(), n.parent()));
            }
        });
        List<NodeChange> removed = before.values().stream()
                .filter(n -> !n.retired())
                .filter(n -> !after.containsKey(n.code()) || after.get(n.code()).retired())
                .map(n -> new NodeChange(n.code(), n.nameEn(), n.nameZh()))
                .toList();
        List<SystemTables.RowView> oldRows =
                tables.views(reader, tables.repository().rows(older.id()));
        List<SystemTables.RowView> newRows =
                tables.views(reader, tables.repository().rows(newer.id()));
        return new Diff(
                programme,
                from,
                to,
                added,
                removed,
                renamed,
                moved,
                rowChanges(oldRows, newRows),
                newRows.stream()
                        .filter(r -> r.replaces() != null && r.title() != null)
                        .map(r -> new Replacement(r.id(), r.title(), r.replaces()))
                        .toList());
    }

    /** Per node, the titles only one version has; a row hidden from the reader counts under neither. */
    private static List<RowChanges> rowChanges(List<SystemTables.RowView> before, List<SystemTables.RowView> after) {
        Map<String, Set<String>> old = titles(before);
        Map<String, Set<String>> now = titles(after);
        Set<String> nodes = new LinkedHashSet<>(now.keySet());
        nodes.addAll(old.keySet());
        List<RowChanges> changes = new ArrayList<>();
        for (String node : nodes) {
            Set<String> was = old.getOrDefault(node, Set.of());
            Set<String> is = now.getOrDefault(node, Set.of());
            List<String> added = is.stream().filter(t -> !was.contains(t)).toList();
            List<String> removed = was.stream().filter(t -> !is.contains(t)).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(new RowChanges(node, added, removed));
            }
        }
        return changes;
    }

    private static Map<String, Set<String>> titles(List<SystemTables.RowView> rows) {
        return rows.stream()
                .filter(r -> r.title() != null && r.retiredReason() == null && r.status() != RowStatus.PROPOSED)
                .collect(Collectors.groupingBy(
                        SystemTables.RowView::node,
                        LinkedHashMap::new,
                        Collectors.mapping(SystemTables.RowView::title, Collectors.toCollection(LinkedHashSet::new))));
    }

    private static Map<String, SystemTable.Node> byCode(List<SystemTable.Node> nodes) {
        return nodes.stream()
                .collect(
                        Collectors.toMap(SystemTable.Node::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
