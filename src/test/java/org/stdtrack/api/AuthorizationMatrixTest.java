package org.stdtrack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.api.ApiFixtures.HUAWEI;
import static org.stdtrack.api.ApiFixtures.SERIAL;
import static org.stdtrack.api.ApiFixtures.TENCENT;
import static org.stdtrack.api.ApiFixtures.adoption;
import static org.stdtrack.api.ApiFixtures.names;
import static org.stdtrack.api.ApiFixtures.newCode;
import static org.stdtrack.api.ApiFixtures.programme;
import static org.stdtrack.api.ApiFixtures.with;
import static org.stdtrack.api.ApiFixtures.withoutCode;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnPostgres;
import org.stdtrack.support.TestTime;

/**
 * Walks the authorization matrix of docs/authorization-matrix.md, cell by cell, as the demo users. The table is
 * the specification: a row this test cannot probe, or a probe the table lacks, fails too.
 */
@OnPostgres
class AuthorizationMatrixTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    /** The matrix's role columns and the demo user who plays each. */
    private static final List<String> USERS = Arrays.asList(
            "admin",
            "secretary",
            "secretary2",
            "drafter",
            "reviewer1",
            "reviewer3",
            "sac",
            "miit",
            "association",
            "enterprise1",
            "observer",
            null);

    /** One request per row, made as the given user (null: anonymous) on fixtures prepared for it. */
    private interface Probe {
        Api.Response call(String user);
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheReadmeMatrix() throws IOException {
        ApiFixtures fixtures = new ApiFixtures(journeys, api, jdbc);
        Map<String, Probe> probes = probes(fixtures);
        Map<String, List<String>> matrix = readMatrix();
        ApiDocument contract = ApiDocument.fetch(api);
        OpenApiInteractionValidator responses = OpenApiInteractionValidator.createForInlineApiSpecification(
                        contract.text())
                .build();
        assertThat(matrix.keySet()).as("matrix rows and probes").containsExactlyInAnyOrderElementsOf(probes.keySet());

        List<DynamicTest> cells = new ArrayList<>();
        matrix.forEach((endpoint, expected) -> {
            for (int column = 0; column < USERS.size(); column++) {
                String user = USERS.get(column);
                String cell = expected.get(column);
                cells.add(DynamicTest.dynamicTest(
                        endpoint + " as " + (user == null ? "anonymous" : user) + " -> " + cell, () -> {
                            Api.Response response = probes.get(endpoint).call(user);
                            check(endpoint, cell, response);
                            contract.forMatrixRow(endpoint).ifPresent(operation -> documents(operation, response));
                            if (cell.equals("✓") && response.status() == 200 && endpoint.startsWith("GET ")) {
                                conforms(responses, endpoint, response);
                            }
                        }));
            }
        });
        return cells.stream();
    }

    /** TC28-SC38's review batch of this year, its conclusions prepared. */
    private String reviewBatch(ApiFixtures f) {
        f.reviewBatch.get();
        return journeys.reviewBatch(Demo.NATIONAL);
    }

    private static void check(String endpoint, String cell, Api.Response response) {
        int status = response.status();
        String what = endpoint + " answered " + status + " " + response.body();
        boolean webapp = endpoint.contains("/engine-rest") || endpoint.contains("/camunda");
        switch (cell) {
            // MockMvc has no Jersey or webapp servlet: there, getting past security is what counts
            // (RestartTest calls both over real HTTP).
            case "✓" ->
                assertThat(status < 300 || (webapp && status == 404)).as(what).isTrue();
            case "401" ->
                assertThat(status == 401 || (webapp && status == 302)).as(what).isTrue();
            default -> assertThat(String.valueOf(status)).as(what).isEqualTo(cell);
        }
    }

    /** The published contract lists the status the operation answered with (docs/api.md, "API contract"). */
    private static void documents(JsonNode operation, Api.Response response) {
        assertThat(operation.path("responses").has(String.valueOf(response.status())))
                .as(
                        "%s answered %d, which its contract does not list: %s",
                        operation.path("operationId").asText(), response.status(), String.join(", ", (Iterable<String>)
                                () -> operation.path("responses").fieldNames()))
                .isTrue();
    }

    /**
     * A documented GET's answer is what its schema says: the types, the required fields, and null only where
     * the contract declares that a field may be null.
     */
    private static void conforms(OpenApiInteractionValidator validator, String endpoint, Api.Response response) {
        if (!ApiDocument.isTrackerOperation(endpoint)
                || response.contentType() == null
                || !response.contentType().contains("json")) {
            return;
        }
        String path = endpoint.split(" ")[1];
        ValidationReport report = validator.validateResponse(
                path,
                Request.Method.GET,
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(response.body().toString())
                        .build());
        assertThat(report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(m -> m.getMessage() + " "
                                + m.getContext().map(Object::toString).orElse(""))
                        .toList())
                .as("%s: its answer against its schema", endpoint)
                .isEmpty();
    }

    private Map<String, Probe> probes(ApiFixtures f) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("GET /api/programmes", user -> api.as(user).get("/api/programmes"));
        probes.put("GET /api/international/committees", user -> api.as(user).get("/api/international/committees"));
        probes.put(
                "POST /api/international/committees",
                user -> api.as(user)
                        .post("/api/international/committees", ApiFixtures.intlCommittee(ApiFixtures.newCode("SC "))));
        probes.put(
                "GET /api/international/committees/{key}",
                user -> api.as(user).get("/api/international/committees/" + f.intlCommittee.get()));
        probes.put(
                "PUT /api/international/committees/{key}",
                user -> api.as(user)
                        .put(
                                "/api/international/committees/" + f.intlCommittee.get(),
                                ApiFixtures.withoutCode(ApiFixtures.intlCommittee("unused"))));
        probes.put("GET /api/international/projects", user -> api.as(user).get("/api/international/projects"));
        probes.put(
                "POST /api/international/projects",
                user -> api.as(user)
                        .post("/api/international/projects", f.intlProject(ApiFixtures.newCode("ISO/IEC "))));
        probes.put(
                "GET /api/international/projects/{id}",
                user -> api.as(user).get("/api/international/projects/" + f.intlProject.get()));
        probes.put(
                "PUT /api/international/projects/{id}",
                user -> api.as(user)
                        .put(
                                "/api/international/projects/" + f.intlProject.get(),
                                f.intlProjectChange(ApiFixtures.newCode("ISO/IEC "))));
        probes.put(
                "POST /api/international/projects/{id}/stage",
                user -> api.as(user)
                        .post(
                                "/api/international/projects/" + f.intlProject.get() + "/stage",
                                Map.of(
                                        "code",
                                        "30.60",
                                        "on",
                                        LocalDate.ofInstant(TestTime.now(), Demo.ZONE)
                                                .toString())));
        probes.put(
                "POST /api/international/imports/iso-deliverables",
                user -> api.as(user)
                        .postFile(
                                "/api/international/imports/iso-deliverables",
                                "{\"id\": 1, \"reference\": \"ISO 1\", \"currentStage\": 6060}\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                MediaType.parseMediaType("application/x-ndjson")));
        probes.put(
                "POST /api/international/imports/iso-committees",
                user -> api.as(user)
                        .postFile(
                                "/api/international/imports/iso-committees",
                                "{\"id\": 1, \"reference\": \"ISO/TC 1\", \"pMembers\": []}\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                MediaType.parseMediaType("application/x-ndjson")));
        probes.put(
                "GET /api/international/adoption-candidates",
                user -> api.as(user).get("/api/international/adoption-candidates?programme=CLOUD-2025"));
        probes.put(
                "POST /api/international/projects/{id}/adoption",
                user -> api.as(user)
                        .post(
                                "/api/international/projects/" + f.publishedIntlProject() + "/adoption",
                                Map.of("degree", "IDT", "domain", "SRV.IAAS", "leadOrganisation", "CESI")));
        probes.put(
                "POST /api/international/projects/{id}/ballots",
                user -> api.as(user)
                        .post(
                                "/api/international/projects/" + f.intlProject.get() + "/ballots",
                                Map.of(
                                        "type",
                                        "CD",
                                        "opensOn",
                                        LocalDate.ofInstant(TestTime.now(), Demo.ZONE)
                                                .toString(),
                                        "closesOn",
                                        LocalDate.ofInstant(TestTime.now(), Demo.ZONE)
                                                .plusDays(40)
                                                .toString())));
        probes.put(
                "GET /api/international/projects/{id}/ballots",
                user -> api.as(user).get("/api/international/projects/" + f.intlProject.get() + "/ballots"));
        probes.put(
                "GET /api/international/ballots/{id}",
                user -> api.as(user).get("/api/international/ballots/" + f.intlBallot.get()));
        probes.put(
                "POST /api/international/ballots/{id}/comments",
                user -> api.as(user)
                        .post(
                                "/api/international/ballots/" + f.intlBallot.get() + "/comments",
                                Map.of("clause", "1", "type", "ed", "comment", "Matrix comment by " + user)));
        probes.put(
                "PUT /api/international/ballots/{id}/comments/{commentId}/decision",
                user -> api.as(user)
                        .put(
                                "/api/international/ballots/" + f.intlBallot.get() + "/comments/"
                                        + f.ballotComment.get() + "/decision",
                                Map.of("decision", "ACCEPTED")));
        probes.put("POST /api/international/ballots/{id}/dispositions", user -> {
            long[] ballot = f.positionedBallot.get();
            return ApiFixtures.afterClose(() -> api.as(user)
                    .post(
                            "/api/international/ballots/" + ballot[0] + "/dispositions",
                            Map.of("dispositions", List.of(Map.of("commentId", ballot[1], "disposition", "NOTED")))));
        });
        Map<String, String> organisations = new HashMap<>(Map.of("secretary2", "CCSA", "association", "CCIA"));
        probes.put(
                "POST /api/promotion/events",
                user -> api.as(user)
                        .post(
                                "/api/promotion/events",
                                f.promotionEventBody(
                                        organisations.getOrDefault(user, "CESI"), Duration.ofDays(30), "NONE")));
        probes.put("GET /api/promotion/events", user -> api.as(user).get("/api/promotion/events?programme=CLOUD-2025"));
        probes.put(
                "GET /api/promotion/events/{id}",
                user -> api.as(user).get("/api/promotion/events/" + f.promotionEvent.get()));
        probes.put(
                "PUT /api/promotion/events/{id}",
                user -> api.as(user)
                        .put(
                                "/api/promotion/events/" + f.promotionEvent.get(),
                                f.promotionEventBody("CESI", Duration.ofHours(-1), "EXAM")));
        probes.put(
                "POST /api/promotion/events/{id}/registrations",
                user -> api.as(user)
                        .post(
                                "/api/promotion/events/" + f.promotionEvent.get() + "/registrations",
                                Map.of(
                                        "name",
                                        "Matrix " + user + " " + ApiFixtures.newCode(""),
                                        "enterprise",
                                        "E-Cloud",
                                        "creditCode",
                                        "91110108MA01ECL0U5")));
        probes.put(
                "GET /api/promotion/events/{id}/registrations",
                user -> api.as(user).get("/api/promotion/events/" + f.promotionEvent.get() + "/registrations"));
        probes.put(
                "PUT /api/promotion/events/{id}/attendance",
                user -> api.as(user)
                        .put(
                                "/api/promotion/events/" + f.promotionEvent.get() + "/attendance",
                                Map.of("present", List.of(f.promotionRegistration.get()))));
        probes.put(
                "POST /api/promotion/events/{id}/attendance/import",
                user -> api.as(user)
                        .postRaw(
                                "/api/promotion/events/" + f.promotionEvent.get() + "/attendance/import",
                                "name,credit_code,present\n",
                                MediaType.parseMediaType("text/csv")));
        probes.put(
                "POST /api/promotion/events/{id}/exam-results",
                user -> api.as(user)
                        .post(
                                "/api/promotion/events/" + f.promotionEvent.get() + "/exam-results",
                                Map.of(
                                        "results",
                                        List.of(Map.of(
                                                "registrationId", f.promotionRegistration.get(), "score", 70)))));
        probes.put(
                "POST /api/promotion/events/{id}/certificates",
                user -> api.as(user).post("/api/promotion/events/" + f.endedEvent.get() + "/certificates", Map.of()));
        probes.put(
                "GET /api/promotion/events/{id}/certificates",
                user -> api.as(user).get("/api/promotion/events/" + f.endedEvent.get() + "/certificates"));
        probes.put(
                "GET /api/certificates/{number}", user -> api.as(user).get("/api/certificates/" + f.certificate.get()));
        probes.put(
                "GET /api/certificates/{number}/pdf",
                user -> api.as(user).get("/api/certificates/" + f.printedCertificate.get() + "/pdf"));
        probes.put(
                "POST /api/certificates/{number}/revocation",
                user -> api.as(user)
                        .post("/api/certificates/" + f.certificate.get() + "/revocation", Map.of("reason", "Matrix")));
        probes.put(
                "POST /api/conformity-results",
                user -> api.as(user).post("/api/conformity-results", f.conformityResult()));
        probes.put(
                "GET /api/conformity-results",
                user -> api.as(user).get("/api/conformity-results?programme=CLOUD-2025"));
        probes.put("POST /api/pilots", user -> api.as(user).post("/api/pilots", f.pilotBody()));
        probes.put(
                "GET /api/committees/{code}/dashboard",
                user -> api.as(user).get("/api/committees/TC28-SC38/dashboard"));
        probes.put("GET /api/approvals/dashboard", user -> api.as(user).get("/api/approvals/dashboard"));
        probes.put("GET /api/pilots", user -> api.as(user).get("/api/pilots?programme=CLOUD-2025"));
        probes.put("GET /api/pilots/{id}", user -> api.as(user).get("/api/pilots/" + f.pilot.get()));
        probes.put(
                "POST /api/pilots/{id}/letters",
                user -> api.as(user)
                        .upload("/api/pilots/" + f.pilot.get() + "/letters", Map.of(), "letter.pdf", Drafts.pdf()));
        probes.put(
                "GET /api/pilots/{id}/letters", user -> api.as(user).get("/api/pilots/" + f.pilot.get() + "/letters"));
        probes.put(
                "GET /api/pilots/{id}/letters/{letterId}/content",
                user -> api.as(user)
                        .get("/api/pilots/" + f.pilot.get() + "/letters/" + f.pilotLetter.get() + "/content"));
        probes.put(
                "GET /api/reports/promotion", user -> api.as(user).get("/api/reports/promotion?programme=CLOUD-2025"));
        probes.put(
                "GET /api/reports/international",
                user -> api.as(user).get("/api/reports/international?programme=CLOUD-2025"));
        probes.put("GET /api/experts", user -> api.as(user).get("/api/experts"));
        probes.put("GET /api/experts/{id}", user -> api.as(user).get("/api/experts/" + f.expert.get()));
        probes.put("POST /api/experts", user -> api.as(user).post("/api/experts", f.expert()));
        probes.put("PUT /api/experts/{id}", user -> api.as(user).put("/api/experts/" + f.expert.get(), f.expert()));
        String systemTables = "/api/programmes/CLOUD-2025/system-tables";
        probes.put(
                "GET /api/programmes/{programme}/system-tables",
                user -> api.as(user).get(systemTables));
        probes.put(
                "POST /api/programmes/{programme}/system-tables",
                user -> api.as(user)
                        .post(
                                systemTables,
                                Map.of("version", ApiFixtures.newCode("MV"), "titleEn", "Matrix", "titleZh", "矩阵")));
        probes.put(
                "GET /api/programmes/{programme}/system-tables/{version}",
                user -> api.as(user).get(systemTables + "/" + f.systemTable.get()));
        probes.put(
                "PUT /api/programmes/{programme}/system-tables/{version}",
                user -> api.as(user).put(systemTables + "/" + f.systemTable.get(), Map.of("titleEn", "Matrix again")));
        probes.put(
                "POST /api/programmes/{programme}/system-tables/{version}/nodes",
                user -> api.as(user)
                        .post(
                                systemTables + "/" + f.systemTable.get() + "/nodes",
                                Map.of(
                                        "code", ApiFixtures.newCode("MN"),
                                        "parent", "SRV",
                                        "nameEn", "Matrix node",
                                        "nameZh", "矩阵节点")));
        probes.put(
                "PUT /api/programmes/{programme}/system-tables/{version}/nodes/{code}",
                user -> api.as(user)
                        .put(
                                systemTables + "/" + f.systemTable.get() + "/nodes/SRV.IAAS",
                                Map.of(
                                        "code", "SRV.IAAS",
                                        "parent", "SRV",
                                        "nameEn", "Infrastructure as a service",
                                        "nameZh", "基础设施即服务")));
        probes.put(
                "POST /api/programmes/{programme}/system-tables/{version}/rows",
                user -> api.as(user).post(f.systemRows(), ApiFixtures.systemRow("Matrix row")));
        probes.put(
                "PUT /api/programmes/{programme}/system-tables/{version}/rows/{id}",
                user -> api.as(user)
                        .put(f.systemRows() + "/" + f.systemRow(false), ApiFixtures.systemRow("Matrix row renamed")));
        probes.put(
                "POST /api/programmes/{programme}/system-tables/{version}/rows/import",
                user -> api.as(user)
                        .postFile(
                                f.systemRows() + "/import",
                                "System number,Standard,Planned level\nSRV.IAAS,Matrix import,GB_T\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                MediaType.parseMediaType("text/csv")));
        probes.put(
                "POST /api/programmes/{programme}/system-tables/{version}/rows/{id}/acceptance",
                user -> api.as(user).post(f.systemRows() + "/" + f.proposedSystemRow() + "/acceptance", Map.of()));
        probes.put(
                "DELETE /api/programmes/{programme}/system-tables/{version}/rows/{id}",
                user -> api.as(user).delete(f.systemRows() + "/" + f.systemRow(false)));
        probes.put(
                "PUT /api/programmes/{programme}/system-tables/{version}/rows/{id}/standard",
                user -> api.as(user)
                        .put(
                                f.systemRows() + "/" + f.systemRow(false) + "/standard",
                                Map.of("standardId", f.freshDraft())));
        probes.put(
                "GET /api/programmes/{programme}/system-tables/{version}/rows/{id}/history",
                user -> api.as(user).get(f.systemRows() + "/" + f.systemRow(true) + "/history"));
        probes.put(
                "DELETE /api/programmes/{programme}/system-tables/{version}/rows/{id}/standard",
                user -> api.as(user).delete(f.systemRows() + "/" + f.systemRow(true) + "/standard"));
        probes.put(
                "GET /api/programmes/{programme}/system-tables/diff",
                user -> api.as(user)
                        .get(systemTables + "/diff?from=" + f.systemTable.get() + "&to=" + f.systemTable.get()));
        probes.put(
                "GET /api/programmes/{programme}/system-tables/{version}/export",
                user -> api.as(user).get(systemTables + "/" + f.systemTable.get() + "/export?format=csv"));
        probes.put(
                "GET /api/programmes/{programme}/system-tables/{version}/diagram.svg",
                user -> api.as(user).get(systemTables + "/" + f.systemTable.get() + "/diagram.svg"));
        probes.put(
                "GET /api/reports/system-gap",
                user -> api.as(user)
                        .get("/api/reports/system-gap?programme=CLOUD-2025&version=" + f.systemTable.get()));
        probes.put("GET /api/programmes/{code}", user -> api.as(user).get("/api/programmes/CLOUD-2025"));
        probes.put("GET /api/domains", user -> api.as(user).get("/api/domains"));
        probes.put("GET /api/committees", user -> api.as(user).get("/api/committees"));
        probes.put("GET /api/domains/{code}", user -> api.as(user).get("/api/domains/SEC.DATA"));
        probes.put("GET /api/committees/{code}", user -> api.as(user).get("/api/committees/TC28-SC38"));
        probes.put("GET /api/organisations", user -> api.as(user).get("/api/organisations"));
        probes.put("GET /api/organisations/{code}", user -> api.as(user).get("/api/organisations/CESI"));
        probes.put(
                "POST /api/imports/standards",
                user -> api.as(user)
                        .postFile(
                                "/api/imports/standards?programme=CLOUD-2025&dryRun=true",
                                "title,type,domain,committee,stage,stage_entered_on\nMatrix import,GB_T,SRV.IAAS,TC28-SC38,PRELIMINARY,2026-01-05\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                MediaType.parseMediaType("text/csv")));
        probes.put(
                "GET /api/imports/standards/template",
                user -> api.as(user).get("/api/imports/standards/template?programme=CLOUD-2025&format=csv"));
        probes.put("POST /api/programmes", user -> api.as(user).post("/api/programmes", programme(newCode("MP"))));
        probes.put(
                "PUT /api/programmes/{code}",
                user -> api.as(user)
                        .put("/api/programmes/" + f.programme.get(), withoutCode(programme(f.programme.get()))));
        probes.put("POST /api/domains", user -> api.as(user).post("/api/domains", names(newCode("MD"))));
        probes.put(
                "PUT /api/domains/{code}",
                user -> api.as(user)
                        .put(
                                "/api/domains/" + f.domain.get(),
                                Map.of("nameEn", "Matrix", "nameZh", "矩阵", "position", 900, "retired", false)));
        probes.put(
                "POST /api/committees",
                user -> api.as(user).post("/api/committees", with(names(newCode("MC")), "level", "NATIONAL")));
        probes.put(
                "PUT /api/committees/{code}",
                user -> api.as(user)
                        .put("/api/committees/" + f.committee.get(), withoutCode(names(f.committee.get()))));
        probes.put("POST /api/organisations", user -> api.as(user).post("/api/organisations", names(newCode("MO"))));
        probes.put(
                "PUT /api/organisations/{code}",
                user -> api.as(user)
                        .put("/api/organisations/" + f.organisation.get(), withoutCode(names(f.organisation.get()))));
        probes.put("GET /api/standards", user -> api.as(user).get("/api/standards"));
        probes.put(
                "GET /api/standards/{id} (in development)",
                user -> api.as(user).get("/api/standards/" + f.draft.get()));
        probes.put(
                "GET /api/standards/{id} (published)", user -> api.as(user).get("/api/standards/" + f.published.get()));
        probes.put(
                "POST /api/standards",
                user -> api.as(user)
                        .post("/api/standards", journeys.nationalStandard("Matrix " + SERIAL.incrementAndGet())));
        probes.put(
                "POST /api/standards/{id}/cancel",
                user -> api.as(user)
                        .post("/api/standards/" + f.freshDraft() + "/cancel", Map.of("reason", "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/comments",
                user -> api.as(user).get("/api/standards/" + f.draft.get() + "/comments"));
        probes.put(
                "GET /api/standards/{id}/comments/{commentId}",
                user -> api.as(user).get("/api/standards/" + f.consulting.get() + "/comments/" + f.comment.get()));
        probes.put(
                "POST /api/standards/{id}/comments",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.consulting.get() + "/comments",
                                Map.of("clause", "1", "type", "GENERAL", "text", "Matrix check")));
        probes.put(
                "POST /api/standards/{id}/comments (recorded from a channel)",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.consulting.get() + "/comments",
                                Map.of(
                                        "clause",
                                        "1",
                                        "type",
                                        "GENERAL",
                                        "text",
                                        "Matrix check",
                                        "organisation",
                                        "Ministry of Matrices",
                                        "channel",
                                        "LETTER")));
        probes.put(
                "POST /api/standards/{id}/comments/import",
                user -> api.as(user)
                        .postFile(
                                "/api/standards/" + f.consulting.get() + "/comments/import",
                                ("Clause,Comment,Organisation,Channel\r\n1,Matrix check,Ministry of Matrices,Letter\r\n")
                                        .getBytes(StandardCharsets.UTF_8),
                                MediaType.parseMediaType("text/csv")));
        probes.put(
                "PUT /api/standards/{id}/comments/{commentId}/resolution",
                user -> api.as(user)
                        .put(
                                "/api/standards/" + f.consulting.get() + "/comments/" + f.comment.get() + "/resolution",
                                Map.of("resolution", "ACCEPTED")));
        String patents = "/api/standards/" + "%d" + "/patent-disclosures";
        probes.put(
                "POST /api/standards/{id}/patent-disclosures",
                user -> api.as(user).post(patents.formatted(f.draft.get()), f.patentDisclosure("FREE")));
        probes.put(
                "GET /api/standards/{id}/patent-disclosures",
                user -> api.as(user).get(patents.formatted(f.draft.get())));
        probes.put(
                "PUT /api/standards/{id}/patent-disclosures/{disclosureId}",
                user -> api.as(user)
                        .put(
                                patents.formatted(f.draft.get()) + "/" + f.newPatentDisclosure("FREE"),
                                f.patentDisclosure("FAIR_REASONABLE_NON_DISCRIMINATORY")));
        probes.put(
                "POST /api/standards/{id}/patent-disclosures/{disclosureId}/withdrawal",
                user -> api.as(user)
                        .post(
                                patents.formatted(f.draft.get()) + "/" + f.newPatentDisclosure("FREE") + "/withdrawal",
                                Map.of("reason", "Matrix")));
        probes.put(
                "POST /api/standards/{id}/patent-disclosures/{disclosureId}/decision",
                user -> api.as(user)
                        .post(
                                patents.formatted(f.draft.get()) + "/" + f.newPatentDisclosure("REFUSED") + "/decision",
                                Map.of("outcome", "DRAFT_AVOIDS_PATENT", "reason", "Matrix")));
        probes.put("GET /api/public/standards", user -> api.as(user).get("/api/public/standards?size=5"));
        probes.put(
                "GET /api/public/standards/{id}",
                user -> api.as(user).get("/api/public/standards/" + f.promotedStandard.get()));
        probes.put(
                "GET /api/public/standards/{id}/text",
                user -> api.as(user).get("/api/public/standards/" + f.publicText.get() + "/text"));
        String claims = "/api/standards/%d/duplication-claims";
        probes.put(
                "POST /api/standards/{id}/duplication-claims",
                user -> api.as(user)
                        .post(
                                claims.formatted(f.commentedProposal.get()),
                                Map.of("existingNumber", "GB/T 1", "reason", "Matrix")));
        probes.put(
                "GET /api/standards/{id}/duplication-claims",
                user -> api.as(user).get(claims.formatted(f.commentedProposal.get())));
        probes.put(
                "PUT /api/standards/{id}/duplication-claims/{claimId}",
                user -> api.as(user)
                        .put(
                                claims.formatted(f.commentedProposal.get()) + "/" + f.newDuplicationClaim(),
                                Map.of("deliberation", "NOT_A_DUPLICATE", "reason", "Matrix")));
        probes.put("POST /api/webhooks", user -> api.as(user).post("/api/webhooks", f.webhookBody()));
        probes.put("GET /api/webhooks", user -> api.as(user).get("/api/webhooks"));
        probes.put("DELETE /api/webhooks/{id}", user -> api.as(user).delete("/api/webhooks/" + f.newWebhook()));
        probes.put(
                "GET /api/webhooks/{id}/deliveries",
                user -> api.as(user).get("/api/webhooks/" + f.newWebhook() + "/deliveries"));
        probes.put("POST /api/liaisons", user -> api.as(user).post("/api/liaisons", f.liaisonBody()));
        probes.put("GET /api/liaisons", user -> api.as(user).get("/api/liaisons"));
        probes.put("GET /api/liaisons/{id}", user -> api.as(user).get("/api/liaisons/" + f.liaison.get()));
        probes.put(
                "POST /api/liaisons/{id}/response",
                user -> api.as(user)
                        .post("/api/liaisons/" + f.newLiaison() + "/response", Map.of("response", "Matrix")));
        probes.put(
                "POST /api/liaisons/{id}/documents",
                user -> api.as(user)
                        .upload(
                                "/api/liaisons/" + f.liaison.get() + "/documents",
                                Map.of("kind", "LIAISON_RESPONSE"),
                                "response.pdf",
                                Drafts.pdf()));
        probes.put(
                "GET /api/liaisons/{id}/documents",
                user -> api.as(user).get("/api/liaisons/" + f.liaison.get() + "/documents"));
        probes.put(
                "GET /api/liaisons/{id}/documents/{documentId}/content",
                user -> api.as(user)
                        .get("/api/liaisons/" + f.liaison.get() + "/documents/" + f.liaisonDocument.get()
                                + "/content"));
        probes.put("GET /api/patent-disclosures", user -> api.as(user).get("/api/patent-disclosures?holder=matrix"));
        probes.put(
                "POST /api/standards/{id}/documents",
                user -> api.as(user)
                        .upload(
                                "/api/standards/" + f.draft.get() + "/documents",
                                Map.of("kind", "WORKING_DRAFT"),
                                "matrix.docx",
                                Drafts.docx("Matrix check")));
        probes.put(
                "GET /api/standards/{id}/documents",
                user -> api.as(user).get("/api/standards/" + f.documented.get() + "/documents"));
        probes.put(
                "GET /api/standards/{id}/documents/{documentId}",
                user -> api.as(user).get(f.document.get()));
        probes.put(
                "GET /api/standards/{id}/documents/{documentId}/content (a draft)",
                user -> api.as(user).get(f.document.get() + "/content"));
        probes.put(
                "GET /api/standards/{id}/documents/{documentId}/content (the published text)",
                user -> api.as(user).get(f.publishedText.get() + "/content"));
        probes.put(
                "GET /api/standards/{id}/documents/{documentId}/diff",
                user -> api.as(user).get(f.document.get() + "/diff?to=" + f.secondVersion.get()));
        probes.put(
                "GET /api/standards/{id}/resolution-table",
                user -> api.as(user).get("/api/standards/" + f.documented.get() + "/resolution-table?format=csv"));
        probes.put(
                "GET /api/standards/{id}/package (submitted)",
                user -> api.as(user).get("/api/standards/" + f.submitted.get() + "/package"));
        probes.put(
                "GET /api/standards/{id}/submissions",
                user -> api.as(user).get("/api/standards/" + f.submitted.get() + "/submissions"));
        probes.put(
                "POST /api/standards/{id}/extension-requests",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.developing.get() + "/extension-requests",
                                Map.of("newDueDate", f.extendedDueDate.get(), "reason", "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/proposal-support",
                user -> api.as(user).get("/api/standards/" + f.proposed.get() + "/proposal-support"));
        probes.put(
                "POST /api/standards/{id}/proposal-support",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.proposed.get() + "/proposal-support",
                                Map.of("position", "SUPPORT")));
        probes.put(
                "GET /api/standards/{id}/proposal-comments",
                user -> api.as(user).get("/api/standards/" + f.commented.get() + "/proposal-comments"));
        probes.put(
                "POST /api/standards/{id}/proposal-comments",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.commented.get() + "/proposal-comments",
                                Map.of("organisation", "Matrix Institute", "source", "EMAIL", "text", "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/amendments (a published standard)",
                user -> api.as(user).get("/api/standards/" + f.published.get() + "/amendments"));
        probes.put(
                "POST /api/standards/{id}/amendments",
                user -> api.as(user)
                        .post("/api/standards/" + f.published.get() + "/amendments", Map.of("reason", "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/amendments/{sequence}/comments",
                user -> api.as(user)
                        .get("/api/standards/" + f.published.get() + "/amendments/" + f.amended.get() + "/comments"));
        probes.put(
                "POST /api/standards/{id}/amendments/{sequence}/comments",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.published.get() + "/amendments/" + f.amended.get() + "/comments",
                                Map.of(
                                        "organisation",
                                        "Matrix Institute",
                                        "channel",
                                        "EMAIL",
                                        "text",
                                        "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/translations (a published standard)",
                user -> api.as(user).get("/api/standards/" + f.published.get() + "/translations"));
        probes.put(
                "POST /api/standards/{id}/translations",
                user -> api.as(user)
                        .post("/api/standards/" + f.published.get() + "/translations", Map.of("language", "fr")));
        probes.put(
                "POST /api/standards/{id}/translations/{language}/submission",
                user -> api.as(user)
                        .post("/api/standards/" + f.translated.get() + "/translations/en/submission", Map.of()));
        probes.put(
                "GET /api/committees/{code}/review-batches/{year}",
                user -> api.as(user).get(reviewBatch(f)));
        probes.put(
                "POST /api/committees/{code}/review-batches/{year}/submission",
                user -> api.as(user).post(reviewBatch(f) + "/submission", Map.of()));
        probes.put(
                "POST /api/committees/{code}/review-batches/{year}/endorsement",
                user -> api.as(user).post(reviewBatch(f) + "/endorsement", Map.of()));
        probes.put(
                "POST /api/committees/{code}/review-batches/{year}/decision",
                user -> api.as(user)
                        .post(
                                reviewBatch(f) + "/decision",
                                ApiFixtures.reviewDecision(f.reviewBatch.get().get(2))));
        probes.put(
                "GET /api/standards/{id}/work-plan",
                user -> api.as(user).get("/api/standards/" + f.proposed.get() + "/work-plan"));
        probes.put(
                "PUT /api/standards/{id}/work-plan",
                user -> api.as(user).put("/api/standards/" + f.proposed.get() + "/work-plan", ApiFixtures.workPlan()));
        probes.put(
                "GET /api/standards/{id}/review-meetings",
                user -> api.as(user).get("/api/standards/" + f.meeting.get() + "/review-meetings"));
        probes.put(
                "PUT /api/standards/{id}/review-meeting",
                user -> api.as(user)
                        .put("/api/standards/" + f.meeting.get() + "/review-meeting", ApiFixtures.meetingSchedule()));
        probes.put(
                "PUT /api/standards/{id}/review-meeting/attendance",
                user -> api.as(user)
                        .put(
                                "/api/standards/" + f.meeting.get() + "/review-meeting/attendance",
                                Map.of("present", List.of("reviewer1", "reviewer2"))));
        probes.put(
                "POST /api/standards/{id}/review-meeting/votes",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.meeting.get() + "/review-meeting/votes",
                                Map.of("vote", "APPROVE")));
        probes.put(
                "POST /api/standards/{id}/review-meeting/votes (entered on paper)",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.meeting.get() + "/review-meeting/votes",
                                Map.of("vote", "APPROVE", "member", "reviewer2")));
        probes.put(
                "POST /api/standards/{id}/plan-changes",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.planned.get() + "/plan-changes",
                                Map.of("kind", "TERMINATION", "reason", "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/plan-changes",
                user -> api.as(user).get("/api/standards/" + f.planned.get() + "/plan-changes"));
        probes.put(
                "GET /api/standards/{id}/extension-requests",
                user -> api.as(user).get("/api/standards/" + f.developing.get() + "/extension-requests"));
        probes.put(
                "GET /api/standards/{id}/ballots",
                user -> api.as(user).get("/api/standards/" + f.draft.get() + "/ballots"));
        probes.put(
                "GET /api/standards/{id}/audit",
                user -> api.as(user).get("/api/standards/" + f.draft.get() + "/audit"));
        probes.put(
                "POST /api/standards/{id}/adoptions (published)",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.published.get() + "/adoptions",
                                adoption(
                                        "enterprise1".equals(user)
                                                ? "91110108MA01ECL0U5"
                                                : "association".equals(user) ? TENCENT : HUAWEI)));
        probes.put(
                "GET /api/standards/{id}/adoptions (published)",
                user -> api.as(user).get("/api/standards/" + f.published.get() + "/adoptions"));
        probes.put(
                "GET /api/standards/{id}/references (in development)",
                user -> api.as(user).get("/api/standards/" + f.draft.get() + "/references"));
        probes.put(
                "POST /api/standards/{id}/references (in development)",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.draft.get() + "/references",
                                Map.of("kind", "INFORMATIVE", "reference", "ISO " + SERIAL.incrementAndGet())));
        probes.put("DELETE /api/standards/{id}/references/{referenceId} (in development)", user -> {
            long reference = api.as("secretary")
                    .post(
                            "/api/standards/" + f.draft.get() + "/references",
                            Map.of("kind", "INFORMATIVE", "reference", "ISO " + SERIAL.incrementAndGet()))
                    .get("id")
                    .asLong();
            return api.as(user).delete("/api/standards/" + f.draft.get() + "/references/" + reference);
        });
        probes.put("GET /api/adoptions", user -> api.as(user).get("/api/adoptions"));
        probes.put("GET /api/tasks", user -> api.as(user).get("/api/tasks"));
        probes.put(
                "GET /api/tasks/{id} (a secretariat task)",
                user -> api.as(user).get("/api/tasks/" + f.secretariatTask.get()));
        probes.put(
                "POST /api/tasks/{id}/claim",
                user -> api.as(user).post("/api/tasks/" + f.secretariatTask() + "/claim", Map.of()));
        probes.put("POST /api/tasks/{id}/unclaim", user -> {
            String task = f.secretariatTask();
            api.as("secretary").post("/api/tasks/" + task + "/claim", Map.of());
            return api.as(user).post("/api/tasks/" + task + "/unclaim", Map.of());
        });
        probes.put(
                "POST /api/tasks/{id}/complete",
                user -> api.as(user).post("/api/tasks/" + f.secretariatTask() + "/complete", Map.of()));
        probes.put(
                "GET /api/tasks/{id} (an approver task)",
                user -> api.as(user).get("/api/tasks/" + f.approverTask.get()));
        probes.put(
                "GET /api/tasks/{id} (a competent department task)",
                user -> api.as(user).get("/api/tasks/" + f.competentDepartmentTask()));
        probes.put(
                "POST /api/tasks/{id}/complete (a competent department task)",
                user -> api.as(user)
                        .post("/api/tasks/" + f.competentDepartmentTask() + "/complete", Map.of("outcome", "APPROVE")));
        probes.put("GET /api/reports/stages", user -> api.as(user).get("/api/reports/stages?programme=CLOUD-2025"));
        probes.put("GET /api/reports/targets", user -> api.as(user).get("/api/reports/targets?programme=CLOUD-2025"));
        probes.put(
                "GET /api/reports/forecast-calibration",
                user -> api.as(user)
                        .get("/api/reports/forecast-calibration?programme=CLOUD-2025&horizon=P6M&every=P3M"));
        probes.put("GET /api/reports/adoption", user -> api.as(user).get("/api/reports/adoption?programme=CLOUD-2025"));
        probes.put(
                "GET /api/reports/cycle-times",
                user -> api.as(user).get("/api/reports/cycle-times?programme=CLOUD-2025"));
        probes.put("GET /api/reports/overdue", user -> api.as(user).get("/api/reports/overdue?programme=CLOUD-2025"));
        probes.put("GET /api/users", user -> api.as(user).get("/api/users"));
        probes.put("GET /api/users/{username}", user -> api.as(user).get("/api/users/" + f.account.get()));
        probes.put(
                "POST /api/users",
                user -> api.as(user)
                        .post(
                                "/api/users",
                                Map.of(
                                        "username",
                                        "matrix" + SERIAL.incrementAndGet(),
                                        "displayName",
                                        "Matrix check",
                                        "password",
                                        "a-long-enough-password",
                                        "roles",
                                        List.of(Map.of("role", "OBSERVER")))));
        probes.put(
                "POST /api/users/{username}/password",
                user -> api.as(user)
                        .post(
                                "/api/users/" + f.account.get() + "/password",
                                Map.of("password", "a-long-enough-password")));
        probes.put(
                "PUT /api/users/{username}/email",
                user -> api.as(user).put("/api/users/" + f.account.get() + "/email", Map.of("email", "m@example.org")));
        probes.put(
                "PUT /api/users/{username}/roles",
                user -> api.as(user)
                        .put("/api/users/" + f.account.get() + "/roles", List.of(Map.of("role", "OBSERVER"))));
        probes.put(
                "POST /api/users/{username}/disable",
                user -> api.as(user).post("/api/users/" + f.account.get() + "/disable", Map.of()));
        probes.put(
                "POST /api/users/{username}/enable",
                user -> api.as(user).post("/api/users/" + f.account.get() + "/enable", Map.of()));
        probes.put("GET /api/me/notifications", user -> api.as(user).get("/api/me/notifications"));
        probes.put(
                "PUT /api/me/notifications",
                user -> api.as(user).put("/api/me/notifications", Map.of("email", "IMMEDIATE")));
        probes.put("GET /api/me/notifications/inbox", user -> api.as(user).get("/api/me/notifications/inbox"));
        probes.put(
                "POST /api/me/notifications/inbox/{id}/read (the user's own notification)",
                user -> api.as(user)
                        .post(
                                "/api/me/notifications/inbox/" + (user == null ? 1 : f.notificationOf(user)) + "/read",
                                Map.of()));
        probes.put(
                "POST /api/me/notifications/inbox/read",
                user -> api.as(user).post("/api/me/notifications/inbox/read", Map.of()));
        probes.put(
                "POST /api/standards/{id}/watch (in development)",
                user -> api.as(user).post("/api/standards/" + f.draft.get() + "/watch", Map.of()));
        probes.put(
                "DELETE /api/standards/{id}/watch (in development)",
                user -> api.as(user).delete("/api/standards/" + f.draft.get() + "/watch"));
        probes.put(
                "POST /api/committees/{code}/watch",
                user -> api.as(user).post("/api/committees/TC28-SC38/watch", Map.of()));
        probes.put(
                "DELETE /api/committees/{code}/watch", user -> api.as(user).delete("/api/committees/TC28-SC38/watch"));
        probes.put("GET /api/me/watches", user -> api.as(user).get("/api/me/watches"));
        probes.put("POST /api/me/feed-token", user -> api.as(user).post("/api/me/feed-token", Map.of()));
        probes.put("DELETE /api/me/feed-token", user -> api.as(user).delete("/api/me/feed-token"));
        probes.put(
                "GET /feeds/{token}/deadlines.ics (the user's own token)",
                user -> api.as(null).get("/feeds/" + f.feedToken(user) + "/deadlines.ics"));
        probes.put(
                "GET /feeds/{token}/standards/{id}.atom (the user's own token, in development)",
                user -> api.as(null).get("/feeds/" + f.feedToken(user) + "/standards/" + f.draft.get() + ".atom"));
        probes.put(
                "GET /feeds/{token}/committees/{code}.atom (the user's own token)",
                user -> api.as(null).get("/feeds/" + f.feedToken(user) + "/committees/TC28-SC38.atom"));
        probes.put("GET /actuator/health/readiness", user -> api.as(user).get("/actuator/health/readiness"));
        probes.put("GET /actuator/prometheus", user -> api.as(user).get("/actuator/prometheus"));
        probes.put("/engine-rest/**", user -> api.as(user).get("/engine-rest/process-definition"));
        probes.put(
                "/camunda/** (Cockpit, Tasklist, Admin)", user -> api.as(user).get("/camunda/app/cockpit/default/"));
        return probes;
    }

    /** The rows between the matrix markers: endpoint label -> one cell per role column. */
    static Map<String, List<String>> readMatrix() throws IOException {
        String text = Files.readString(Path.of("docs/authorization-matrix.md"));
        String table = text.substring(
                text.indexOf("<!-- authorization-matrix:start -->"), text.indexOf("<!-- authorization-matrix:end -->"));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            List<String> cells = Arrays.stream(line.split("\\|"))
                    .map(String::trim)
                    .filter(c -> !c.isEmpty())
                    .toList();
            String endpoint = cells.get(0).replaceFirst("^`([^`]*)`", "$1");
            assertThat(cells).as(line).hasSize(1 + USERS.size());
            rows.put(endpoint, cells.subList(1, cells.size()));
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
