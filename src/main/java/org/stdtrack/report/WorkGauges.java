package org.stdtrack.report;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.standard.StandardRepository;

/** Open work as gauges for monitoring, read from the same projections as the reports. */
@Component
class WorkGauges implements MeterBinder {

    private final JdbcClient jdbc;
    private final StandardRepository standards;
    private final Clock clock;

    WorkGauges(JdbcClient jdbc, StandardRepository standards, Clock clock) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "stdtrack.tasks.open",
                        () -> jdbc.sql("select count(*) from open_task")
                                .query(Long.class)
                                .single())
                .description("Open workflow tasks")
                .register(registry);
        Gauge.builder(
                        "stdtrack.tasks.past.due",
                        () -> jdbc.sql("select count(*) from open_task where due_at < ?")
                                .param(Timestamps.toDb(clock.instant()))
                                .query(Long.class)
                                .single())
                .description("Open workflow tasks past their due date")
                .register(registry);
        Gauge.builder("stdtrack.standards.overdue", () -> standards.countOverdue(clock.instant()))
                .description("Standards past their development limit and not yet submitted for approval")
                .register(registry);
    }
}
