package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.deadlineIn;
import static org.stdtrack.support.TestTime.now;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.Refusals;
import org.stdtrack.support.WriteGuard;

/**
 * The rules the lifecycle's own tasks add to their forms: the consultation's minimum period, the published number and dates, dual numbers of identical adoptions. Runs on H2 and on PostgreSQL.
 */
abstract class LifecycleTaskRulesTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Autowired
    Refusals refusals;

    @Test
    void consultationDeadlineMustRespectThePolicyMinimum() {
        long id = journeys.registerNational("Consultation deadline");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.consultationDocuments(id);
        String path = "/api/tasks/"
                + journeys.task("secretary", id, "openConsultation").get("id").asText() + "/complete";
        Api.Response tooSoon = refusals.ofCompletion(
                path, Map.of("commentDeadline", deadlineIn(Period.ofDays(59))), 422, "commentDeadline");
        assertThat(tooSoon.text("detail")).contains("P60D");
        refusals.ofCompletion(path, Map.of("commentDeadline", "2027-01-01"), 422, "commentDeadline");
        refusals.ofCompletion(path, Map.of("commentDeadline", "2027-01-01T10:00:00"), 422, "commentDeadline");
        refusals.ofCompletion(path, Map.of("commentDeadline", "2300-01-01T10:00:00+08:00"), 422, "commentDeadline");
        refusals.ofCompletion(path, Map.of(), 422, "commentDeadline");
        String deadline = deadlineIn(Period.ofDays(75));
        journeys.complete("secretary", id, "openConsultation", Map.of("commentDeadline", deadline));
        assertThat(journeys.timers(id))
                .singleElement()
                .extracting(job -> job.getDuedate().toInstant())
                .as("the consultation closes at the deadline's instant")
                .isEqualTo(OffsetDateTime.parse(deadline).toInstant());
    }

    @Test
    void publicationChecksTheNumberAndTheDates() {
        long id = journeys.registerNational("Publication checks");
        journeys.toApproval(id);
        journeys.submitForApproval(id);
        journeys.complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
        String path =
                "/api/tasks/" + journeys.task("sac", id, "publish").get("id").asText() + "/complete";
        String year = String.valueOf(LocalDate.ofInstant(now(), ZONE).getYear());
        String today = LocalDate.ofInstant(now(), ZONE).toString();
        Map<String, Object> good = new HashMap<>(
                Map.of("publishedNumber", "GB/T 49001-" + year, "publicationDate", today, "implementationDate", today));

        refusals.ofCompletion(path, with(good, "publishedNumber", "YD/T 1234-" + year), 422, "publishedNumber");
        refusals.ofCompletion(path, with(good, "publishedNumber", "GB/T 49001"), 422, "publishedNumber");
        refusals.ofCompletion(path, with(good, "publishedNumber", "GB/T 49001-1999"), 422, "publishedNumber");
        refusals.ofCompletion(
                path,
                with(good, "publishedNumber", "GB/T 49001-" + year + "/ISO/IEC 17788:2014"),
                422,
                "publishedNumber");
        refusals.ofCompletion(path, with(good, "publicationDate", "31/12/2026"), 422, "publicationDate");
        refusals.ofCompletion(path, with(good, "publicationDate", "1899-12-31"), 422, "publicationDate");
        refusals.ofCompletion(path, with(good, "implementationDate", "2126-01-01"), 422, "implementationDate");
        refusals.ofCompletion(
                path,
                with(
                        good,
                        "implementationDate",
                        LocalDate.parse(today).minusDays(1).toString()),
                422,
                "implementationDate");
        journeys.complete("sac", id, "publish", good);
        assertThat(journeys.standard(id).get("publishedNumber").asText()).isEqualTo("GB/T 49001-" + year);

        long other = journeys.registerNational("Same number twice");
        journeys.toApproval(other);
        journeys.submitForApproval(other);
        journeys.complete("sac", other, "approvePublication", Map.of("outcome", "APPROVE"));
        String otherPath =
                "/api/tasks/" + journeys.task("sac", other, "publish").get("id").asText() + "/complete";
        assertProblem(guard.unchangedBy(() -> api.as("sac").post(otherPath, good)), 409);
    }

    @Test
    void identicalAdoptionsArePublishedWithTheirDualNumber() {
        Map<String, Object> body = journeys.nationalStandard("Cloud computing — Reference architecture");
        body.put("international", Map.of("reference", "ISO/IEC 17789:2014", "degree", "IDT"));
        long id = journeys.register(body);
        journeys.submitAndApproveProposal(id);
        journeys.openConsultation(id);
        journeys.closeConsultation(id);
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        journeys.ballotPasses(id);
        journeys.submitForApproval(id);
        journeys.complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
        var today = LocalDate.ofInstant(now(), ZONE);
        String plain = "GB/T 49002-" + today.getYear();
        String path =
                "/api/tasks/" + journeys.task("sac", id, "publish").get("id").asText() + "/complete";
        Map<String, Object> publication = new HashMap<>(Map.of(
                "publishedNumber",
                plain,
                "publicationDate",
                today.toString(),
                "implementationDate",
                today.plusMonths(6).toString()));
        Api.Response refused = refusals.ofCompletion(path, publication, 422, "publishedNumber");
        assertThat(refused.text("detail")).contains(plain + "/ISO/IEC 17789:2014");
        journeys.complete("sac", id, "publish", with(publication, "publishedNumber", plain + "/ISO/IEC 17789:2014"));
        assertThat(journeys.stage(id)).isEqualTo("PUBLISHED");
    }

    private Map<String, Object> with(String field, Object value) {
        return with(journeys.nationalStandard("Validation subject"), field, value);
    }

    private static Map<String, Object> with(Map<String, ?> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
