package org.stdtrack.engine.actuator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;

/**
 * Readiness of the engine ("engine" in /actuator/health): it reads its own tables, the model that makes
 * the tracker useful ({@code stdtrack.engine.readiness-process}: the lifecycle) is deployed, and the job
 * executor (which fires every timer) runs where it is meant to.
 */
@Component("engine")
class EngineHealth extends AbstractHealthIndicator {

    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl configuration;
    private final EngineCalls engine;
    private final String readinessProcess;

    EngineHealth(
            RepositoryService repository,
            ProcessEngineConfigurationImpl configuration,
            EngineCalls engine,
            @Value("${stdtrack.engine.readiness-process}") String readinessProcess) {
        super("The process engine is not ready");
        this.readinessProcess = readinessProcess;
        this.repository = repository;
        this.configuration = configuration;
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long lifecycles = engine.asApplication(() -> repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(readinessProcess)
                .count());
        var jobExecutor = configuration.getJobExecutor();
        boolean jobsExpected = configuration.isJobExecutorActivate();
        boolean jobsRunning = jobExecutor != null && jobExecutor.isActive();
        health.withDetail("lifecycleVersions", lifecycles)
                .withDetail("jobExecutor", jobsRunning ? "running" : "stopped");
        if (lifecycles == 0 || (jobsExpected && !jobsRunning)) {
            health.down();
        } else {
            health.up();
        }
    }
}
