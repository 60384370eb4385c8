package org.stdtrack.standardsystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/**
 * The standard system's page: the tree with each node's counts and coverage, its rows with their status, the
 * filters, in both languages; and the dashboard's coverage of the current version. Page composition, so on H2.
 */
@OnH2
class SystemTablePagesTest {

    private static final String TABLES = "/api/programmes/CLOUD-2025/system-tables";

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Test
    void theRegistrationPageFillsTheRowItNames() {
        String version = "R" + System.nanoTime() % 1_000_000;
        assertThat(api.as("admin")
                        .post(TABLES, Map.of("version", version, "titleEn", "Registration system", "titleZh", "登记体系"))
                        .status())
                .isEqualTo(201);
        long row = api.as("admin")
                .post(
                        TABLES + "/" + version + "/rows",
                        Map.of("node", "SRV.PAAS", "title", "From the page", "level", "GB_T"))
                .get("id")
                .asLong();
        Api.FileResponse registered = api.as("secretary")
                .submitFormIn(
                        "en",
                        "/standards/new",
                        Map.of(
                                "title", "Registered from the page into its row " + Journeys.nextPlanNumber(),
                                "titleZh", "页面登记",
                                "type", "GB_T",
                                "domain", "SRV.PAAS",
                                "committee", "TC28-SC38",
                                "programme", "CLOUD-2025",
                                "systemRow", String.valueOf(row)));
        assertThat(registered.status()).as(registered.text()).isEqualTo(302);
        assertThat(api.as("admin").get(TABLES + "/" + version).body().toString())
                .contains("\"id\":" + row + ",")
                .contains("IN_DEVELOPMENT");
        assertThat(api.as("admin")
                        .fetchIn("en", "/programmes/CLOUD-2025/system?version=" + version)
                        .text())
                .contains("row " + row);
    }

    /** The root element of an XML document, read as a parser reads it (no DTDs). */
    private static String svgRoot(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml))
                    .getDocumentElement()
                    .getTagName();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSystemPageShowsTheTreeTheCountsAndTheRowsFiltered() {
        String version = "P" + System.nanoTime() % 1_000_000;
        assertThat(api.as("admin")
                        .post(TABLES, Map.of("version", version, "titleEn", "Page system", "titleZh", "页面体系"))
                        .status())
                .isEqualTo(201);
        long filled = journeys.registerNational("Filled on the page " + Journeys.nextPlanNumber());
        long row = api.as("admin")
                .post(
                        TABLES + "/" + version + "/rows",
                        Map.of("node", "SRV.IAAS", "title", "Filled row", "titleZh", "已关联明细", "level", "GB_T"))
                .get("id")
                .asLong();
        api.as("admin").put(TABLES + "/" + version + "/rows/" + row + "/standard", Map.of("standardId", filled));
        api.as("admin")
                .post(
                        TABLES + "/" + version + "/rows",
                        Map.of(
                                "node", "SRV.IAAS",
                                "title", "Row to start",
                                "titleZh", "待启动明细",
                                "level", "GB_T",
                                "target", true,
                                "targetYear", 2026));
        api.as("admin").put(TABLES + "/" + version, Map.of("current", true));
        JsonNode slots = api.as("observer")
                .get("/api/reports/targets?programme=CLOUD-2025")
                .get("slots");
        assertThat(slots.get("version").asText())
                .as("the target standards as the current system table's slots")
                .isEqualTo(version);
        assertThat(slots.get("targetRows").asInt()).isEqualTo(1);
        assertThat(slots.get("withoutProject").asInt()).isEqualTo(1);
        assertThat(slots.get("byStatus").get("NOT_STARTED").asInt()).isEqualTo(1);

        String page = api.as("observer")
                .fetchIn("en", "/programmes/CLOUD-2025/system?version=" + version)
                .text();
        assertThat(page)
                .contains("Page system", "id=\"node-SRV.IAAS\"", "Filled row", "Row to start")
                .contains("In development", "Not started", "Target 2026")
                .contains("href=\"/standards/" + filled + "\"")
                .contains("/api/programmes/CLOUD-2025/system-tables/" + version + "/export");
        String notStarted = api.as("observer")
                .fetchIn("zh", "/programmes/CLOUD-2025/system?version=" + version + "&status=NOT_STARTED")
                .text();
        assertThat(notStarted).contains("页面体系", "待启动明细", "待制定").doesNotContain("已关联明细");

        Api.FileResponse diagram = api.as("observer").fetchIn("zh", TABLES + "/" + version + "/diagram.svg?lang=zh");
        assertThat(diagram.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(diagram.text())
                .contains("<title id=\"system-diagram-title\">页面体系</title>", "id=\"diagram-node-SRV.IAAS\"")
                .contains("基础设施即服务", "0 / 2")
                .containsPattern("<desc id=\"system-diagram-desc\">[^<]*应有标准 2 项");
        assertThat(svgRoot(diagram.bytes())).as("well-formed SVG").isEqualTo("svg");
        assertThat(page).contains("diagram.svg", "Structure diagram of the standard system");

        String dashboard = api.as("observer")
                .fetchIn("en", "/dashboard?programme=CLOUD-2025")
                .text();
        assertThat(dashboard)
                .contains("id=\"kpi-system\"", "Standard system coverage", "Target standards not started: 1")
                .contains("href=\"/programmes/CLOUD-2025/system?status=NOT_STARTED\"");
    }
}
