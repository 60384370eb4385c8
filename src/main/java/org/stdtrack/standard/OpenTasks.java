package org.stdtrack.standard;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The open workflow tasks of a standard, supplied by the lifecycle (the only feature that talks to the engine). */
public interface OpenTasks {

    record OpenTask(String id, String key, String name, String assignee, Set<String> candidateGroups,
                    Instant created, Instant due) {
    }

    List<OpenTask> of(Standard standard);
}
