package org.stdtrack.engine;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * An engine for process-scope tests: the model on its own in-memory engine, no Spring, no job executor (a
 * test fires timers itself), full history, and the given objects under the names the model's expressions
 * use. Records which flow nodes and sequence flows the tests take, and fails the test class unless it
 * takes every one of the models it deploys (reports in target/process-test-coverage). Running a single
 * test of such a class needs {@code -Dstdtrack.process-coverage=0}.
 */
public final class ProcessScope {

    private ProcessScope() {}

    public static ProcessEngineCoverageExtension engineWith(Map<Object, Object> beans) {
        var configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("process-scope-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setBeans(beans);
        double required = Double.parseDouble(System.getProperty("stdtrack.process-coverage", "1.0"));
        return ProcessEngineCoverageExtension.builder(configuration)
                .assertClassCoverageAtLeast(required)
                .build();
    }
}
