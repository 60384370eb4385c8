package org.stdtrack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/**
 * A task listed a moment ago may be closed by another user before its groups are read (the national benchmark
 * found a standard's page answering 500 while a ballot's votes closed its tasks): it is then no longer open,
 * not an error.
 */
@OnH2
class EngineTasksOnH2Test {

    @Autowired
    EngineTasks tasks;

    @Autowired
    Journeys journeys;

    @Test
    void aTaskClosedSinceItWasListedHasNoGroupsInsteadOfAnError() {
        long id = journeys.registerNational("Task closed meanwhile");
        String task = tasks.ofBusinessKey(String.valueOf(id)).get(0).id();
        assertThat(tasks.candidateGroupsIfOpen(task))
                .hasValueSatisfying(groups -> assertThat(groups).contains("secretariatTC28SC38"));

        journeys.complete("secretary", id, "submitProposal", Map.of());

        assertThat(tasks.candidateGroupsIfOpen(task)).isEmpty();
    }
}
