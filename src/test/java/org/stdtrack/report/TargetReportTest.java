package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.stdtrack.support.Api;
import org.stdtrack.support.LifecycleTestSupport;

/** The target report and its forecast, through the API. Runs on H2 and PostgreSQL. */
abstract class TargetReportTest extends LifecycleTestSupport {

    @Test
    void countsPublicationsAgainstTheTargetAndForecastsTheRest() {
        JsonNode before = report();
        long published = registerNational("Published for the target");
        toApproval(published);
        publish(published, nextNumber("GB/T"));
        long drafting = registerNational("Still in drafting");
        submitAndApproveProposal(drafting);
        long cancelled = registerNational("Cancelled for the target");
        api.as("secretary").post("/api/standards/" + cancelled + "/cancel", java.util.Map.of("reason", "Dropped"));
        passTime(Period.ofMonths(19));
        JsonNode after = report();

        assertThat(after.get("target").asInt()).isEqualTo(30);
        assertThat(after.get("deadline").asText()).isEqualTo("2027-12-31");
        assertThat(after.get("publishedBeforeDeadline").asLong()).isEqualTo(before.get("publishedBeforeDeadline").asLong() + 1);
        assertThat(after.get("cancelled").asLong()).isEqualTo(before.get("cancelled").asLong() + 1);
        assertThat(after.get("overdue").asLong()).as("19 months in drafting is past the GB/T limit")
                .isGreaterThanOrEqualTo(1);

        JsonNode forecast = after.get("forecast");
        assertThat(forecast.get("standards").size()).isEqualTo(after.get("inProgress").asInt());
        assertThat(forecast.get("low").asLong()).isLessThanOrEqualTo(forecast.get("expected").asLong());
        assertThat(forecast.get("expected").asLong()).isLessThanOrEqualTo(forecast.get("high").asLong());
        assertThat(forecast.get("low").asLong()).isGreaterThanOrEqualTo(after.get("publishedBeforeDeadline").asLong());
        String verdict = forecast.get("low").asLong() >= 30 ? "ON_TRACK" : forecast.get("high").asLong() >= 30 ? "AT_RISK" : "OFF_TRACK";
        assertThat(forecast.get("verdict").asText()).isEqualTo(verdict);
        assertThat(forecast.get("stageDurations").fieldNames()).toIterable()
                .containsExactly("PRELIMINARY", "PROPOSAL", "DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL");

        JsonNode mine = null;
        for (JsonNode s : forecast.get("standards")) {
            if (s.get("id").asLong() == drafting) {
                mine = s;
            }
            assertThat(LocalDate.parse(s.get("early").asText())).isBeforeOrEqualTo(LocalDate.parse(s.get("expected").asText()));
            assertThat(LocalDate.parse(s.get("expected").asText())).isBeforeOrEqualTo(LocalDate.parse(s.get("late").asText()));
        }
        assertThat(mine).as("the drafting standard is forecast").isNotNull();
        assertThat(mine.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(LocalDate.parse(mine.get("expected").asText())).isAfterOrEqualTo(LocalDate.ofInstant(now(), ZONE));
    }

    @Test
    void anUnknownProgrammeIs404() {
        assertThat(api.as("observer").get("/api/reports/targets?programme=NOPE").status()).isEqualTo(404);
        assertThat(api.as("enterprise1").get("/api/reports/targets?programme=CLOUD-2025").status()).isEqualTo(403);
    }

    private JsonNode report() {
        Api.Response response = api.as("observer").get("/api/reports/targets?programme=CLOUD-2025");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }
}
