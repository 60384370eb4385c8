package org.stdtrack.standardsystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
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

    @Test
    void theDiffAndGapPagesShowWhatChangedAndWhatIsMissingInBothLanguages() {
        String base = "D" + System.nanoTime() % 1_000_000;
        assertThat(api.as("admin")
                        .post(TABLES, Map.of("version", base, "titleEn", "Older system", "titleZh", "旧体系"))
                        .status())
                .isEqualTo(201);
        api.as("admin")
                .post(
                        TABLES + "/" + base + "/rows",
                        Map.of("node", "SRV.IAAS", "title", "Kept in both", "level", "GB_T", "target", true));
        String next = base + "N";
        assertThat(api.as("admin")
                        .post(
                                TABLES,
                                Map.of("version", next, "titleEn", "Newer system", "titleZh", "新体系", "basedOn", base))
                        .status())
                .isEqualTo(201);
        String added = "SRV.N" + System.nanoTime() % 10_000;
        api.as("admin")
                .post(
                        TABLES + "/" + next + "/nodes",
                        Map.of("code", added, "parent", "SRV", "nameEn", "AI as a service", "nameZh", "人工智能即服务"));
        api.as("admin")
                .post(
                        TABLES + "/" + next + "/rows",
                        Map.of(
                                "node", added,
                                "title", "Model serving interfaces",
                                "titleZh", "模型服务接口",
                                "level", "GB_T",
                                "target", true,
                                "targetYear", 2025,
                                "replaces", "GB/T 1-2015"));
        String secret = "Confidential gap draft " + System.nanoTime();
        long draft = journeys.registerNational(secret);
        long hidden = api.as("admin")
                .post(
                        TABLES + "/" + next + "/rows",
                        Map.of("node", added, "title", secret, "level", "GB_T", "target", true, "targetYear", 2025))
                .get("id")
                .asLong();
        api.as("admin").put(TABLES + "/" + next + "/rows/" + hidden + "/standard", Map.of("standardId", draft));

        String diff = api.as("observer")
                .fetchIn("en", "/programmes/CLOUD-2025/system/diff?from=" + base + "&to=" + next)
                .text();
        assertThat(diff)
                .contains("from version " + base + " to version " + next, "Nodes added: 1")
                .contains("<ins>" + added + " AI as a service</ins>", "<ins>Model serving interfaces</ins>")
                .contains("Model serving interfaces replaces GB/T 1-2015")
                .doesNotContain("Kept in both");
        for (String reader : List.of("secretary2", "enterprise1")) {
            assertThat(api.as(reader)
                            .fetchIn("en", "/programmes/CLOUD-2025/system/diff?from=" + base + "&to=" + next)
                            .text())
                    .as(reader + ": a draft's title never through the diff")
                    .contains("Model serving interfaces")
                    .doesNotContain(secret);
        }
        assertThat(api.as("observer")
                        .fetchIn("zh", "/programmes/CLOUD-2025/system/diff?from=" + base + "&to=" + next)
                        .text())
                .contains("新增节点：1 个", "人工智能即服务", "拟代替");

        String gaps = api.as("observer")
                .fetchIn("en", "/programmes/CLOUD-2025/system/gaps?version=" + next + "&unstartedBy=2026-12-31")
                .text();
        assertThat(gaps)
                .contains("Gaps of the standard system, version " + next, "id=\"gap-" + added + "\"")
                .contains("Target standards due by 2026-12-31 that have not reached drafting")
                .contains("Model serving interfaces")
                .containsPattern("id=\"unstarted-count\">2<")
                .doesNotContain("stage-null");
        assertThat(api.as("enterprise1")
                        .fetchIn("en", "/programmes/CLOUD-2025/system/gaps?version=" + next)
                        .text())
                .as("a draft's title only to those who may see the draft")
                .contains("(a standard in development)")
                .doesNotContain(secret);
        assertThat(api.as("secretary")
                        .fetchIn("en", "/programmes/CLOUD-2025/system/gaps?version=" + next)
                        .text())
                .as("the draft's committee sees its title")
                .contains(secret);
        assertThat(api.as("observer")
                        .fetchIn("zh", "/programmes/CLOUD-2025/system/gaps?version=" + next + "&asOf=2020-01-01")
                        .text())
                .contains("缺口分析", "截至 2020-01-01 日终的情况");
        assertThat(api.as("observer")
                        .fetchIn("en", "/programmes/CLOUD-2025/system/gaps?asOf=nonsense")
                        .status())
                .isEqualTo(400);
        assertThat(api.as("observer")
                        .fetchIn("en", "/programmes/CLOUD-2025/system?version=" + next)
                        .text())
                .contains("href=\"/programmes/CLOUD-2025/system/gaps?version=" + next + "\"")
                .contains("href=\"/programmes/CLOUD-2025/system/diff?to=" + next + "\"");
    }

    @Test
    void aSecretariatFillsAndEmptiesRowsFromThePageAndOthersSeeNoSuchButtons() {
        String version = "F" + System.nanoTime() % 1_000_000;
        assertThat(api.as("admin")
                        .post(TABLES, Map.of("version", version, "titleEn", "Filled from the page", "titleZh", "页面关联"))
                        .status())
                .isEqualTo(201);
        long row = api.as("admin")
                .post(
                        TABLES + "/" + version + "/rows",
                        Map.of("node", "SRV.IAAS", "title", "Row filled on the page", "level", "GB_T"))
                .get("id")
                .asLong();
        String title = "Offered on the page " + Journeys.nextPlanNumber();
        long standard = journeys.registerNational(title);
        String path = "/programmes/CLOUD-2025/system?version=" + version;

        String page = api.as("secretary").fetchIn("en", path).text();
        assertThat(page)
                .contains("id=\"fill-" + row + "\"", "<datalist id=\"linkable-standards\">", title)
                .doesNotContain("Empty this row");
        for (String reader : List.of("observer", "enterprise1")) {
            assertThat(api.as(reader).fetchIn("en", path).text())
                    .as(reader)
                    .doesNotContain("id=\"fill-" + row + "\"", "linkable-standards");
        }
        Api.FileResponse filled = api.as("secretary")
                .submitForm(
                        "/programmes/CLOUD-2025/system/rows/" + row + "/standard",
                        Map.of("version", version, "standardId", String.valueOf(standard)));
        assertThat(filled.status()).isEqualTo(302);
        assertThat(filled.header("Location")).endsWith("/system?version=" + version + "#row-" + row);
        assertThat(api.as("admin").get(TABLES + "/" + version).body().toString())
                .contains("\"standardId\":" + standard);
        assertThat(api.as("secretary").fetchIn("zh", path).text()).contains("取消关联");
        assertThat(api.as("secretary2").fetchIn("en", path).text())
                .as("another committee's secretariat empties none of this committee's rows")
                .doesNotContain("Empty this row");
        assertThat(api.as("secretary2")
                        .submitForm("/programmes/CLOUD-2025/system/rows/" + row + "/unlink", Map.of("version", version))
                        .status())
                .isEqualTo(404);
        Api.FileResponse emptied = api.as("secretary")
                .submitForm("/programmes/CLOUD-2025/system/rows/" + row + "/unlink", Map.of("version", version));
        assertThat(emptied.status()).isEqualTo(302);
        assertThat(api.as("admin").get(TABLES + "/" + version).body().toString())
                .doesNotContain("\"standardId\":" + standard);
        assertThat(api.as("secretary")
                        .submitForm(
                                "/programmes/CLOUD-2025/system/rows/" + row + "/standard", Map.of("version", version))
                        .status())
                .as("no standard chosen")
                .isEqualTo(422);
    }
}
