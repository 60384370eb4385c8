package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/** The stage report, today and as of past dates, grouped. Runs on H2 and PostgreSQL. */
abstract class StageReportTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    /** A year no other test writes history in, so the counts as of its dates are exactly this test's. */
    private static final LocalDate START = LocalDate.of(2003, 3, 10);

    @Test
    void countsAsOfAPastDateComeFromTheStageEventsAndNeverChange() {
        travelTo(START);
        long first = journeys.registerNational("Reported in 2003");
        Map<String, Object> security = journeys.nationalStandard("Reported security standard");
        security.put("domain", "SEC.DATA");
        long second = journeys.register(security);
        travelTo(START.plusDays(10));
        journeys.complete("secretary", first, "submitProposal");
        journeys.complete("sac", first, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "2003-1"));
        travelTo(START.plusDays(40));
        journeys.fireDueTimers(first);
        api.as("secretary").post("/api/standards/" + second + "/cancel", Map.of("reason", "Merged"));
        ClockUtil.reset();

        JsonNode before = report("asOf=" + START.minusDays(1));
        assertThat(before.get("total").asLong()).as("nothing registered yet").isZero();
        JsonNode registered = report("asOf=" + START);
        assertThat(registered.get("byStage").get("PRELIMINARY").asLong()).isEqualTo(2);
        assertThat(registered.get("total").asLong()).isEqualTo(2);
        JsonNode proposed = report("asOf=" + START.plusDays(10));
        assertThat(proposed.get("byStage").get("PROPOSAL").asLong()).isEqualTo(1);
        assertThat(proposed.get("byStage").get("PRELIMINARY").asLong()).isEqualTo(1);
        JsonNode later = report("asOf=" + START.plusDays(40) + "&groupBy=domain");
        assertThat(later.get("byStage").get("DRAFTING").asLong()).isEqualTo(1);
        assertThat(later.get("byStage").get("CANCELLED").asLong()).isEqualTo(1);
        assertThat(group(later, "SRV").get("byStage").get("DRAFTING").asLong()).isEqualTo(1);
        assertThat(group(later, "SEC").get("byStage").get("CANCELLED").asLong()).isEqualTo(1);
        assertThat(group(later, "BAS").get("total").asLong())
                .as("empty groups are reported as zeros")
                .isZero();

        // Work done afterwards does not change what the report says about a past date.
        travelTo(START.plusDays(50));
        journeys.complete("drafter", first, "submitDraft");
        ClockUtil.reset();
        assertThat(report("asOf=" + START.plusDays(10))).isEqualTo(proposed);
        assertThat(report("asOf=" + START.plusDays(50))
                        .get("byStage")
                        .get("CONSULTATION")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void todaysReportGroupsByDomainTypeAndCommitteeWithEveryStage() {
        journeys.registerNational("Grouped today");
        JsonNode plain = report("");
        for (String grouping : new String[] {"domain", "type", "committee"}) {
            JsonNode grouped = report("groupBy=" + grouping);
            assertThat(grouped.get("groupBy").asText()).isEqualTo(grouping);
            assertThat(grouped.get("total")).isEqualTo(plain.get("total"));
            assertThat(grouped.get("byStage")).isEqualTo(plain.get("byStage"));
            long sum = 0;
            for (JsonNode group : grouped.get("groups")) {
                assertThat(group.get("byStage").size()).isEqualTo(11);
                sum += group.get("total").asLong();
            }
            assertThat(sum).isEqualTo(plain.get("total").asLong());
        }
        // Every group the reference data holds, zeros included: the demo's, and any an administrator added.
        List<String> topLevelDomains = new ArrayList<>();
        api.as("admin").get("/api/domains").body().forEach(d -> {
            if (d.get("parent").isNull()) {
                topLevelDomains.add(d.get("code").asText());
            }
        });
        assertThat(topLevelDomains).containsSubsequence("BAS", "TEC", "SRV", "APP", "MGT", "SEC");
        assertThat(report("groupBy=domain").get("groups").findValuesAsText("key"))
                .containsExactlyElementsOf(topLevelDomains);
        assertThat(report("groupBy=type").get("groups").findValuesAsText("key"))
                .containsExactly("GB", "GB_T", "GB_Z", "SECTOR");
        assertThat(report("groupBy=committee").get("groups").findValuesAsText("key"))
                .containsExactlyElementsOf(
                        api.as("admin").get("/api/committees").body().findValuesAsText("code"))
                .contains("CCSA-TC1", "TC28-SC38");
        assertThat(report("groupBy=domain")
                        .get("groups")
                        .get(topLevelDomains.indexOf("SEC"))
                        .get("nameZh")
                        .asText())
                .isEqualTo("安全");
    }

    @Test
    void badReportParametersAreRefused() {
        Api.Response badGroup = api.as("observer").get("/api/reports/stages?programme=CLOUD-2025&groupBy=colour");
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.text("detail")).contains("domain, type, committee");
        Api.Response future = api.as("observer")
                .get("/api/reports/stages?programme=CLOUD-2025&asOf="
                        + LocalDate.ofInstant(now(), ZONE).plusDays(2));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("field")).isEqualTo("asOf");
        assertThat(api.as("observer")
                        .get("/api/reports/stages?programme=CLOUD-2025&asOf=yesterday")
                        .status())
                .isEqualTo(400);
    }

    private JsonNode report(String query) {
        Api.Response response = api.as("observer").get("/api/reports/stages?programme=CLOUD-2025&" + query);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode group(JsonNode report, String key) {
        for (JsonNode group : report.get("groups")) {
            if (group.get("key").asText().equals(key)) {
                return group;
            }
        }
        throw new AssertionError("no group " + key);
    }

    private static void travelTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
    }

    @Test
    void stageReportCountsEveryStageIncludingZeros() {
        JsonNode before = api.as("observer")
                .get("/api/reports/stages?programme=CLOUD-2025")
                .body();
        journeys.registerNational("Counted in the report");
        JsonNode after = api.as("observer")
                .get("/api/reports/stages?programme=CLOUD-2025")
                .body();
        assertThat(after.get("programme").asText()).isEqualTo("CLOUD-2025");
        assertThat(after.get("target").asInt()).isEqualTo(30);
        assertThat(after.get("byStage").fieldNames())
                .toIterable()
                .containsExactly(
                        "PRELIMINARY",
                        "PROPOSAL",
                        "DRAFTING",
                        "CONSULTATION",
                        "TECHNICAL_REVIEW",
                        "APPROVAL",
                        "PUBLISHED",
                        "IN_FORCE",
                        "PERIODIC_REVIEW",
                        "WITHDRAWN",
                        "CANCELLED");
        assertThat(after.get("byStage").get("PRELIMINARY").asLong())
                .isEqualTo(before.get("byStage").get("PRELIMINARY").asLong() + 1);
        long sum = 0;
        for (JsonNode count : after.get("byStage")) {
            sum += count.asLong();
        }
        assertThat(after.get("total").asLong())
                .isEqualTo(sum)
                .isEqualTo(before.get("total").asLong() + 1);
        assertProblem(api.as("observer").get("/api/reports/stages?programme=NOPE"), 404);
        assertProblem(api.as("observer").get("/api/reports/stages"), 400);
    }
}
