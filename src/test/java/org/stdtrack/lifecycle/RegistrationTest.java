package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stdtrack.support.Refusals.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.Refusals;
import org.stdtrack.support.WriteGuard;

/**
 * Registering and cancelling a standard: who may, and how every bad request is refused with problem details while writing nothing. Runs on H2 and on PostgreSQL.
 */
abstract class RegistrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Autowired
    Refusals refusals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStandardWithoutANumberIsKnownByItsCommitteeAndTitle() {
        String title = "Known by its title " + System.nanoTime();
        long first = journeys.registerNational(title);
        Api.Response again =
                guard.unchangedBy(() -> api.as("secretary").post("/api/standards", journeys.nationalStandard(title)));
        assertProblem(again, 409);
        assertThat(again.text("detail")).contains("Standard " + first);

        long other = journeys.registerNational(title + " (another)");
        assertThatThrownBy(() -> jdbc.sql("update standard set title = ? where id = ?")
                        .params(title, other)
                        .update())
                .as("the database holds it so whoever writes")
                .isInstanceOf(DataIntegrityViolationException.class);

        journeys.complete("secretary", first, "submitProposal");
        journeys.complete(
                "sac", first, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", Journeys.nextPlanNumber()));
        assertThat(api.as("secretary")
                        .post("/api/standards", journeys.nationalStandard(title))
                        .status())
                .as("once numbered, the standard is known by its number and the title is free")
                .isEqualTo(201);
    }

    @Test
    void onlyTheCommitteesSecretariatOrAnAdminRegisters() {
        for (String user : List.of(
                "secretary2", "drafter", "reviewer1", "sac", "miit", "association", "enterprise1", "observer")) {
            Api.Response refused =
                    guard.unchangedBy(() -> api.as(user).post("/api/standards", journeys.nationalStandard("Not mine")));
            assertProblem(refused, 403);
        }
        Api.Response byAdmin =
                api.as("admin").post("/api/standards", journeys.nationalStandard("Registered by the administrator"));
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.location())
                .isEqualTo("/api/standards/" + byAdmin.get("id").asLong());
        assertThat(byAdmin.text("stage")).isEqualTo("PRELIMINARY");
    }

    @Test
    void registrationValidatesEveryField() {
        refusals.ofRegistration(with("title", null), 422, "title");
        refusals.ofRegistration(with("title", "   "), 422, "title");
        refusals.ofRegistration(with("title", "x".repeat(301)), 422, "title");
        refusals.ofRegistration(with("titleZh", "云".repeat(301)), 422, "titleZh");
        refusals.ofRegistration(with("type", null), 422, "type");
        refusals.ofRegistration(with("domain", "CLOUD.NOPE"), 422, "domain");
        refusals.ofRegistration(with("committee", "TC99"), 422, "committee");
        refusals.ofRegistration(with("programme", "NOPE"), 422, "programme");
        refusals.ofRegistration(with("leadOrganisation", "NOBODY"), 422, "leadOrganisation");
        refusals.ofRegistration(with("type", "SECTOR"), 422, "type");
        refusals.ofRegistration(
                with("international", Map.of("reference", "ISO/IEC 17788:2014")), 422, "international.degree");
        Api.Response badEnum = refusals.ofRegistration(with("type", "ISO"), 400, "type");
        assertThat(badEnum.text("detail")).contains("GB", "GB_T", "SECTOR");
        Api.Response badDegree = refusals.ofRegistration(
                with("international", Map.of("reference", "ISO/IEC 17788:2014", "degree", "EQV")),
                400,
                "international.degree");
        assertThat(badDegree.text("detail")).contains("IDT", "MOD", "NEQ");
        refusals.ofRegistration(with("unexpected", "field"), 400, "unexpected");
        refusals.ofRegistration(with("title", 42), 400, "title");
        Map<String, Object> twoFaults = with("title", null);
        twoFaults.put("type", null);
        Api.Response both = refusals.ofRegistration(twoFaults, 422, "title");
        assertThat(both.get("errors").findValuesAsText("field"))
                .as("every field at fault at once")
                .containsExactly("title", "type");
    }

    @Test
    void malformedOrMistypedBodiesAre4xx() {
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").postRaw("/api/standards", "{\"title\": ", MediaType.APPLICATION_JSON)),
                400);
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("secretary").postRaw("/api/standards", "[]", MediaType.APPLICATION_JSON)),
                400);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").postRaw("/api/standards", "title=x", MediaType.TEXT_PLAIN)),
                415);
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";
        Api.Response tooLarge = guard.unchangedBy(
                () -> api.as("secretary").postRaw("/api/standards", huge, MediaType.APPLICATION_JSON));
        assertProblem(tooLarge, 413);
        assertThat(tooLarge.text("detail")).contains("larger than");
    }

    @Test
    void cancellationNeedsTheSecretariatAndAReason() {
        long id = journeys.registerNational("Cancellation rules");
        String path = "/api/standards/" + id + "/cancel";
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(path, Map.of("reason", "No"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("sac").post(path, Map.of("reason", "No"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("enterprise1").post(path, Map.of("reason", "No"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, Map.of("reason", "No"))), 404);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of())), 422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").post(path, Map.of("reason", "x".repeat(10_001)))), 422);
        assertThat(api.as("admin")
                        .post(path, Map.of("reason", "Duplicate registration"))
                        .text("stage"))
                .isEqualTo("CANCELLED");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of("reason", "Again"))), 409);
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
