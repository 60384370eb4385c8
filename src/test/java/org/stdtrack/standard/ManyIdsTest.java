package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;

/**
 * Standards and their stages looked up by many ids at once, as one array parameter joined as a table: the same
 * answer on H2 and PostgreSQL, unknown and repeated ids included.
 */
abstract class ManyIdsTest {

    @Autowired
    StandardRepository standards;

    @Autowired
    StageHistory stageHistory;

    @Autowired
    Journeys journeys;

    @Test
    void standardsAndTheirStagesAreFoundByManyIdsAtOnce() {
        long first = journeys.registerNational("Found by id " + Journeys.nextPlanNumber());
        long second = journeys.registerNational("Found by id " + Journeys.nextPlanNumber());
        List<Long> ids = List.of(first, second, first, 999_999_999L);

        Map<Long, Standard> found = standards.find(ids);
        assertThat(found.keySet()).containsExactlyInAnyOrder(first, second);
        assertThat(found.get(first).title()).startsWith("Found by id");

        Map<Long, Stage> stages = stageHistory.stagesAt(ids, TestTime.now().plusSeconds(1));
        assertThat(stages)
                .containsOnlyKeys(first, second)
                .containsValue(found.get(second).stage());
        assertThat(stageHistory.stagesAt(ids, Instant.parse("2000-01-01T00:00:00Z")))
                .as("before either was registered")
                .isEmpty();
        assertThat(standards.find(List.of())).isEmpty();
        assertThat(stageHistory.stagesAt(List.of(), TestTime.now())).isEmpty();
    }
}
