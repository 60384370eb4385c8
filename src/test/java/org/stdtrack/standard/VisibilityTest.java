package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * Who sees which standard: work in progress for its committee and the programme roles, published standards for everyone; the list's filters and pages. Runs on H2 and on PostgreSQL.
 */
abstract class VisibilityTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Test
    void workInProgressIsVisibleToItsCommitteeAndProgrammeRolesOnly() {
        long id = journeys.registerNational("Visibility of drafts");
        for (String user : List.of(
                "admin", "secretary", "drafter", "reviewer1", "reviewer3", "sac", "miit", "association", "observer")) {
            assertThat(api.as(user).get("/api/standards/" + id).status())
                    .as(user)
                    .isEqualTo(200);
        }
        for (String user : List.of("secretary2", "enterprise1")) {
            assertProblem(api.as(user).get("/api/standards/" + id), 404);
            assertThat(api.as(user)
                            .get("/api/standards?programme=CLOUD-2025&size=500")
                            .body()
                            .get("items")
                            .findValuesAsText("id"))
                    .as(user)
                    .doesNotContain(String.valueOf(id));
        }
    }

    @Test
    void publishedStandardsAreVisibleToEveryone() {
        long id = journeys.importedPublished("Published for everyone " + Journeys.nextPlanNumber());
        assertThat(api.as("enterprise1").get("/api/standards/" + id).status()).isEqualTo(200);
        assertThat(api.as("secretary2").get("/api/standards/" + id).status()).isEqualTo(200);
        assertThat(api.as("enterprise1")
                        .get("/api/standards?stage=PUBLISHED&size=500")
                        .body()
                        .get("items")
                        .findValuesAsText("id"))
                .contains(String.valueOf(id));
    }

    @Test
    void standardsListFiltersAndPages() {
        Map<String, Object> security = journeys.nationalStandard("Filtered security standard");
        security.put("domain", "SEC.DATA");
        long sec = journeys.register(security);
        long srv = journeys.registerNational("Filtered service standard");
        JsonNode byDomain =
                api.as("observer").get("/api/standards?domain=SEC&size=500").body();
        assertThat(byDomain.get("items").findValuesAsText("id"))
                .contains(String.valueOf(sec))
                .doesNotContain(String.valueOf(srv));
        JsonNode page = api.as("observer")
                .get("/api/standards?committee=TC28-SC38&page=0&size=1")
                .body();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertProblem(api.as("observer").get("/api/standards?stage=FINISHED"), 400);
        assertProblem(api.as("observer").get("/api/standards?size=100000"), 400);
        assertProblem(api.as("observer").get("/api/standards/abc"), 400);
        assertProblem(api.as("observer").get("/api/standards/987654321"), 404);
    }
}
