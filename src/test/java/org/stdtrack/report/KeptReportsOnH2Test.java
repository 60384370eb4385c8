package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.standard.StandardPlan;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.TestTime;

/**
 * The stage and target reports are kept between readers (decision 0054), and every way a standard's stage,
 * history or group changes shows in the next report at once: a registration, an import with its history, a change
 * of committee.
 */
@OnH2
class KeptReportsOnH2Test {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StandardPlan plan;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyChangeOfStageHistoryOrGroupShowsInTheNextReport() {
        String programme = newProgramme();
        assertThat(report(programme, "").get("total").asLong()).isZero();
        assertThat(report(programme, "").get("total").asLong()).isZero();

        Map<String, Object> body = journeys.nationalStandard("Kept report registration");
        body.put("programme", programme);
        long registered = journeys.register(body);
        JsonNode afterRegistration = report(programme, "");
        assertThat(afterRegistration.get("total").asLong()).isEqualTo(1);
        assertThat(afterRegistration.get("byStage").get("PRELIMINARY").asLong()).isEqualTo(1);

        journeys.importedPublishedIn(programme, "Kept report import");
        JsonNode afterImport = report(programme, "&groupBy=committee");
        assertThat(afterImport.get("byStage").get("PUBLISHED").asLong()).isEqualTo(1);
        assertThat(committee(afterImport, "TC28-SC38").get("total").asLong()).isEqualTo(2);

        transactions.executeWithoutResult(status -> plan.changePlan(registered, null, null, null, "CCSA-TC1"));
        JsonNode afterMove = report(programme, "&groupBy=committee");
        assertThat(committee(afterMove, "TC28-SC38").get("total").asLong()).isEqualTo(1);
        assertThat(committee(afterMove, "CCSA-TC1")
                        .get("byStage")
                        .get("PRELIMINARY")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theTargetReportSeesEachChangeAtOnce() {
        String programme = newProgramme();
        JsonNode before = targets(programme);
        assertThat(before.get("inProgress").asLong()).isZero();
        assertThat(targets(programme).get("published").asLong()).isZero();

        Map<String, Object> body = journeys.nationalStandard("Kept target registration");
        body.put("programme", programme);
        journeys.register(body);
        assertThat(targets(programme).get("inProgress").asLong()).isEqualTo(1);

        journeys.importedPublishedIn(programme, "Kept target import");
        JsonNode after = targets(programme);
        assertThat(after.get("published").asLong()).isEqualTo(1);
        assertThat(after.get("inProgress").asLong()).isEqualTo(1);
    }

    @Test
    void theForecastCalibrationSeesAnImportAtOnce() {
        String programme = newProgramme();
        String calibration = "/api/reports/forecast-calibration?programme=" + programme
                + "&horizon=P1M&every=P1M&from="
                + LocalDate.ofInstant(TestTime.now(), ZoneId.of("Asia/Shanghai"))
                        .minusMonths(6);
        JsonNode before = api.as("observer").get(calibration).body();
        assertThat(api.as("observer").get(calibration).body()).isEqualTo(before);
        assertThat(before.get("points").findValuesAsText("standards")).containsOnly("0");

        journeys.importedPublishedIn(programme, "Kept calibration import");
        JsonNode after = api.as("observer").get(calibration).body();
        assertThat(after.get("points").findValuesAsText("published"))
                .as("in progress two months ago, published within the month after")
                .contains("1");
        assertThat(after.get("predictions")).isNotEmpty();
    }

    private String newProgramme() {
        String programme = "KEPT" + System.nanoTime() % 100_000;
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Kept report', '报告', 2, date '2027-12-31', 1)",
                programme);
        return programme;
    }

    private JsonNode targets(String programme) {
        return api.as("observer")
                .get("/api/reports/targets?programme=" + programme)
                .body();
    }

    private JsonNode report(String programme, String parameters) {
        return api.as("observer")
                .get("/api/reports/stages?programme=" + programme + parameters)
                .body();
    }

    private static JsonNode committee(JsonNode report, String code) {
        for (JsonNode group : report.get("groups")) {
            if (group.get("key").asText().equals(code)) {
                return group;
            }
        }
        throw new AssertionError("no group " + code);
    }
}
