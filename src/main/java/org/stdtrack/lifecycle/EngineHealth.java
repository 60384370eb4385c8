package org.stdtrack.lifecycle;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of the engine ("engine" in /actuator/health): it reads its own tables, the lifecycle model is
 * deployed, and the job executor (which fires every timer) runs where it is meant to.
 */
@Component("engine")
class EngineHealth extends AbstractHealthIndicator {

    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl configuration;
    private final EngineCalls engine;

    EngineHealth(RepositoryService repository, ProcessEngineConfigurationImpl configuration, EngineCalls engine) {
        super("The process engine is not ready");
        this.repository = repository;
        this.configuration = configuration;
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long lifecycles = engine.asApplication(() ->
                repository.createProcessDefinitionQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).count());
        var jobExecutor = configuration.getJobExecutor();
        boolean jobsExpected = configuration.isJobExecutorActivate();
        boolean jobsRunning = jobExecutor != null && jobExecutor.isActive();
        health.withDetail("lifecycleVersions", lifecycles).withDetail("jobExecutor", jobsRunning ? "running" : "stopped");
        if (lifecycles == 0 || (jobsExpected && !jobsRunning)) {
            health.down();
        } else {
            health.up();
        }
    }
}
