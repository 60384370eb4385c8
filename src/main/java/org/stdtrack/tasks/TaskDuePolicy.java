package org.stdtrack.tasks;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long after its creation each kind of task is due ({@code stdtrack.policy.task-due.<taskKey>}). */
@ConfigurationProperties("stdtrack.policy")
record TaskDuePolicy(Map<String, Period> taskDue) {

    TaskDuePolicy {
        taskDue = taskDue == null ? Map.of() : Map.copyOf(taskDue);
    }
}
