package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/** The target report and its forecast, through the API. Runs on H2 and PostgreSQL. */
abstract class TargetReportTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Test
    void countsPublicationsAgainstTheTargetAndForecastsTheRest() {
        JsonNode before = report();
        long published = journeys.registerNational("Published for the target");
        journeys.toApproval(published);
        journeys.publish(published, journeys.nextNumber("GB/T"));
        long drafting = journeys.registerNational("Still in drafting");
        journeys.submitAndApproveProposal(drafting);
        long cancelled = journeys.registerNational("Cancelled for the target");
        api.as("secretary").post("/api/standards/" + cancelled + "/cancel", Map.of("reason", "Dropped"));
        passTime(Period.ofMonths(19));
        JsonNode after = report();

        assertThat(after.get("target").asInt()).isEqualTo(30);
        assertThat(after.get("deadline").asText()).isEqualTo("2027-12-31");
        assertThat(after.get("publishedBeforeDeadline").asLong())
                .isEqualTo(before.get("publishedBeforeDeadline").asLong() + 1);
        assertThat(after.get("cancelled").asLong())
                .isEqualTo(before.get("cancelled").asLong() + 1);
        assertThat(after.get("overdue").asLong())
                .as("19 months in drafting is past the GB/T limit")
                .isGreaterThanOrEqualTo(1);

        JsonNode forecast = after.get("forecast");
        assertThat(forecast.get("standards").size())
                .isEqualTo(after.get("inProgress").asInt());
        assertThat(forecast.get("low").asLong())
                .isLessThanOrEqualTo(forecast.get("expected").asLong());
        assertThat(forecast.get("expected").asLong())
                .isLessThanOrEqualTo(forecast.get("high").asLong());
        assertThat(forecast.get("low").asLong())
                .isGreaterThanOrEqualTo(after.get("publishedBeforeDeadline").asLong());
        String verdict = forecast.get("low").asLong() >= 30
                ? "ON_TRACK"
                : forecast.get("high").asLong() >= 30 ? "AT_RISK" : "OFF_TRACK";
        assertThat(forecast.get("verdict").asText()).isEqualTo(verdict);
        assertThat(forecast.get("stageDurations").fieldNames())
                .toIterable()
                .containsExactly("PRELIMINARY", "PROPOSAL", "DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL");

        JsonNode mine = null;
        for (JsonNode s : forecast.get("standards")) {
            if (s.get("id").asLong() == drafting) {
                mine = s;
            }
            assertThat(LocalDate.parse(s.get("early").asText()))
                    .isBeforeOrEqualTo(LocalDate.parse(s.get("expected").asText()));
            assertThat(LocalDate.parse(s.get("expected").asText()))
                    .isBeforeOrEqualTo(LocalDate.parse(s.get("late").asText()));
        }
        assertThat(mine).as("the drafting standard is forecast").isNotNull();
        assertThat(mine.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(LocalDate.parse(mine.get("expected").asText())).isAfterOrEqualTo(LocalDate.ofInstant(now(), ZONE));
    }

    @Test
    void cycleTimesGiveTheMedianAndNinetiethPercentileOfEachStage() {
        JsonNode before = api.as("observer")
                .get("/api/reports/cycle-times?programme=CLOUD-2025")
                .body()
                .get("stages");
        long id = journeys.registerNational("Timed proposal");
        journeys.submitAndApproveProposal(id);
        JsonNode after = api.as("observer")
                .get("/api/reports/cycle-times?programme=CLOUD-2025")
                .body()
                .get("stages");
        assertThat(after.get("PROPOSAL").get("completed").asInt())
                .isEqualTo(before.get("PROPOSAL").get("completed").asInt() + 1);
        assertThat(after.get("PRELIMINARY").get("completed").asInt())
                .isEqualTo(before.get("PRELIMINARY").get("completed").asInt() + 1);
        after.fields().forEachRemaining(stage -> {
            JsonNode times = stage.getValue();
            if (times.get("completed").asInt() > 0) {
                assertThat(times.get("medianDays").asLong())
                        .as(stage.getKey())
                        .isLessThanOrEqualTo(times.get("p90Days").asLong());
            } else {
                assertThat(times.get("medianDays").isNull()).isTrue();
            }
        });
    }

    @Test
    void overdueWorkIsCountedPerCommittee() {
        long id = journeys.registerNational("Late ballot");
        journeys.toTechnicalReview(id);
        passTime(Period.ofDays(31));
        JsonNode late = committee(
                api.as("observer")
                        .get("/api/reports/overdue?programme=CLOUD-2025")
                        .body(),
                NATIONAL);
        // The deadline's timer closes the ballot: four votes past due go, the secretariat's decision comes.
        assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
        JsonNode closed = committee(
                api.as("observer")
                        .get("/api/reports/overdue?programme=CLOUD-2025")
                        .body(),
                NATIONAL);
        assertThat(late.get("openTasks").asLong() - closed.get("openTasks").asLong())
                .isEqualTo(3);
        assertThat(late.get("tasksPastDue").asLong()
                        - closed.get("tasksPastDue").asLong())
                .as("the votes were past the ballot deadline")
                .isEqualTo(4);
    }

    private static JsonNode committee(JsonNode report, String code) {
        for (JsonNode committee : report.get("committees")) {
            if (committee.get("committee").asText().equals(code)) {
                return committee;
            }
        }
        throw new AssertionError("no committee " + code + " in " + report);
    }

    @Test
    void anUnknownProgrammeIs404() {
        assertThat(api.as("observer").get("/api/reports/targets?programme=NOPE").status())
                .isEqualTo(404);
        assertThat(api.as("enterprise1")
                        .get("/api/reports/targets?programme=CLOUD-2025")
                        .status())
                .isEqualTo(403);
    }

    private JsonNode report() {
        Api.Response response = api.as("observer").get("/api/reports/targets?programme=CLOUD-2025");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }
}
