package org.stdtrack.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The timers processes wait on, for saying what a process waits for when no one has a task in it. */
@Component
@NamedInterface("processes")
public class EngineTimers {

    /** A timer of a process: the event it belongs to (its BPMN id) and when it fires. */
    @NamedInterface("processes")
    public record PendingTimer(String processInstanceId, String event, Instant dueAt) {}

    private final ManagementService management;
    private final EngineCalls engine;
    /** A job definition's event never changes: asked of the engine once per definition. */
    private final Map<String, String> eventOfDefinition = new ConcurrentHashMap<>();

    EngineTimers(ManagementService management, EngineCalls engine) {
        this.management = management;
        this.engine = engine;
    }

    /** The soonest timer of each of these processes that has one, in one query. */
    public Map<String, PendingTimer> soonest(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Job> jobs = engine.asApplication(() -> management
                .createJobQuery()
                .processInstanceIds(new HashSet<>(processInstanceIds))
                .timers()
                .orderByJobDuedate()
                .asc()
                .list());
        Map<String, PendingTimer> soonest = new LinkedHashMap<>();
        for (Job job : jobs) {
            soonest.putIfAbsent(
                    job.getProcessInstanceId(),
                    new PendingTimer(
                            job.getProcessInstanceId(),
                            eventOf(job.getJobDefinitionId()),
                            job.getDuedate().toInstant()));
        }
        return soonest;
    }

    private String eventOf(String jobDefinitionId) {
        return eventOfDefinition.computeIfAbsent(
                jobDefinitionId,
                id -> engine.asApplication(() -> management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(id)
                        .singleResult()
                        .getActivityId()));
    }
}
