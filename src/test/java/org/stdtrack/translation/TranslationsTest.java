package org.stdtrack.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Foreign-language versions: one per language, started by the secretariat, due 90 days after publication
 * when started alongside the standard's development and a year after the start when started later, late
 * past that, submitted with the version uploaded. On H2 and PostgreSQL.
 */
abstract class TranslationsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private static String translations(long id) {
        return "/api/standards/" + id + "/translations";
    }

    private void refused(String user, long id, String language, int status) {
        assertProblem(
                guard.unchangedBy(() -> api.as(user).post(translations(id), Map.of("language", language))), status);
    }

    private JsonNode version(long id, String language) {
        for (JsonNode t : api.as("observer").get(translations(id)).body()) {
            if (t.get("language").asText().equals(language)) {
                return t;
            }
        }
        throw new AssertionError("no " + language + " version of " + id);
    }

    @Test
    void aVersionStartedAlongsideIsDueAfterThePublicationAndOneStartedLaterWithinAYear() {
        long id = journeys.importedAtApproval("Translated alongside", "GB_T", NATIONAL, "CESI");
        refused("reviewer1", id, "en", 403);
        refused("secretary2", id, "en", 404);
        refused("secretary", id, "zh", 422);
        refused("secretary", id, "EN", 422);
        refused("secretary", id, "eng", 422);

        Api.Response started = api.as("secretary").post(translations(id), Map.of("language", "en"));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        assertThat(started.location()).endsWith("/translations/en");
        assertThat(started.body().get("alongside").asBoolean()).isTrue();
        assertThat(started.body().get("dueAt").isNull())
                .as("due from the publication")
                .isTrue();
        refused("secretary", id, "en", 409);
        for (String outsider : new String[] {"secretary2", "enterprise1"}) {
            Api.Response hidden = api.as(outsider).get(translations(id));
            assertThat(hidden.status()).as(outsider).isEqualTo(404);
            assertThat(hidden.body().toString())
                    .as("nothing of a standard in development reaches " + outsider)
                    .doesNotContain("startedBy", "\"en\"");
        }
        Api.Response early =
                guard.unchangedBy(() -> api.as("secretary").post(translations(id) + "/en/submission", Map.of()));
        assertProblem(early, 409);
        assertThat(early.text("detail")).contains("FOREIGN_LANGUAGE_VERSION");

        journeys.upload(id, "DRAFTING_EXPLANATION");
        journeys.publish(id, journeys.nextNumber("GB/T"));
        LocalDate published =
                LocalDate.parse(journeys.standard(id).get("publicationDate").asText());
        assertThat(Instant.parse(version(id, "en").get("dueAt").asText()))
                .isEqualTo(published.plusDays(90).atStartOfDay(ZONE).toInstant());

        Api.Response later = api.as("secretary").post(translations(id), Map.of("language", "fr"));
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.body().get("alongside").asBoolean()).isFalse();
        assertThat(Instant.parse(later.body().get("dueAt").asText()))
                .as("a year from its start")
                .isEqualTo(Instant.parse(later.body().get("startedAt").asText())
                        .atZone(ZONE)
                        .plusYears(1)
                        .toInstant());
        assertThat(api.as("enterprise1").get(translations(id)).body().findValuesAsText("language"))
                .as("a published standard's versions are for everyone who sees it")
                .containsExactly("en", "fr");

        passTime(Period.ofDays(100));
        assertThat(version(id, "en").get("status").asText()).isEqualTo("LATE");
        assertThat(version(id, "fr").get("status").asText()).isEqualTo("DUE");
        assertThat(api.as("secretary").fetch("/standards/" + id).text())
                .contains("id=\"translation-en\" class=\"late\"", "id=\"translation-form\"");
        assertThat(api.as("drafter").fetch("/standards/" + id).text()).doesNotContain("id=\"translation-form\"");

        journeys.uploadAs("secretary", id, "FOREIGN_LANGUAGE_VERSION", "Cloud computing, English version");
        Api.Response submitted = api.as("secretary").post(translations(id) + "/en/submission", Map.of());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.text("submittedBy")).isEqualTo("secretary");
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").post(translations(id) + "/en/submission", Map.of())), 409);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").post(translations(id) + "/de/submission", Map.of())), 404);
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text()).contains("外文版", "已报送", "未到期");
    }
}
