package org.stdtrack.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
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
        assertThat(api.as("observer").get("/api/programmes").body()).hasSize(1);

        JsonNode domains = api.as("enterprise1").get("/api/domains").body();
        assertThat(domains).hasSize(6 + 24);
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

        assertThat(api.as("observer").get("/api/committees").body().findValuesAsText("code"))
                .containsExactly("CCSA-TC1", "TC28-SC38");
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
