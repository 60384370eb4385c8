package org.stdtrack.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * The public catalogue as an anonymous reader finds it (issue 33, item 6): published standards by number and
 * words, with their published text; nothing in development, in the JSON, the pages or the feed; its own OpenAPI
 * description; and its limit per address. On H2 and PostgreSQL.
 */
abstract class CatalogueTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    private final String serial = "C" + SERIAL.incrementAndGet() + "Q" + System.nanoTime() % 100_000;

    @Test
    void anAnonymousReaderFindsPublishedStandardsAndNothingInDevelopment() {
        long published = journeys.importedPublished("Catalogued " + serial);
        long draft = journeys.registerNational("Secret draft " + serial);

        Api.Response found = api.as(null).get("/api/public/standards?q=" + serial.toLowerCase());
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        assertThat(found.get("total").asLong()).isOne();
        JsonNode item = found.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(published);
        assertThat(item.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(found.body().toString()).doesNotContain("Secret draft");
        assertThat(api.as(null).get("/api/public/standards/" + draft).status()).isEqualTo(404);
        assertThat(api.as(null).get("/api/public/standards/" + draft).body().toString())
                .doesNotContain("Secret draft");
        assertThat(api.as(null)
                        .get("/api/public/standards?q=" + serial.toLowerCase() + "&status=WITHDRAWN")
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.as(null)
                        .get("/api/public/standards?q=" + serial.toLowerCase() + "&year=2001")
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.as(null)
                        .get("/api/public/standards?q=" + serial.toLowerCase() + "&domain=SRV")
                        .get("total")
                        .asLong())
                .as("a domain holds its sub-areas' standards")
                .isOne();

        JsonNode one = api.as(null).get("/api/public/standards/" + published).body();
        assertThat(one.get("title").asText()).isEqualTo("Catalogued " + serial);
        assertThat(one.get("committee").get("code").asText()).isEqualTo("TC28-SC38");
        assertThat(one.get("text").isNull()).as("no text uploaded yet").isTrue();
        assertThat(api.as(null)
                        .get("/api/public/standards/" + published + "/text")
                        .status())
                .isEqualTo(404);
        journeys.upload(published, "PUBLISHED_TEXT", "The published text of " + serial);
        String text = api.as(null).get("/api/public/standards/" + published).text("text");
        assertThat(text).isEqualTo("/api/public/standards/" + published + "/text");
        Api.FileResponse download = api.as(null).fetch(text);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).contains("wordprocessingml");

        String page = api.as(null)
                .fetchIn("zh", "/catalogue?q=" + serial.toLowerCase())
                .text();
        assertThat(page).contains("标准目录", "导入 Catalogued " + serial).doesNotContain("Secret draft");
        assertThat(api.as(null).fetchIn("en", "/catalogue/" + published).text())
                .contains("Catalogued " + serial, "The published text");
        assertThat(api.as(null).fetch("/catalogue/" + draft).status()).isEqualTo(404);
        String feed = api.as(null).fetch("/catalogue/feed.atom").text();
        assertThat(feed).contains("Catalogued " + serial).doesNotContain("Secret draft");
    }

    @Test
    void aSearchCountsItsMatchesUpToTwoHundredAndSaysThereAreMore() {
        String word = "Numerous" + serial;
        // Withdrawn standards of a programme of their own: no other suite counts them, no timer waits for them.
        String programme = "CAT" + SERIAL.incrementAndGet();
        jdbc.sql("insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Catalogue test', '目录测试', 1, date '2027-12-31', 1)")
                .param(programme)
                .update();
        for (int i = 0; i < PublicCatalogue.COUNTED + 5; i++) {
            jdbc.sql("insert into standard (programme_code, title, type, domain_code, committee_code, stage,"
                            + " stage_code, publication_date, created_at, created_by) values (?, ?, 'GB_T',"
                            + " 'SRV.IAAS', 'CCSA-TC1', 'WITHDRAWN', '95.99', date '2020-01-01', current_timestamp,"
                            + " 'test')")
                    .params(programme, word + " " + i)
                    .update();
        }
        JsonNode found = api.as(null)
                .get("/api/public/standards?size=5&q=" + word.toLowerCase())
                .body();
        assertThat(found.get("total").asLong()).isEqualTo(PublicCatalogue.COUNTED);
        assertThat(found.get("more").asBoolean()).isTrue();
        assertThat(found.get("items")).hasSize(5);
        assertThat(api.as(null)
                        .fetchIn("en", "/catalogue?q=" + word.toLowerCase())
                        .text())
                .contains("More than 200 standards", "page=1");
    }

    @Test
    void theCatalogueHasAnOpenApiDescriptionOfItsOwnAndALimitPerAddress() {
        JsonNode description = api.as(null).get("/v3/api-docs/public").body();
        assertThat(description.get("paths").has("/api/public/standards")).isTrue();
        assertThat(description.get("paths").has("/api/standards"))
                .as("nothing but the catalogue")
                .isFalse();
        assertThat(description.get("paths").size()).isEqualTo(3);
        JsonNode whole = api.as("admin").get("/v3/api-docs").body();
        assertThat(whole.get("info").get("title").asText())
                .as("the tracker's own description is left as it is")
                .isEqualTo("stdtrack API");
        assertThat(whole.get("paths").has("/api/standards")).isTrue();

        int status = 200;
        Api.FileResponse refused = null;
        for (int i = 0; i < 500 && status != 429; i++) {
            refused = api.as(null).fetch("/api/public/standards?size=1");
            status = refused.status();
        }
        assertThat(status).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.text()).contains("problem.catalogue.tooMany");
        // The next minute, the address is served again (and the suites after this one are not held up).
        passTime(Duration.ofMinutes(1));
        assertThat(api.as(null).fetch("/api/public/standards?size=1").status()).isEqualTo(200);
    }
}
