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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        // The report counts what had happened by the time it is asked for. Other suites of the shared
        // context leave events dated in the future of a reset clock (they moved it): the steps that move the
        // clock come first, and both reports are asked at the same moment, so that those count in both or
        // in neither.
        long published = journeys.placedAtApproval("Published for the target " + Journeys.nextPlanNumber());
        long drafting = journeys.registerNational("Still in drafting");
        journeys.submitAndApproveProposal(drafting);
        JsonNode before = report();
        journeys.publish(published, journeys.nextNumber("GB/T"));
        long cancelled = journeys.registerNational("Cancelled for the target");
        api.as("secretary").post("/api/standards/" + cancelled + "/cancel", Map.of("reason", "Dropped"));
        JsonNode after = report();

        assertThat(after.get("target").asInt()).isEqualTo(30);
        assertThat(after.get("deadline").asText()).isEqualTo("2027-12-31");
        assertThat(after.get("publishedBeforeDeadline").asLong())
                .isEqualTo(before.get("publishedBeforeDeadline").asLong() + 1);
        assertThat(after.get("cancelled").asLong())
                .isEqualTo(before.get("cancelled").asLong() + 1);
        assertThat(after.get("overdue").asLong())
                .isGreaterThanOrEqualTo(before.get("overdue").asLong());

        JsonNode forecast = after.get("forecast");
        assertThat(forecast.get("standards").size())
                .isEqualTo(after.get("inProgress").asInt());
        assertThat(forecast.get("low").asLong())
                .isLessThanOrEqualTo(forecast.get("expected").asLong());
        assertThat(forecast.get("expected").asLong())
                .isLessThanOrEqualTo(forecast.get("high").asLong());
        assertThat(forecast.get("low").asLong())
                .isGreaterThanOrEqualTo(after.get("publishedBeforeDeadline").asLong());
        double probability = forecast.get("probabilityOfTarget").asDouble();
        assertThat(probability).isBetween(0.0, 1.0);
        String verdict = probability >= 0.8 ? "ON_TRACK" : probability >= 0.4 ? "AT_RISK" : "OFF_TRACK";
        assertThat(forecast.get("verdict").asText()).isEqualTo(verdict);
        JsonNode counts = forecast.get("published");
        assertThat(counts.get("p10").asLong()).isEqualTo(forecast.get("low").asLong());
        assertThat(counts.get("p50").asLong())
                .isEqualTo(forecast.get("expected").asLong());
        assertThat(counts.get("p90").asLong()).isEqualTo(forecast.get("high").asLong());
        assertThat(forecast.get("runs").asInt()).isEqualTo(10_000);
        assertThat(forecast.get("stageDurations").fieldNames())
                .toIterable()
                .containsExactly("PRELIMINARY", "PROPOSAL", "DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL");

        JsonNode mine = null;
        for (JsonNode s : forecast.get("standards")) {
            if (s.get("id").asLong() == drafting) {
                mine = s;
            }
            assertThat(s.get("pPublishedByDeadline").asDouble()).isBetween(0.0, 1.0);
            assertThat(s.get("p50Date")).isEqualTo(s.get("expected"));
            assertThat(s.get("p90Date")).isEqualTo(s.get("late"));
            if (!s.get("late").isNull()) {
                assertThat(LocalDate.parse(s.get("early").asText()))
                        .isBeforeOrEqualTo(LocalDate.parse(s.get("expected").asText()));
                assertThat(LocalDate.parse(s.get("expected").asText()))
                        .isBeforeOrEqualTo(LocalDate.parse(s.get("late").asText()));
            }
        }
        assertThat(mine).as("the drafting standard is forecast").isNotNull();
        assertThat(mine.get("stage").asText()).isEqualTo("DRAFTING");
        assertThat(LocalDate.parse(mine.get("expected").asText())).isAfterOrEqualTo(LocalDate.ofInstant(now(), ZONE));
    }

    @Test
    void theDashboardDrawsTheBurnUpAndTheStagesOverTimeWithTheirNumbers() {
        long published = journeys.placedAtApproval("Published for the burn-up " + Journeys.nextPlanNumber());
        journeys.publish(published, journeys.nextNumber("GB/T"));
        journeys.registerNational("In progress for the burn-up");
        passTime(Period.ofMonths(2));
        JsonNode report = report();
        String page =
                api.as("observer").fetch("/dashboard?programme=CLOUD-2025").text();
        assertThat(page).contains("<svg", "id=\"burnup-title\"", "id=\"timeline-title\"", "id=\"burnup-table\"");
        // The published line runs month by month and rises above zero (y = 264 is the axis).
        Matcher line = Pattern.compile("id=\"burnup-published\"[^>]*points=\"([^\"]+)\"")
                .matcher(page);
        assertThat(line.find()).isTrue();
        String[] points = line.group(1).trim().split(" ");
        assertThat(points.length).isGreaterThanOrEqualTo(3);
        assertThat(Double.parseDouble(points[points.length - 1].split(",")[1])).isLessThan(264.0);
        assertThat(page).containsPattern("class=\"band\"[^>]*points=\"[0-9.]+,");
        assertThat(page).contains("data-stage=\"DRAFTING\"", "data-stage=\"PUBLISHED\"");
        // The band's last month is the deadline, with the report's own percentiles.
        JsonNode last = report.get("forecast")
                .get("band")
                .get(report.get("forecast").get("band").size() - 1);
        assertThat(last.get("date").asText()).isEqualTo("2027-12-31");
        assertThat(last.get("p10").asInt())
                .isEqualTo(report.get("forecast").get("low").asInt());
        assertThat(last.get("p90").asInt())
                .isEqualTo(report.get("forecast").get("high").asInt());
    }

    @Test
    void asOfAPastDayTheForecastKnowsOnlyWhatWasKnownThen() {
        LocalDate yesterday = LocalDate.ofInstant(now(), ZONE).minusDays(1);
        long registered = journeys.registerNational("Registered after the day asked about");
        JsonNode today = report();
        JsonNode then = api.as("observer")
                .get("/api/reports/targets?programme=CLOUD-2025&asOf=" + yesterday)
                .body();
        assertThat(then.get("asOf").asText()).isEqualTo(yesterday.toString());
        assertThat(ids(today.get("forecast").get("standards"))).contains(registered);
        assertThat(ids(then.get("forecast").get("standards"))).doesNotContain(registered);
        assertThat(then.get("inProgress").asLong())
                .isLessThan(today.get("inProgress").asLong());
        // The same history gives the same answer.
        assertThat(api.as("observer")
                        .get("/api/reports/targets?programme=CLOUD-2025&asOf=" + yesterday)
                        .body())
                .isEqualTo(then);
        Api.Response future =
                api.as("observer").get("/api/reports/targets?programme=CLOUD-2025&asOf=" + yesterday.plusDays(2));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("field")).isEqualTo("asOf");
    }

    @Test
    void calibrationSetsPastForecastsAgainstWhatHappened() {
        long published = journeys.placedAtApproval("Calibrated publication " + Journeys.nextPlanNumber());
        journeys.publish(published, journeys.nextNumber("GB/T"));
        passTime(Period.ofMonths(4));
        // From four months back (other suites may have imported histories from years back), every month.
        LocalDate from = LocalDate.ofInstant(now(), ZONE).minusMonths(4);
        Api.Response response = api.as("observer")
                .get("/api/reports/forecast-calibration?programme=CLOUD-2025&horizon=P1M&every=P1M&from=" + from);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        JsonNode calibration = response.body();
        assertThat(calibration.get("horizon").asText()).isEqualTo("P1M");
        assertThat(calibration.get("points").size()).isBetween(3, 4);
        assertThat(calibration.get("points").get(0).get("asOf").asText()).isEqualTo(from.toString());
        assertThat(calibration.get("brier").asDouble()).isBetween(0.0, 1.0);
        for (JsonNode point : calibration.get("points")) {
            assertThat(point.get("published").asLong())
                    .isLessThanOrEqualTo(point.get("standards").asLong());
        }
        for (JsonNode prediction : calibration.get("predictions")) {
            assertThat(prediction.get("predicted").asDouble()).isBetween(0.0, 1.0);
        }
        // Another committee's secretariat gets the same scores, and rows only of standards it may see.
        JsonNode other = api.as("secretary2")
                .get("/api/reports/forecast-calibration?programme=CLOUD-2025&horizon=P1M&every=P1M&from=" + from)
                .body();
        assertThat(other.get("brier")).isEqualTo(calibration.get("brier"));
        assertThat(other.get("points")).isEqualTo(calibration.get("points"));
        assertThat(other.get("predictions").size())
                .isLessThan(calibration.get("predictions").size());
        java.util.Set<Long> checked = new java.util.HashSet<>();
        for (JsonNode prediction : other.get("predictions")) {
            long id = prediction.get("standardId").asLong();
            if (checked.add(id)) {
                assertThat(api.as("secretary2").get("/api/standards/" + id).status())
                        .as("row " + id)
                        .isEqualTo(200);
            }
        }
        // An enterprise may not read programme reports at all; others see only the standards they may see.
        assertThat(api.as("enterprise1")
                        .get("/api/reports/forecast-calibration?programme=CLOUD-2025")
                        .status())
                .isEqualTo(403);
        Api.Response tooMany =
                api.as("observer").get("/api/reports/forecast-calibration?programme=CLOUD-2025&horizon=P1D&every=P1D");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.text("field")).isEqualTo("every");
    }

    private static java.util.List<Long> ids(JsonNode standards) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        standards.forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
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
