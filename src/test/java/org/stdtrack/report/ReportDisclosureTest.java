package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.stdtrack.support.Demo.SECTOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * Reports and exports reveal nothing their reader may not see, and open safely (issue 12): per-standard
 * rows limited to what the reader may see while counts stay whole, formula-safe CSV cells, a malformed
 * Accept header answered as problem details.
 */
abstract class ReportDisclosureTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void reportRowsAreLimitedToWhatTheReaderMaySeeWhileCountsStayWhole() throws Exception {
        var body = journeys.nationalStandard("Secret draft aligned with ISO " + System.nanoTime());
        body.put("international", Map.of("reference", "ISO/IEC 99999:2026", "degree", "IDT"));
        long draft = journeys.register(body);
        String title = (String) body.get("title");
        long own = journeys.register(sectorStandard("Visible to its own secretariat"));

        JsonNode adoptionForAdmin = api.as("admin")
                .get("/api/reports/adoption?programme=CLOUD-2025")
                .body();
        JsonNode adoptionForOther = api.as("secretary2")
                .get("/api/reports/adoption?programme=CLOUD-2025")
                .body();
        assertThat(adoptionForAdmin.toString()).contains(title);
        assertThat(adoptionForOther.toString()).doesNotContain(title).doesNotContain("ISO/IEC 99999:2026");
        assertThat(adoptionForOther.get("internationalAlignment").get("identical"))
                .isEqualTo(adoptionForAdmin.get("internationalAlignment").get("identical"));
        for (JsonNode row : adoptionForOther.get("internationalAlignment").get("standards")) {
            assertThat(api.as("secretary2")
                            .get("/api/standards/" + row.get("id").asLong())
                            .status())
                    .isEqualTo(200);
        }

        JsonNode targetsForAdmin =
                api.as("admin").get("/api/reports/targets?programme=CLOUD-2025").body();
        JsonNode targetsForOther = api.as("secretary2")
                .get("/api/reports/targets?programme=CLOUD-2025")
                .body();
        assertThat(ids(targetsForAdmin.get("forecast").get("standards"))).contains(draft);
        assertThat(ids(targetsForOther.get("forecast").get("standards")))
                .doesNotContain(draft)
                .contains(own);
        for (long id : ids(targetsForOther.get("forecast").get("standards"))) {
            assertThat(api.as("secretary2").get("/api/standards/" + id).status())
                    .as("row " + id)
                    .isEqualTo(200);
        }
        for (String total : List.of("inProgress", "published", "cancelled", "overdue")) {
            assertThat(targetsForOther.get(total)).as(total).isEqualTo(targetsForAdmin.get(total));
        }
        assertThat(targetsForOther.get("forecast").get("expected"))
                .isEqualTo(targetsForAdmin.get("forecast").get("expected"));

        // The exports name standards by plan number and title: the draft's title only in its readers' file.
        assertThat(export("secretary2", "/api/reports/targets?programme=CLOUD-2025&format=csv"))
                .doesNotContain(title)
                .contains("Visible to its own secretariat");
        assertThat(export("admin", "/api/reports/targets?programme=CLOUD-2025&format=csv"))
                .contains(title);
    }

    @Test
    void csvCellsThatASpreadsheetWouldEvaluateAreNeutralised() throws Exception {
        String marker = "Formula" + System.nanoTime();
        for (String title : List.of(
                "=2+3 " + marker, "+SUM(A1) " + marker, "-1+1 " + marker, "@cmd " + marker, "\tTab " + marker)) {
            var body = journeys.nationalStandard(title);
            body.put("titleZh", title);
            journeys.register(body);
        }
        MockHttpServletResponse csv = mvc.perform(
                        MockMvcRequestBuilders.get("/api/standards?size=500&format=csv&q=" + marker)
                                .with(user(users.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "'=2+3 " + marker,
                        "'+SUM(A1) " + marker,
                        "'-1+1 " + marker,
                        "'@cmd " + marker,
                        "'\tTab " + marker);
        for (String line : text.lines().skip(1).toList()) {
            for (String cell : line.split(",")) {
                assertThat(cell)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
        assertThat(csv.getHeader("Content-Disposition")).matches("attachment; filename=\"[A-Za-z0-9._-]+\"");
    }

    @Test
    void aMalformedAcceptHeaderOnAnExportIs406AsProblemDetails() throws Exception {
        for (String path : List.of(
                "/api/standards",
                "/api/reports/stages?programme=CLOUD-2025",
                "/api/reports/targets?programme=CLOUD-2025")) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
                            .header("Accept", "csv")
                            .with(user(users.loadUserByUsername("observer"))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(406);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(path).contains("Accept header");
        }
    }

    private Map<String, Object> sectorStandard(String title) {
        var body = journeys.nationalStandard(title);
        body.put("type", "SECTOR");
        body.put("committee", SECTOR);
        return body;
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private String export(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(user))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
