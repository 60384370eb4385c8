package org.stdtrack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.api.ApiFixtures.HUAWEI;
import static org.stdtrack.api.ApiFixtures.adoption;
import static org.stdtrack.api.ApiFixtures.names;
import static org.stdtrack.api.ApiFixtures.newCode;
import static org.stdtrack.api.ApiFixtures.programme;
import static org.stdtrack.api.ApiFixtures.with;
import static org.stdtrack.api.ApiFixtures.withoutCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardType;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.TestTime;

/**
 * The published API contract (docs/api.md, "API contract"): a valid OpenAPI document that lists exactly the
 * operations of the authorization matrix (docs/authorization-matrix.md), refuses in problem details, and whose documented limits
 * are the ones the API enforces, each tried just past the limit and at it.
 */
@OnH2
class ApiContractTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiDocument contract;

    @BeforeEach
    void fetchContract() {
        contract = ApiDocument.fetch(api);
    }

    @Test
    void isAValidOpenApiDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(contract.text(), null, options);
        assertThat(parsed.getMessages()).as("the parser's complaints").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).isEqualTo("stdtrack API");
    }

    @Test
    void isForSignedInUsers() {
        assertThat(api.as(null).get("/v3/api-docs").status()).isEqualTo(401);
        Api.FileResponse anonymousUi = api.as(null).fetch("/swagger-ui/index.html");
        assertThat(anonymousUi.status()).isEqualTo(302);
        assertThat(anonymousUi.header("Location")).endsWith("/login");
        Api.FileResponse ui = api.as("enterprise1").fetch("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger-ui");
        assertThat(api.as("enterprise1").fetch("/swagger-ui.html").header("Location"))
                .endsWith("/swagger-ui/index.html");
        // The UI reads the contract from where it is published.
        assertThat(api.as("enterprise1").fetch("/v3/api-docs/swagger-config").text())
                .contains("\"url\":\"/v3/api-docs\"");
    }

    @Test
    void listsExactlyTheOperationsOfTheAuthorizationMatrix() throws IOException {
        Set<String> matrix = new HashSet<>();
        AuthorizationMatrixTest.readMatrix().keySet().stream()
                .filter(ApiDocument::isTrackerOperation)
                .map(row -> row.split(" "))
                .forEach(row -> matrix.add(ApiDocument.key(row[0], row[1])));
        assertThat(contract.operations().keySet()).containsExactlyInAnyOrderElementsOf(matrix);
    }

    @Test
    void everyOperationIsSecuredAndRefusesWithProblemDetails() {
        JsonNode basic =
                contract.root().path("components").path("securitySchemes").path("basicAuth");
        assertThat(basic.path("type").asText()).isEqualTo("http");
        assertThat(basic.path("scheme").asText()).isEqualTo("basic");
        assertThat(contract.root().path("security").get(0).has("basicAuth")).isTrue();
        JsonNode problem = contract.root().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("field")).isTrue();
        assertThat(problem.path("properties").has("detail")).isTrue();

        contract.operations().forEach((key, operation) -> {
            boolean feed = key.contains(" /feeds/");
            // A feed's token is its credential; everything else needs the account (the document's default).
            assertThat(operation.has("security") && operation.get("security").isEmpty())
                    .as(key + " without an account")
                    .isEqualTo(feed);
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("401")).as(key + " lists 401").isEqualTo(!feed);
            assertThat(responses.has("406")).as(key + " lists 406").isTrue();
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue()
                                    .path("content")
                                    .path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asText())
                            .as(key + " " + response.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                } else {
                    assertThat(response.getKey()).as(key).matches("2\\d\\d");
                }
            });
            if (operation.has("requestBody")) {
                assertThat(responses.has("413") && responses.has("415") && responses.has("422"))
                        .as(key + " takes a body")
                        .isTrue();
            }
        });
    }

    @Test
    void enumerationsListTheirValuesAndTimesTheirFormats() {
        JsonNode registration = schema("StandardRegistration");
        assertThat(values(registration.path("properties").path("type").path("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(StandardType.values()).map(Enum::name).toList());
        JsonNode summary = contract.resolve(contract.operations()
                .get("GET /api/standards/{}")
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema"));
        assertThat(values(summary.path("properties").path("stage").path("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Stage.values()).map(Enum::name).toList());
        assertThat(summary.path("properties")
                        .path("publicationDate")
                        .path("format")
                        .asText())
                .isEqualTo("date");
        assertThat(summary.path("properties")
                        .path("developmentDueAt")
                        .path("format")
                        .asText())
                .isEqualTo("date-time");
    }

    /**
     * Springdoc names a schema after its Java type's simple name: two types of one name would share one
     * schema, and the document would describe one of them wrongly.
     */
    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        mappings.getHandlerMethods().values().stream()
                .filter(method -> method.getBeanType().getPackageName().startsWith("org.stdtrack"))
                .forEach(method -> {
                    collect(method.getReturnType().getGenericParameterType(), byName, new HashSet<>());
                    for (MethodParameter parameter : method.getMethodParameters()) {
                        if (parameter.hasParameterAnnotation(RequestBody.class)) {
                            collect(parameter.getGenericParameterType(), byName, new HashSet<>());
                        }
                    }
                });
        assertThat(byName).isNotEmpty();
        byName.forEach(
                (name, types) -> assertThat(types).as("types named " + name).hasSize(1));
    }

    /** Every documented limit: just past it the API refuses naming the field; at it, the limit is not the reason. */
    @TestFactory
    Stream<DynamicTest> everyDocumentedLimitIsTheOneEnforced() {
        Map<String, Call> calls = calls(new ApiFixtures(journeys, api, jdbc));
        List<Limit> limits = documentedLimits();
        assertThat(limits).hasSizeGreaterThan(50);
        List<DynamicTest> tests = new ArrayList<>();
        for (Limit limit : limits) {
            tests.add(DynamicTest.dynamicTest(limit.toString(), () -> {
                Call call = calls.get(limit.operation());
                assertThat(call).as("a valid request to try " + limit + " on").isNotNull();
                Api.Response past = call.with(limit, limit.pastIt());
                assertThat(past.status()).as(limit + " past it: " + past.body()).isEqualTo(limit.refusal());
                assertThat(past.text("field")).as(limit + ": " + past.body()).isEqualTo(call.field(limit));
                limit.atIt().ifPresent(value -> {
                    Api.Response at = call.with(limit, value);
                    boolean refusedForTheLimit = call.field(limit).equals(at.text("field"))
                            && String.valueOf(at.text("detail"))
                                    .matches(".*(size must be|must be (less|greater) than).*");
                    assertThat(refusedForTheLimit)
                            .as(limit + " at it: " + at.body())
                            .isFalse();
                });
            }));
        }
        return tests.stream();
    }

    // ---- the limits the document states ----------------------------------------------------------------

    /** One limit of one field of one operation. */
    record Limit(String operation, boolean inQuery, String field, String kind, JsonNode value, JsonNode schema) {

        int refusal() {
            return inQuery ? 400 : 422;
        }

        Object pastIt() {
            return switch (kind) {
                case "maxLength" -> "A".repeat(value.asInt() + 1);
                case "minLength" -> "A".repeat(value.asInt() - 1);
                case "maximum" -> value.asLong() + 1;
                case "minimum" -> value.asLong() - 1;
                case "pattern" -> "!";
                case "maxItems" -> value.asInt() + 1;
                default -> throw new IllegalStateException(kind);
            };
        }

        /** A value at the limit where one can be made without knowing what else the field means. */
        java.util.Optional<Object> atIt() {
            return switch (kind) {
                case "maxLength" -> java.util.Optional.of("A".repeat(value.asInt()));
                case "maximum" -> java.util.Optional.of(value.asLong());
                case "minimum" -> java.util.Optional.of(value.asLong());
                case "maxItems" -> java.util.Optional.of(value.asInt());
                default -> java.util.Optional.empty();
            };
        }

        @Override
        public String toString() {
            return operation + " " + field + " " + kind + " " + value;
        }
    }

    private List<Limit> documentedLimits() {
        List<Limit> limits = new ArrayList<>();
        contract.operations().forEach((key, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    addLimits(limits, key, true, parameter.path("name").asText(), parameter.path("schema"));
                }
            }
            JsonNode body = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            if (!body.isMissingNode()) {
                walk(limits, key, "", contract.resolve(body));
            }
        });
        return limits;
    }

    private void walk(List<Limit> limits, String operation, String prefix, JsonNode schema) {
        if ("array".equals(schema.path("type").asText())) {
            addLimits(limits, operation, false, prefix, schema);
            JsonNode items = schema.path("items");
            if (items.has("$ref")) {
                walk(limits, operation, prefix + "[0]", contract.resolve(items));
            }
            return;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            String field = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode value = property.getValue();
            if (value.has("$ref") || "array".equals(value.path("type").asText())) {
                walk(limits, operation, field, contract.resolve(value));
            } else {
                addLimits(limits, operation, false, field, value);
            }
        });
    }

    private static void addLimits(List<Limit> limits, String operation, boolean query, String field, JsonNode schema) {
        for (String kind : List.of("maxLength", "minLength", "maximum", "minimum", "pattern", "maxItems")) {
            JsonNode value = schema.get(kind);
            boolean trivial = kind.equals("minLength") && value != null && value.asInt() == 0;
            if (value != null && !trivial) {
                limits.add(new Limit(operation, query, field, kind, value, schema));
            }
        }
    }

    // ---- a valid request for each operation that has limits ----------------------------------------------

    /** A valid request of one operation, made with one field changed. */
    private interface Call {
        Api.Response with(Limit limit, Object value);

        /** The name the API gives the field at fault. */
        default String field(Limit limit) {
            return limit.field();
        }
    }

    private Map<String, Call> calls(ApiFixtures f) {
        Map<String, Call> calls = new HashMap<>();
        body(calls, "POST /api/standards", "secretary", () -> "/api/standards", () -> {
            Map<String, Object> body = journeys.nationalStandard("Contract " + newCode("S"));
            body.put("international", new LinkedHashMap<>(Map.of("reference", "ISO/IEC 17788:2014", "degree", "MOD")));
            body.put("track", "CONVERSION");
            body.put("source", new LinkedHashMap<>(Map.of("number", "YD/T 3764-2020")));
            return body;
        });
        body(
                calls,
                "POST /api/standards/{}/cancel",
                "secretary",
                () -> "/api/standards/" + f.freshDraft() + "/cancel",
                () -> Map.of("reason", "Contract check"));
        body(
                calls,
                "POST /api/standards/{}/comments",
                "reviewer1",
                () -> "/api/standards/" + f.consulting.get() + "/comments",
                () -> Map.of("clause", "1", "type", "GENERAL", "text", "Contract check", "proposedChange", "None"));
        body(
                calls,
                "PUT /api/standards/{}/comments/{}/resolution",
                "drafter",
                () -> "/api/standards/" + f.consulting.get() + "/comments/" + f.comment.get() + "/resolution",
                () -> Map.of("resolution", "ACCEPTED", "reason", "Agreed"));
        body(
                calls,
                "POST /api/standards/{}/adoptions",
                "admin",
                () -> "/api/standards/" + f.published.get() + "/adoptions",
                () -> adoption(HUAWEI));
        body(
                calls,
                "POST /api/standards/{}/extension-requests",
                "secretary",
                () -> "/api/standards/" + f.developing.get() + "/extension-requests",
                () -> Map.of("newDueDate", f.extendedDueDate.get(), "reason", "Contract check"));
        body(
                calls,
                "POST /api/standards/{}/proposal-comments",
                "secretary",
                () -> "/api/standards/" + f.commented.get() + "/proposal-comments",
                () -> Map.of("organisation", "Contract Institute", "source", "LETTER", "text", "Contract check"));
        body(
                calls,
                "POST /api/standards/{}/amendments",
                "secretary",
                () -> "/api/standards/" + f.published.get() + "/amendments",
                () -> Map.of("reason", "Contract check"));
        body(
                calls,
                "POST /api/standards/{}/amendments/{}/comments",
                "secretary",
                () -> "/api/standards/" + f.published.get() + "/amendments/" + f.amended.get() + "/comments",
                () -> Map.of("organisation", "Contract Institute", "channel", "LETTER", "text", "Contract check"));
        body(
                calls,
                "POST /api/standards/{}/translations",
                "secretary",
                () -> "/api/standards/" + f.published.get() + "/translations",
                () -> Map.of("language", "de"));
        body(
                calls,
                "POST /api/committees/{}/review-batches/{}/decision",
                "sac",
                () -> "/api/committees/" + Demo.NATIONAL + "/review-batches/"
                        + LocalDate.ofInstant(TestTime.now(), Demo.ZONE).getYear() + "/decision",
                () -> ApiFixtures.reviewDecision(f.reviewBatch.get().get(2)));
        body(
                calls,
                "PUT /api/standards/{}/work-plan",
                "secretary",
                () -> "/api/standards/" + f.proposed.get() + "/work-plan",
                ApiFixtures::workPlan);
        body(
                calls,
                "PUT /api/standards/{}/review-meeting",
                "secretary",
                () -> "/api/standards/" + f.meeting.get() + "/review-meeting",
                ApiFixtures::meetingSchedule);
        body(
                calls,
                "PUT /api/standards/{}/review-meeting/attendance",
                "secretary",
                () -> "/api/standards/" + f.meeting.get() + "/review-meeting/attendance",
                () -> Map.of("present", List.of("reviewer1")));
        body(
                calls,
                "POST /api/standards/{}/review-meeting/votes",
                "secretary",
                () -> "/api/standards/" + f.meeting.get() + "/review-meeting/votes",
                () -> Map.of("vote", "ABSTAIN", "comment", "Contract check", "member", "reviewer4"));
        body(
                calls,
                "POST /api/standards/{}/plan-changes",
                "secretary",
                () -> "/api/standards/" + f.planned.get() + "/plan-changes",
                () -> Map.of("kind", "CHANGE", "reason", "Contract check", "title", "Contract check title"));
        body(calls, "POST /api/programmes", "admin", () -> "/api/programmes", () -> programme(newCode("CP")));
        String tables = "/api/programmes/CLOUD-2025/system-tables";
        body(
                calls,
                "POST /api/programmes/{}/system-tables",
                "admin",
                () -> tables,
                () -> Map.of(
                        "version",
                        newCode("CV"),
                        "titleEn",
                        "Contract",
                        "titleZh",
                        "契约",
                        "basedOn",
                        f.systemTable.get()));
        body(
                calls,
                "PUT /api/programmes/{}/system-tables/{}",
                "admin",
                () -> tables + "/" + f.systemTable.get(),
                () -> Map.of("titleEn", "Contract", "titleZh", "契约"));
        Map<String, Object> node = Map.of("code", "SRV.IAAS", "parent", "SRV", "nameEn", "IaaS", "nameZh", "基础设施即服务");
        body(
                calls,
                "POST /api/programmes/{}/system-tables/{}/nodes",
                "admin",
                () -> tables + "/" + f.systemTable.get() + "/nodes",
                () -> ApiFixtures.with(node, "code", newCode("CN")));
        body(
                calls,
                "PUT /api/programmes/{}/system-tables/{}/nodes/{}",
                "admin",
                () -> tables + "/" + f.systemTable.get() + "/nodes/SRV.IAAS",
                () -> node);
        Map<String, Object> row = ApiFixtures.with(
                ApiFixtures.with(ApiFixtures.systemRow("Contract row"), "targetYear", 2027),
                "externalNumber",
                "YD/T 1");
        body(calls, "POST /api/programmes/{}/system-tables/{}/rows", "admin", f::systemRows, () -> row);
        body(
                calls,
                "PUT /api/programmes/{}/system-tables/{}/rows/{}",
                "admin",
                () -> f.systemRows() + "/" + f.systemRow(false),
                () -> row);
        body(
                calls,
                "PUT /api/programmes/{}",
                "admin",
                () -> "/api/programmes/" + f.programme.get(),
                () -> withoutCode(programme(f.programme.get())));
        body(
                calls,
                "POST /api/domains",
                "admin",
                () -> "/api/domains",
                () -> with(names(newCode("CD")), "parent", "SRV"));
        body(
                calls,
                "PUT /api/domains/{}",
                "admin",
                () -> "/api/domains/" + f.domain.get(),
                () -> Map.of("nameEn", "Contract", "nameZh", "契约", "position", 900, "retired", false));
        body(
                calls,
                "POST /api/committees",
                "admin",
                () -> "/api/committees",
                () -> with(with(names(newCode("CC")), "level", "SECTOR"), "sectorPrefix", "YD/T"));
        body(
                calls,
                "PUT /api/committees/{}",
                "admin",
                () -> "/api/committees/" + f.committee.get(),
                () -> with(withoutCode(names(f.committee.get())), "sectorPrefix", "SJ/T"));
        body(
                calls,
                "POST /api/organisations",
                "admin",
                () -> "/api/organisations",
                () -> with(names(newCode("CO")), "creditCode", HUAWEI));
        body(
                calls,
                "PUT /api/organisations/{}",
                "admin",
                () -> "/api/organisations/" + f.organisation.get(),
                () -> with(withoutCode(names(f.organisation.get())), "creditCode", HUAWEI));
        body(
                calls,
                "POST /api/users",
                "admin",
                () -> "/api/users",
                () -> new LinkedHashMap<>(Map.of(
                        "username", "contract" + ApiFixtures.SERIAL.incrementAndGet(),
                        "displayName", "Contract check",
                        "organisation", "CESI",
                        "password", "a-long-enough-password",
                        "email", "contract@example.org",
                        "roles", List.of(Map.of("role", "SECRETARIAT", "committee", "TC28-SC38")))));
        body(
                calls,
                "PUT /api/users/{}/email",
                "admin",
                () -> "/api/users/" + f.account.get() + "/email",
                () -> Map.of("email", "c@example.org"));
        body(
                calls,
                "POST /api/users/{}/password",
                "admin",
                () -> "/api/users/" + f.account.get() + "/password",
                () -> Map.of("password", "a-long-enough-password"));
        body(
                calls,
                "PUT /api/users/{}/roles",
                "admin",
                () -> "/api/users/" + f.account.get() + "/roles",
                () -> List.of(Map.of("role", "OBSERVER", "committee", "TC28-SC38")),
                "roles");
        body(
                calls,
                "POST /api/standards/{}/references",
                "secretary",
                () -> "/api/standards/" + f.draft.get() + "/references",
                () -> Map.of("kind", "INFORMATIVE", "reference", "ISO/IEC 17788:2014"));
        body(
                calls,
                "POST /api/international/committees",
                "admin",
                () -> "/api/international/committees",
                () -> ApiFixtures.intlCommittee(newCode("SC ")));
        body(
                calls,
                "PUT /api/international/committees/{}",
                "admin",
                () -> "/api/international/committees/" + f.intlCommittee.get(),
                () -> withoutCode(ApiFixtures.intlCommittee("unused")));
        body(
                calls,
                "POST /api/international/projects",
                "admin",
                () -> "/api/international/projects",
                () -> withStaff(f, f.intlProject(newCode("ISO/IEC "))));
        body(
                calls,
                "PUT /api/international/projects/{}",
                "admin",
                () -> "/api/international/projects/" + f.intlProject.get(),
                () -> withStaff(f, f.intlProjectChange(newCode("ISO/IEC "))));
        body(
                calls,
                "POST /api/international/projects/{}/stage",
                "admin",
                () -> "/api/international/projects/" + f.intlProject.get() + "/stage",
                () -> Map.of(
                        "code",
                        "30.60",
                        "on",
                        LocalDate.ofInstant(TestTime.now(), Demo.ZONE).toString()));
        body(
                calls,
                "POST /api/international/projects/{}/adoption",
                "admin",
                () -> "/api/international/projects/" + f.publishedIntlProject() + "/adoption",
                () -> Map.of("degree", "IDT", "domain", "SRV.IAAS", "leadOrganisation", "CESI"));
        body(
                calls,
                "POST /api/international/projects/{}/ballots",
                "admin",
                () -> "/api/international/projects/" + f.intlProject.get() + "/ballots",
                () -> Map.of(
                        "type",
                        "NP",
                        "opensOn",
                        LocalDate.ofInstant(TestTime.now(), Demo.ZONE).toString(),
                        "closesOn",
                        LocalDate.ofInstant(TestTime.now(), Demo.ZONE)
                                .plusDays(90)
                                .toString()));
        body(
                calls,
                "POST /api/international/ballots/{}/comments",
                "reviewer1",
                () -> "/api/international/ballots/" + f.intlBallot.get() + "/comments",
                () -> Map.of("clause", "6", "type", "ge", "comment", "Contract comment", "proposedChange", "None"));
        body(
                calls,
                "PUT /api/international/ballots/{}/comments/{}/decision",
                "secretary",
                () -> "/api/international/ballots/" + f.intlBallot.get() + "/comments/" + f.ballotComment.get()
                        + "/decision",
                () -> Map.of("decision", "REJECTED", "reason", "Out of scope"));
        calls.put("POST /api/international/ballots/{}/dispositions", new Call() {
            @Override
            public Api.Response with(Limit limit, Object value) {
                long[] ballot = f.positionedBallot.get();
                Object body = changed(
                        Map.of("dispositions", List.of(Map.of("commentId", ballot[1], "disposition", "ACCEPTED"))),
                        limit,
                        value);
                return ApiFixtures.afterClose(() ->
                        api.as("secretary").post("/api/international/ballots/" + ballot[0] + "/dispositions", body));
            }

            @Override
            public String field(Limit limit) {
                return limit.field();
            }
        });
        body(
                calls,
                "POST /api/promotion/events",
                "admin",
                () -> "/api/promotion/events",
                () -> f.promotionEventBody("CESI", Duration.ofDays(20), "EXAM"));
        body(
                calls,
                "PUT /api/promotion/events/{}",
                "admin",
                () -> "/api/promotion/events/" + f.promotionEvent.get(),
                () -> f.promotionEventBody("CESI", Duration.ofHours(-1), "EXAM"));
        body(
                calls,
                "POST /api/promotion/events/{}/registrations",
                "admin",
                () -> "/api/promotion/events/" + f.promotionEvent.get() + "/registrations",
                () -> Map.of(
                        "name",
                        "Contract " + newCode(""),
                        "contact",
                        "contract@example.org",
                        "enterprise",
                        "E-Cloud",
                        "creditCode",
                        "91110108MA01ECL0U5",
                        "role",
                        "Engineer"));
        body(
                calls,
                "PUT /api/promotion/events/{}/attendance",
                "admin",
                () -> "/api/promotion/events/" + f.promotionEvent.get() + "/attendance",
                () -> Map.of("present", List.of(f.promotionRegistration.get())));
        body(
                calls,
                "POST /api/promotion/events/{}/exam-results",
                "admin",
                () -> "/api/promotion/events/" + f.promotionEvent.get() + "/exam-results",
                () -> Map.of("results", List.of(Map.of("registrationId", f.promotionRegistration.get(), "score", 70))));
        body(
                calls,
                "POST /api/certificates/{}/revocation",
                "admin",
                () -> "/api/certificates/" + f.certificate.get() + "/revocation",
                () -> Map.of("reason", "Contract"));
        calls.put(
                "POST /api/promotion/events/{}/attendance/import",
                (limit, value) -> api.as("admin")
                        .postRaw(
                                "/api/promotion/events/" + f.promotionEvent.get() + "/attendance/import?"
                                        + limit.field() + "=" + value,
                                "name,credit_code,present\n",
                                MediaType.parseMediaType("text/csv")));
        body(
                calls,
                "POST /api/conformity-results",
                "admin",
                () -> "/api/conformity-results",
                () -> f.conformityResult());
        body(calls, "POST /api/pilots", "admin", () -> "/api/pilots", f::pilotBody);
        calls.put(
                "GET /api/pilots",
                (limit, value) -> api.as("observer").get("/api/pilots?" + limit.field() + "=" + value));
        calls.put(
                "GET /api/conformity-results",
                (limit, value) -> api.as("admin").get("/api/conformity-results?" + limit.field() + "=" + value));
        calls.put(
                "GET /api/reports/promotion",
                (limit, value) -> api.as("observer")
                        .get("/api/reports/promotion?"
                                + (limit.field().equals("programme") ? "" : "programme=CLOUD-2025&")
                                + limit.field() + "=" + value));
        calls.put(
                "GET /api/promotion/events",
                (limit, value) -> api.as("observer")
                        .get("/api/promotion/events?"
                                + (limit.field().equals("programme") ? "" : "programme=CLOUD-2025&")
                                + limit.field() + "=" + value));
        body(calls, "POST /api/experts", "admin", () -> "/api/experts", f::expert);
        body(calls, "PUT /api/experts/{}", "admin", () -> "/api/experts/" + f.expert.get(), f::expert);
        query(calls, "GET /api/international/projects", "observer", "/api/international/projects");
        query(calls, "GET /api/experts", "admin", "/api/experts");
        query(calls, "GET /api/committees/{}/dashboard", "admin", "/api/committees/TC28-SC38/dashboard");
        query(calls, "GET /api/approvals/dashboard", "sac", "/api/approvals/dashboard");
        query(calls, "GET /api/patent-disclosures", "admin", "/api/patent-disclosures");
        query(calls, "GET /api/liaisons", "admin", "/api/liaisons");
        query(calls, "GET /api/public/standards", "observer", "/api/public/standards");
        body(calls, "POST /api/webhooks", "admin", () -> "/api/webhooks", f::webhookBody);
        body(
                calls,
                "POST /api/standards/{}/duplication-claims",
                "admin",
                () -> "/api/standards/" + f.commentedProposal.get() + "/duplication-claims",
                () -> Map.of("existingNumber", "GB/T 1", "reason", "Contract"));
        body(
                calls,
                "PUT /api/standards/{}/duplication-claims/{}",
                "admin",
                () -> "/api/standards/" + f.commentedProposal.get() + "/duplication-claims/" + f.newDuplicationClaim(),
                () -> Map.of("deliberation", "MERGE", "reason", "Contract"));
        body(calls, "POST /api/liaisons", "admin", () -> "/api/liaisons", f::liaisonBody);
        calls.put(
                "POST /api/liaisons/{}/response",
                (limit, value) -> api.as("secretary")
                        .post(
                                "/api/liaisons/" + f.newLiaison() + "/response",
                                changed(Map.of("response", "Contract"), limit, value)));
        Supplier<String> patents = () -> "/api/standards/" + f.draft.get() + "/patent-disclosures";
        body(calls, "POST /api/standards/{}/patent-disclosures", "admin", patents, () -> f.patentDisclosure("FREE"));
        body(
                calls,
                "PUT /api/standards/{}/patent-disclosures/{}",
                "admin",
                () -> patents.get() + "/" + f.newPatentDisclosure("FREE"),
                () -> f.patentDisclosure("FREE"));
        body(
                calls,
                "POST /api/standards/{}/patent-disclosures/{}/withdrawal",
                "admin",
                () -> patents.get() + "/" + f.newPatentDisclosure("FREE") + "/withdrawal",
                () -> Map.of("reason", "Contract"));
        body(
                calls,
                "POST /api/standards/{}/patent-disclosures/{}/decision",
                "admin",
                () -> patents.get() + "/" + f.newPatentDisclosure("REFUSED") + "/decision",
                () -> Map.of("outcome", "REFER_TO_APPROVER", "reason", "Contract"));
        query(calls, "GET /api/standards", "observer", "/api/standards");
        query(calls, "GET /api/adoptions", "observer", "/api/adoptions");
        query(calls, "GET /api/me/notifications/inbox", "observer", "/api/me/notifications/inbox");
        return calls;
    }

    /** A project with a leader, an editor and a national counterpart: every list the limits are tried on. */
    private static Map<String, Object> withStaff(ApiFixtures f, Map<String, Object> project) {
        Map<String, Object> staffed = new LinkedHashMap<>(project);
        staffed.put("projectLeader", f.expert.get());
        staffed.put("editors", List.of(f.expert.get()));
        staffed.put("nationalCounterparts", List.of(Map.of("standardId", f.draft.get(), "degree", "IDT")));
        return staffed;
    }

    private void body(
            Map<String, Call> calls, String operation, String user, Supplier<String> path, Supplier<Object> valid) {
        body(calls, operation, user, path, valid, "");
    }

    /** @param bodyName what the API calls the body in {@code field} when the body is a list ("roles") */
    private void body(
            Map<String, Call> calls,
            String operation,
            String user,
            Supplier<String> path,
            Supplier<Object> valid,
            String bodyName) {
        calls.put(operation, new Call() {
            @Override
            public Api.Response with(Limit limit, Object value) {
                Object body = changed(valid.get(), limit, value);
                return operation.startsWith("PUT")
                        ? api.as(user).put(path.get(), body)
                        : api.as(user).post(path.get(), body);
            }

            @Override
            public String field(Limit limit) {
                return bodyName + limit.field();
            }
        });
    }

    /** A copy of a valid body with the limit's field set to the value (for maxItems: that many entries). */
    @SuppressWarnings("unchecked")
    private static Object changed(Object valid, Limit limit, Object value) {
        Object body = copy(valid);
        Object changed = limit.kind().equals("maxItems") ? repeatFirst(at(body, limit.field()), (int) value) : value;
        String field = limit.field();
        if (field.isEmpty()) {
            return changed;
        }
        int last = field.lastIndexOf('.');
        ((Map<String, Object>) at(body, field.substring(0, Math.max(last, 0)))).put(field.substring(last + 1), changed);
        return body;
    }

    private static List<Object> repeatFirst(Object list, int times) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            items.add(((List<?>) list).get(0));
        }
        return items;
    }

    private void query(Map<String, Call> calls, String operation, String user, String path) {
        calls.put(operation, (limit, value) -> api.as(user).get(path + "?" + limit.field() + "=" + value));
    }

    /** A deep copy of a request body made of maps and lists, so that it can be changed. */
    private static Object copy(Object body) {
        Class<?> type = body instanceof List ? ArrayList.class : LinkedHashMap.class;
        return new ObjectMapper().convertValue(body, type);
    }

    /** The part of a body of maps and lists at "roles[0]" or "international" ("" for the body itself). */
    @SuppressWarnings("unchecked")
    private static Object at(Object body, String path) {
        Object node = body;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("[")
                    ? ((List<Object>) node).get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : ((Map<String, Object>) node).get(step);
        }
        return node;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private JsonNode schema(String name) {
        return contract.root().path("components").path("schemas").path(name);
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The application's own types reachable from a type, by simple name (what springdoc names schemas after). */
    private static void collect(Type type, Map<String, Set<Class<?>>> byName, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, byName, seen);
            }
            return;
        }
        // Enumerations are written inline, with their values, where they are used: they are not named.
        if (!(type instanceof Class<?> cls) || !cls.getName().startsWith("org.stdtrack") || cls.isEnum()) {
            return;
        }
        io.swagger.v3.oas.annotations.media.Schema named =
                cls.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        String name = named != null && !named.name().isEmpty() ? named.name() : cls.getSimpleName();
        byName.computeIfAbsent(name, n -> new HashSet<>()).add(cls);
        if (cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                collect(component.getGenericType(), byName, seen);
            }
        }
    }
}
