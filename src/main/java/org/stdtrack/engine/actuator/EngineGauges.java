package org.stdtrack.engine.actuator;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;

/** The engine's open incidents (jobs that failed all their retries), as a gauge: someone must look. */
@Component
class EngineGauges implements MeterBinder {

    private final RuntimeService runtime;
    private final EngineCalls engine;

    EngineGauges(RuntimeService runtime, EngineCalls engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "stdtrack.engine.incidents",
                        () -> engine.asApplication(
                                () -> runtime.createIncidentQuery().count()))
                .description("Open engine incidents: failed jobs waiting for an operator (see Cockpit)")
                .register(registry);
    }
}
