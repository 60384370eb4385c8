package org.stdtrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * Issue 33's new inputs at their worst — far-past and far-future dates, huge texts and lists, deep nesting,
 * numbers out of range, percent-encoded paths, unknown values — each a 4xx that writes nothing, never a 500.
 */
@OnH2
class WhoActsNextHostileInputsTest {

    private static final String HUGE = "x".repeat(20_000);

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Test
    void patentLiaisonWebhookAndClaimBodiesAtTheirWorstAreRefused() {
        long standard = journeys.registerNational("Hostile " + System.nanoTime());
        String patents = "/api/standards/" + standard + "/patent-disclosures";
        Map<String, Object> patent = new HashMap<>(Map.of(
                "holder", "H",
                "patentNumber", "CN1",
                "title", "T",
                "jurisdiction", "CN",
                "licensing", "FREE",
                "disclosedOn", "2026-01-01"));
        refused("admin", "POST", patents, with(patent, "disclosedOn", "1850-01-01"));
        refused("admin", "POST", patents, with(patent, "disclosedOn", "+999999999-01-01"));
        refused("admin", "POST", patents, with(patent, "holder", HUGE));
        refused("admin", "POST", patents, with(patent, "licensing", "MAYBE"));
        Api.Response nested = guard.unchangedBy(() -> api.as("admin")
                .postRaw(
                        patents,
                        "{\"holder\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                        MediaType.APPLICATION_JSON));
        assertThat(nested.status()).as("nested 5,000 deep").isBetween(400, 499);

        Map<String, Object> liaison =
                new HashMap<>(Map.of("from", "SC 27", "to", "TC28-SC38", "subject", "S", "receivedOn", "2026-01-01"));
        refused("admin", "POST", "/api/liaisons", with(liaison, "receivedOn", "1850-01-01"));
        refused("admin", "POST", "/api/liaisons", with(liaison, "responseDue", "2999-12-31"));
        refused("admin", "POST", "/api/liaisons", with(liaison, "standards", Collections.nCopies(10_000, standard)));
        refused("admin", "POST", "/api/liaisons", with(liaison, "projects", List.of(Long.MAX_VALUE)));
        refused("admin", "POST", "/api/liaisons", with(liaison, "subject", HUGE));

        Map<String, Object> hook = new HashMap<>(Map.of(
                "url",
                "http://127.0.0.1:9/h",
                "events",
                List.of("STAGE_CHANGED"),
                "committee",
                "TC28-SC38",
                "secret",
                "a-secret-of-sixteen-chars"));
        refused("admin", "POST", "/api/webhooks", with(hook, "url", "http://" + HUGE + ".example.org/"));
        refused("admin", "POST", "/api/webhooks", with(hook, "events", Collections.nCopies(5_000, "STAGE_CHANGED")));
        refused("admin", "POST", "/api/webhooks", with(hook, "events", List.of("EVERYTHING")));
        refused("admin", "POST", "/api/webhooks", with(hook, "url", "javascript:alert(1)"));

        String claims = "/api/standards/" + standard + "/duplication-claims";
        refused("observer", "POST", claims, Map.of("existingStandard", Long.MAX_VALUE, "reason", "R"));
        refused("observer", "POST", claims, Map.of("existingNumber", HUGE, "reason", "R"));
        refused("secretary", "PUT", claims + "/999999999", Map.of("deliberation", "MERGE", "reason", "R"));
    }

    @Test
    void publicAndReadingAddressesAtTheirWorstAreRefused() {
        for (String path : List.of(
                "/api/public/standards?q=" + "y".repeat(5_000),
                "/api/public/standards?q=GB/T%201" + "9".repeat(5_000),
                "/api/standards?q=GB/T%201" + "9".repeat(5_000),
                "/standards?q=GB/T%201" + "9".repeat(5_000),
                "/api/public/standards?year=1800",
                "/api/public/standards?year=99999999999",
                "/api/public/standards?page=99999999",
                "/api/public/standards?size=100000",
                "/api/public/standards?status=SECRET",
                "/api/public/standards/abc",
                "/api/public/standards/%2e%2e%2fstandards",
                "/api/public/standards/99999999999999999999999",
                "/catalogue?year=1800",
                "/catalogue?page=-1",
                "/catalogue/abc",
                "/api/certificates/" + "X".repeat(5_000) + "/pdf",
                "/api/committees/%2F..%2Fadmin/dashboard",
                "/api/committees/" + "C".repeat(5_000) + "/dashboard",
                "/api/committees/TC28-SC38/dashboard?perStage=0",
                "/api/committees/TC28-SC38/dashboard?perStage=501",
                "/api/committees/TC28-SC38/dashboard?perStage=99999999999",
                "/api/approvals/dashboard?perStage=-1",
                "/committees/TC28-SC38/dashboard?perStage=99999999999",
                "/api/patent-disclosures?holder=" + "h".repeat(5_000),
                "/api/patent-disclosures?standard=abc",
                "/api/liaisons?committee=" + "c".repeat(5_000),
                "/api/webhooks/abc/deliveries")) {
            int status = api.as(path.startsWith("/api/public") || path.startsWith("/catalogue") ? null : "admin")
                    .fetch(path)
                    .status();
            assertThat(status).as(path).isBetween(400, 499);
        }
        long id = journeys.registerNational("Hostile upload " + System.nanoTime());
        long liaison = api.as("admin")
                .post(
                        "/api/liaisons",
                        Map.of(
                                "from",
                                "SC 27",
                                "to",
                                "TC28-SC38",
                                "subject",
                                "Upload " + id,
                                "receivedOn",
                                TestTime.now().toString().substring(0, 10)))
                .get("id")
                .asLong();
        Api.Response notADocument = guard.unchangedBy(() -> api.as("admin")
                .upload(
                        "/api/liaisons/" + liaison + "/documents",
                        Map.of("kind", "LIAISON_STATEMENT"),
                        "statement.pdf",
                        "MZ, an executable, not a letter".getBytes()));
        assertThat(notADocument.status()).isBetween(400, 499);
        Api.Response unknownKind = guard.unchangedBy(() -> api.as("admin")
                .upload("/api/liaisons/" + liaison + "/documents", Map.of("kind", "ANYTHING"), "s.pdf", new byte[] {1
                }));
        assertThat(unknownKind.status()).isBetween(400, 499);
        Api.Response notJson = guard.unchangedBy(
                () -> api.as("admin").postRaw("/api/webhooks", "{\"url\": [[[[", MediaType.APPLICATION_JSON));
        assertThat(notJson.status()).isEqualTo(400);
    }

    private void refused(String user, String method, String path, Object body) {
        Api.Response response = guard.unchangedBy(() -> method.equals("PUT")
                ? api.as(user).put(path, body)
                : api.as(user).post(path, body));
        assertThat(response.status())
                .as(method + " " + path + ": " + response.body())
                .isBetween(400, 499);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
