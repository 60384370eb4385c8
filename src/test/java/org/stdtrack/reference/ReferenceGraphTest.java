package org.stdtrack.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardType;
import org.stdtrack.support.StandardRecords;

/** The graph's columns: each standard one column right of the deepest it cites, cycles cut where met. */
class ReferenceGraphTest {

    @Test
    void aChainOfThousandsOfCitationsIsLaidOutColumnByColumn() {
        int length = 7_000;
        Map<Long, Standard> standards = new HashMap<>();
        List<ReferenceRepository.Row> references = new ArrayList<>();
        for (long id = 1; id <= length; id++) {
            standards.put(id, standard(id));
            if (id > 1) {
                references.add(reference(id, id - 1));
            }
        }
        ReferenceGraph.Graph graph = ReferenceGraph.layOut(standards, references);
        Map<Long, Integer> columns = columns(graph);
        assertThat(columns.get(1L)).isZero();
        assertThat(columns.get((long) length)).isEqualTo(length - 1);
        assertThat(graph.edges()).hasSize(length - 1);
    }

    @Test
    void aStandardStandsRightOfTheDeepestItCitesAndACycleIsCutWhereMet() {
        Map<Long, Standard> standards = new HashMap<>();
        for (long id = 1; id <= 5; id++) {
            standards.put(id, standard(id));
        }
        // 4 cites 3 and 1; 3 cites 2; 2 cites 1; 5 and 1 cite each other.
        ReferenceGraph.Graph graph = ReferenceGraph.layOut(
                standards,
                List.of(
                        reference(4, 3),
                        reference(4, 1),
                        reference(3, 2),
                        reference(2, 1),
                        reference(5, 1),
                        reference(1, 5)));
        assertThat(columns(graph)).containsExactlyInAnyOrderEntriesOf(Map.of(5L, 0, 1L, 1, 2L, 2, 3L, 3, 4L, 4));
    }

    private static Map<Long, Integer> columns(ReferenceGraph.Graph graph) {
        return graph.nodes().stream()
                .collect(Collectors.toMap(
                        ReferenceGraph.Node::id,
                        node -> (node.x() - ReferenceGraph.MARGIN)
                                / (ReferenceGraph.NODE_WIDTH + ReferenceGraph.COLUMN_GAP)));
    }

    private static ReferenceRepository.Row reference(long citing, long cited) {
        return new ReferenceRepository.Row(
                citing * 100_000 + cited, citing, ReferenceKind.INFORMATIVE, cited, null, Instant.EPOCH, "t");
    }

    private static Standard standard(long id) {
        return StandardRecords.standard(id, StandardType.GB_T, Stage.PUBLISHED, "60.60", null, null);
    }
}
