package org.stdtrack.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

/**
 * The programme's reference graph laid out for a server-drawn picture: each standard with references in a
 * column by how deep it builds on others (a standard that cites none on the left, those citing it to the
 * right), arrows from the citing standard to the cited one. Only standards the reader may see appear.
 */
@Component
class ReferenceGraph {

    static final int NODE_WIDTH = 230;
    static final int NODE_HEIGHT = 46;
    static final int COLUMN_GAP = 90;
    static final int ROW_GAP = 22;
    static final int MARGIN = 20;

    /** A standard in the picture, at its place. */
    record Node(long id, String label, Standard standard, int x, int y) {
        public boolean published() {
            return standard.stage().isPublished() && standard.stage() != Stage.WITHDRAWN;
        }

        public boolean withdrawn() {
            return standard.stage() == Stage.WITHDRAWN;
        }

        public int middleY() {
            return y + NODE_HEIGHT / 2;
        }
    }

    /** A reference: from the citing standard's left side to the cited standard's right side. */
    record Edge(Node citing, Node cited, ReferenceKind kind) {
        public int x1() {
            return citing.x();
        }

        public int y1() {
            return citing.middleY();
        }

        public int x2() {
            return cited.x() + NODE_WIDTH;
        }

        public int y2() {
            return cited.middleY();
        }
    }

    record Graph(List<Node> nodes, List<Edge> edges, int width, int height) {}

    private final ReferenceRepository repository;
    private final StandardRepository standards;
    private final StandardAccess access;

    ReferenceGraph(ReferenceRepository repository, StandardRepository standards, StandardAccess access) {
        this.repository = repository;
        this.standards = standards;
        this.access = access;
    }

    Graph of(AppUser user, String programme) {
        List<ReferenceRepository.Row> rows = repository.betweenStandardsOf(programme);
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.standardId());
            ids.add(r.citedStandardId());
        });
        Map<Long, Standard> visible = new HashMap<>();
        standards.find(ids).forEach((id, s) -> {
            if (access.canSee(user, s)) {
                visible.put(id, s);
            }
        });
        List<ReferenceRepository.Row> shown = rows.stream()
                .filter(r -> visible.containsKey(r.standardId()) && visible.containsKey(r.citedStandardId()))
                .toList();
        return layOut(visible, shown);
    }

    /** Columns by depth (the longest chain of citations below a standard), rows in id order. */
    static Graph layOut(Map<Long, Standard> standardsById, List<ReferenceRepository.Row> references) {
        Map<Long, List<Long>> cites = new HashMap<>();
        Set<Long> inGraph = new HashSet<>();
        for (ReferenceRepository.Row r : references) {
            cites.computeIfAbsent(r.standardId(), k -> new ArrayList<>()).add(r.citedStandardId());
            inGraph.add(r.standardId());
            inGraph.add(r.citedStandardId());
        }
        Map<Long, Integer> depth = new HashMap<>();
        for (long id : inGraph) {
            depth(id, cites, depth);
        }
        Map<Integer, List<Long>> columns = new LinkedHashMap<>();
        inGraph.stream()
                .sorted(Comparator.<Long>comparingInt(depth::get).thenComparing(Comparator.naturalOrder()))
                .forEach(id -> columns.computeIfAbsent(depth.get(id), k -> new ArrayList<>())
                        .add(id));
        Map<Long, Node> nodes = new LinkedHashMap<>();
        int tallest = 0;
        for (var column : columns.entrySet()) {
            int row = 0;
            for (long id : column.getValue()) {
                Standard s = standardsById.get(id);
                nodes.put(
                        id,
                        new Node(
                                id,
                                s.publishedNumber() != null
                                        ? s.publishedNumber()
                                        : s.planNumber() != null ? s.planNumber() : "#" + id,
                                s,
                                MARGIN + column.getKey() * (NODE_WIDTH + COLUMN_GAP),
                                MARGIN + row * (NODE_HEIGHT + ROW_GAP)));
                row++;
            }
            tallest = Math.max(tallest, row);
        }
        List<Edge> edges = references.stream()
                .map(r -> new Edge(nodes.get(r.standardId()), nodes.get(r.citedStandardId()), r.kind()))
                .toList();
        int width = 2 * MARGIN + Math.max(1, columns.size()) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
        int height = 2 * MARGIN + Math.max(1, tallest) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
        return new Graph(List.copyOf(nodes.values()), edges, width, height);
    }

    /**
     * 0 for a standard that cites none; else one more than the deepest it cites (a cycle is cut where met).
     * Walked with a stack of its own, not the thread's: a chain of thousands of citations is an ordinary input.
     */
    private static void depth(long start, Map<Long, List<Long>> cites, Map<Long, Integer> depth) {
        if (depth.containsKey(start)) {
            return;
        }
        Deque<Visit> path = new ArrayDeque<>();
        Set<Long> onPath = new HashSet<>();
        path.push(new Visit(start, cites.getOrDefault(start, List.of()).iterator()));
        onPath.add(start);
        while (!path.isEmpty()) {
            Visit visit = path.peek();
            if (visit.cited.hasNext()) {
                long cited = visit.cited.next();
                Integer known = depth.get(cited);
                if (known != null) {
                    visit.deepest = Math.max(visit.deepest, known);
                } else if (onPath.add(cited)) {
                    path.push(new Visit(
                            cited, cites.getOrDefault(cited, List.of()).iterator()));
                }
            } else {
                path.pop();
                onPath.remove(visit.id);
                depth.put(visit.id, visit.deepest + 1);
                if (!path.isEmpty()) {
                    path.peek().deepest = Math.max(path.peek().deepest, visit.deepest + 1);
                }
            }
        }
    }

    /** A standard on the walk's path: the citations still to follow and the deepest found so far. */
    private static final class Visit {
        final long id;
        final Iterator<Long> cited;
        int deepest = -1;

        Visit(long id, Iterator<Long> cited) {
            this.id = id;
            this.cited = cited;
        }
    }
}
