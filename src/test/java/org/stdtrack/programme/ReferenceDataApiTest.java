package org.stdtrack.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;

/**
 * Reference data over the API: published to signed-in users, problem details for what does not exist, nothing for the anonymous. Runs on H2 and on PostgreSQL.
 */
abstract class ReferenceDataApiTest {

    @Autowired
    Api api;

    @Test
    void referenceDataIsPublishedToSignedInUsers() {
        JsonNode programme =
                api.as("observer").get("/api/programmes/CLOUD-2025").body();
        assertThat(programme.get("targetStandards").asInt()).isEqualTo(30);
        assertThat(programme.get("targetEnterprises").asInt()).isEqualTo(1000);
        assertThat(programme.get("targetDate").asText()).isEqualTo("2027-12-31");
        assertThat(api.as("observer").get("/api/programmes").body().findValuesAsText("code"))
                .contains("CLOUD-2025");

        // The demo's taxonomy: six domains, then their 24 sub-areas (administrators may add more after them).
        JsonNode domains = api.as("enterprise1").get("/api/domains").body();
        List<String> demo = domains.findValuesAsText("code").stream()
                .filter(code -> code.matches("(BAS|TEC|SRV|APP|MGT|SEC)(\\..+)?"))
                .toList();
        assertThat(demo.stream().filter(code -> !code.contains(".")))
                .containsExactly("BAS", "TEC", "SRV", "APP", "MGT", "SEC");
        assertThat(domains.findValuesAsText("code").stream()
                        .filter(code -> code.matches("(BAS|TEC|SRV|APP|MGT|SEC)\\..+")))
                .hasSize(24);
        assertThat(domains.findValuesAsText("code"))
                .contains(
                        "BAS",
                        "TEC",
                        "SRV",
                        "APP",
                        "MGT",
                        "SEC",
                        "SRV.AIAAS",
                        "SEC.DATA",
                        "MGT.QUALITY",
                        "TEC.DEPLOY",
                        "BAS.TALENT",
                        "APP.INDUSTRY");
        JsonNode security = domains.findParents("code").stream()
                .filter(d -> d.get("code").asText().equals("SEC.DATA"))
                .findFirst()
                .orElseThrow();
        assertThat(security.get("parent").asText()).isEqualTo("SEC");
        assertThat(security.get("nameZh").asText()).isEqualTo("数据安全");

        JsonNode committees = api.as("observer").get("/api/committees").body();
        assertThat(committees.findValuesAsText("code")).contains("CCSA-TC1", "TC28-SC38");
        JsonNode ccsa = api.as("observer").get("/api/committees/CCSA-TC1").body();
        assertThat(ccsa.get("level").asText()).isEqualTo("SECTOR");
        assertThat(ccsa.get("sectorPrefix").asText()).isEqualTo("YD/T");
        assertThat(api.as("observer")
                        .get("/api/committees/TC28-SC38")
                        .body()
                        .get("sectorPrefix")
                        .isNull())
                .isTrue();
        assertThat(api.as("observer").get("/api/organisations").body().findValuesAsText("code"))
                .contains("CESI", "ECLOUD");
    }

    @Test
    void unknownProgrammeIs404ProblemDetails() {
        Api.Response missing = api.as("observer").get("/api/programmes/NOPE");
        assertProblem(missing, 404);
        assertThat(missing.text("detail")).contains("NOPE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/programmes",
                "/api/domains",
                "/api/committees",
                "/api/standards",
                "/api/tasks",
                "/api/reports/stages?programme=CLOUD-2025",
                "/api/standards/1"
            })
    void anonymousCallersGet401(String path) {
        Api.Response response = api.as(null).get(path);
        assertProblem(response, 401);
    }
}
