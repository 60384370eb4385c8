package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/** Health for probes, metrics for administrators, gauges of open work, and log lines that name their standard. */
@ExtendWith(OutputCaptureExtension.class)
abstract class ObservabilityTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoggingSystem logging;

    @Test
    void probesTellTheStatusToAnyoneAndTheDetailsToAdministrators() {
        var readiness = api.as(null).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
        assertThat(readiness.body().has("components"))
                .as("no details for the anonymous")
                .isFalse();
        assertThat(api.as(null).get("/actuator/health/liveness").text("status")).isEqualTo("UP");

        var full = api.as("admin").get("/actuator/health");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(full.get("components").get("engine").get("status").asText()).isEqualTo("UP");
        assertThat(full.get("components")
                        .get("engine")
                        .get("details")
                        .get("lifecycleVersions")
                        .asLong())
                .isPositive();
        var admin = api.as("admin").get("/actuator/health/readiness");
        assertThat(admin.get("components").fieldNames()).toIterable().contains("db", "engine", "readinessState");
    }

    @Test
    void prometheusCountsOpenWorkForAdministratorsOnly() {
        assertThat(api.as(null).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.as("observer").get("/actuator/prometheus").status()).isEqualTo(403);
        long before = gauge("stdtrack_tasks_open");
        assertThat(before)
                .isEqualTo(jdbc.sql("select count(*) from open_task")
                        .query(Long.class)
                        .single());
        journeys.registerNational("Counted by the gauge");
        assertThat(gauge("stdtrack_tasks_open")).isEqualTo(before + 1);
        assertThat(gauge("stdtrack_standards_overdue")).isGreaterThanOrEqualTo(0);
        assertThat(gauge("stdtrack_engine_incidents")).isZero();
        assertThat(gauge("stdtrack_tasks_past_due")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void logLinesNameTheStandardAndTheTask(CapturedOutput output) {
        logging.setLogLevel("org.stdtrack.lifecycle", LogLevel.INFO);
        logging.setLogLevel("org.stdtrack.tasks", LogLevel.INFO);
        try {
            long id = journeys.registerNational("Logged by id");
            String task = api.as("secretary")
                    .get("/api/tasks?standard=" + id)
                    .body()
                    .get(0)
                    .get("id")
                    .asText();
            journeys.complete("secretary", id, "submitProposal");
            assertThat(output.getOut())
                    .contains("[standard=" + id + " task=" + task + "]")
                    .contains("Task submitProposal completed by secretary")
                    .contains("[standard=" + id + " task=]")
                    .contains("Stage (new) -> PRELIMINARY (00.00) by secretary");
        } finally {
            logging.setLogLevel("org.stdtrack.lifecycle", null);
            logging.setLogLevel("org.stdtrack.tasks", null);
        }
    }

    private long gauge(String name) {
        var response = api.as("admin").get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E]+)$")
                .matcher(response.body().asText());
        assertThat(value.find())
                .as(name + " in " + response.body().asText().length() + " characters")
                .isTrue();
        return (long) Double.parseDouble(value.group(1));
    }
}
