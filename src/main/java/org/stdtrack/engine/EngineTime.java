package org.stdtrack.engine;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.stdtrack.standard.StandardRepository;

/**
 * Moves the shared engine and application clock and fires a standard's timers on demand. Used to replay
 * a programme's history (the demo loader); never while the job executor is running.
 */
@Component
@NamedInterface("clock")
public class EngineTime {

    private final ManagementService management;
    private final ProcessEngineConfigurationImpl configuration;
    private final StandardRepository standards;

    EngineTime(
            ManagementService management, ProcessEngineConfigurationImpl configuration, StandardRepository standards) {
        this.management = management;
        this.configuration = configuration;
        this.standards = standards;
    }

    private volatile boolean replaying;

    /** Runs the work with the job executor stopped, and puts the clock back to real time afterwards. */
    public void replay(Runnable work) {
        JobExecutor executor = configuration.getJobExecutor();
        boolean wasActive = executor != null && executor.isActive();
        if (wasActive) {
            executor.shutdown();
        }
        replaying = true;
        try {
            work.run();
        } finally {
            replaying = false;
            ClockUtil.reset();
            if (wasActive) {
                executor.start();
            }
        }
    }

    /** History being replayed is not news: nobody is told of it. */
    public boolean isReplayingHistory() {
        return replaying;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public void travelTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Moves the clock to the standard's next timer and fires it; false when it has none. */
    public boolean fireNextTimer(long standardId) {
        return fireNext(management
                .createJobQuery()
                .processInstanceId(standards.find(standardId).orElseThrow().processInstanceId()));
    }

    /** Moves the clock to the next timer of the process with this business key (a pilot's) and fires it. */
    public boolean fireNextTimer(String businessKey) {
        var process = configuration
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult();
        return process != null && fireNext(management.createJobQuery().processInstanceId(process.getId()));
    }

    private boolean fireNext(JobQuery query) {
        Optional<Job> next =
                query.timers().orderByJobDuedate().asc().list().stream().findFirst();
        next.ifPresent(job -> {
            if (job.getDuedate().toInstant().isAfter(now())) {
                travelTo(job.getDuedate().toInstant());
            }
            management.executeJob(job.getId());
        });
        return next.isPresent();
    }
}
