package org.stdtrack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnPostgres;
import org.stdtrack.support.WriteGuard;

/**
 * Random payloads, well-formed or not, against the endpoints that write: registering a standard,
 * commenting, resolving a comment, completing a task. Whatever arrives: never a 5xx; a refusal writes
 * nothing; an acceptance leaves every standard whole (stage, history, process).
 */
@JqwikSpringSupport
@OnPostgres
class RandomPayloadsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private long consulting;
    private long comment;

    @AfterProperty
    void resetClock() {
        ClockUtil.reset();
    }

    @Property(tries = 60)
    void registering(@ForAll("standardBodies") Object body) {
        check(() -> send("secretary", "POST", "/api/standards", body));
    }

    @Property(tries = 60)
    void commenting(@ForAll("commentBodies") Object body) {
        String path = "/api/standards/" + consultingStandard() + "/comments";
        check(() -> send("reviewer1", "POST", path, body));
    }

    @Property(tries = 60)
    void resolving(@ForAll("resolutionBodies") Object body) {
        String path = "/api/standards/" + consultingStandard() + "/comments/" + comment + "/resolution";
        check(() -> send("drafter", "PUT", path, body));
    }

    @Property(tries = 60)
    void completing(@ForAll("completionBodies") Object body) {
        String path = "/api/tasks/" + approvalTask() + "/complete";
        check(() -> send("sac", "POST", path, body));
    }

    // ---- payloads -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Object> standardBodies() {
        return bodies(
                Map.of(
                        "title",
                        "Cloud edge computing",
                        "type",
                        "GB_T",
                        "domain",
                        "SRV.IAAS",
                        "committee",
                        "TC28-SC38",
                        "programme",
                        "CLOUD-2025"),
                Map.of(
                        "title", Arbitraries.oneOf(text(), Arbitraries.just("Cloud edge computing")),
                        "titleZh", text(),
                        "type", Arbitraries.of("GB", "GB_T", "SECTOR", "gb", "", "ISO"),
                        "domain", Arbitraries.of("SRV.IAAS", "SEC", "NOPE", ""),
                        "committee", Arbitraries.of("TC28-SC38", "CCSA-TC1", "TC0"),
                        "programme", Arbitraries.of("CLOUD-2025", "OTHER"),
                        "leadOrganisation", Arbitraries.of("CESI", "CAICT", "NOBODY"),
                        "international",
                                Arbitraries.oneOf(
                                        Arbitraries.just(Map.of("reference", "ISO/IEC 17788:2014", "degree", "IDT")),
                                        Arbitraries.just(Map.of("degree", "EQV")),
                                        anyValue())));
    }

    @Provide
    Arbitrary<Object> commentBodies() {
        return bodies(
                Map.of("clause", "5.2", "type", "TECHNICAL", "text", "Please clarify the scope."),
                Map.of(
                        "clause", Arbitraries.oneOf(Arbitraries.of("5.2", "Annex A"), text()),
                        "type", Arbitraries.of("GENERAL", "TECHNICAL", "EDITORIAL", "RUDE"),
                        "text", Arbitraries.oneOf(text(), Arbitraries.just("Please clarify the scope.")),
                        "proposedChange", text()));
    }

    @Provide
    Arbitrary<Object> resolutionBodies() {
        return bodies(
                Map.of("resolution", "ACCEPTED"),
                Map.of(
                        "resolution", Arbitraries.of("ACCEPTED", "PARTIALLY_ACCEPTED", "NOT_ACCEPTED", "MAYBE"),
                        "reason", text()));
    }

    @Provide
    Arbitrary<Object> completionBodies() {
        return bodies(
                Map.of("outcome", "REVISE", "comment", "Scope to be narrowed."),
                Map.of(
                        "outcome", Arbitraries.of("APPROVE", "REVISE", "REJECT", "approve", ""),
                        "planNumber", Arbitraries.oneOf(text(), Arbitraries.just("20260001-T-469")),
                        "comment", text(),
                        "vote", Arbitraries.of("APPROVE")));
    }

    /**
     * Bodies of four kinds: a valid one with one field changed or dropped (or none), a random choice of
     * the expected fields with plausible or hostile values plus stray ones, raw text that is no valid
     * JSON object, and a lone JSON value.
     */
    private Arbitrary<Object> bodies(Map<String, Object> valid, Map<String, Arbitrary<?>> fields) {
        List<String> names = List.copyOf(fields.keySet());
        Arbitrary<Object> mutated = Combinators.combine(
                        Arbitraries.integers().between(0, names.size() + 1), Arbitraries.longs())
                .as((which, seed) -> {
                    Map<String, Object> body = new LinkedHashMap<>(valid);
                    if (which < names.size()) {
                        String field = names.get(which);
                        body.put(
                                field,
                                fields.get(field)
                                        .generator(10)
                                        .next(new Random(seed))
                                        .value());
                    } else if (which == names.size() && !body.isEmpty()) {
                        body.remove(body.keySet().iterator().next());
                    }
                    return body;
                });
        Arbitrary<Object> assorted = Combinators.combine(
                        Arbitraries.subsetOf(fields.keySet()),
                        Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(8), anyValue())
                                .ofMaxSize(2),
                        Arbitraries.longs())
                .as((chosen, stray, seed) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    var random = new Random(seed);
                    for (String field : chosen) {
                        body.put(
                                field,
                                fields.get(field).generator(10).next(random).value());
                    }
                    if (random.nextInt(4) == 0) {
                        body.putAll(stray);
                    }
                    return body;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(4, mutated),
                Tuple.of(4, assorted),
                Tuple.of(
                        1,
                        Arbitraries.of("{", "[]", "null", "\"text\"", "{\"title\":}", "42", "")
                                .map(raw -> (Object) new Raw(raw))),
                Tuple.of(1, anyValue()));
    }

    private static Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(
                text().map(t -> (Object) t),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.just(List.of("a", 1)),
                Arbitraries.just(Map.of("x", "y")));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(20),
                Arbitraries.strings().ofMinLength(9_990).ofMaxLength(10_010).withChars('x', 'y', '云'),
                Arbitraries.of(
                        "", " ", "'; drop table standard; --", "<script>alert(1)</script>", "\u0000", "2026-13-45"));
    }

    /** A body sent as it is, not as JSON of a value. */
    private record Raw(String text) {}

    // ---- checking ---------------------------------------------------------------------------------------

    private Api.Response send(String user, String method, String path, Object body) {
        if (body instanceof Raw raw) {
            return api.as(user).postRaw(path, raw.text(), MediaType.APPLICATION_JSON);
        }
        String content;
        try {
            content = json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return method.equals("PUT")
                ? api.as(user).put(path, content)
                : api.as(user).post(path, content);
    }

    private void check(Supplier<Api.Response> request) {
        Map<String, Long> before = guard.snapshot();
        Api.Response response = request.get();
        assertThat(response.status())
                .as("never a server error: " + response.body())
                .isLessThan(500);
        // The random bodies must reach both sides: some accepted, some refused.
        Statistics.collect(response.status() / 100 + "xx");
        Statistics.coverage(coverage -> {
            coverage.check("2xx").count(accepted -> accepted > 0);
            coverage.check("4xx").count(refused -> refused > 0);
        });
        if (response.status() >= 400) {
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(guard.snapshot())
                    .as("a refused request writes nothing: " + response.body())
                    .isEqualTo(before);
        }
        assertEveryStandardIsWhole();
    }

    private void assertEveryStandardIsWhole() {
        // An imported standard that was already withdrawn or cancelled never had a process.
        assertThat(jdbc.sql("""
                                select count(*) from standard where process_instance_id is null
                                and stage not in ('WITHDRAWN', 'CANCELLED')""").query(Long.class).single())
                .as("every standard still in its lifecycle has its process")
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from standard s where not exists (select 1 from stage_event e where e.standard_id = s.id)")
                        .query(Long.class)
                        .single())
                .as("every standard has its history")
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from standard s where s.stage <> (select e.to_stage from stage_event e where e.standard_id = s.id
                and e.id = (select max(id) from stage_event x where x.standard_id = s.id))""").query(Long.class).single())
                .as("every standard's stage is its last event's")
                .isZero();
    }

    // ---- fixtures -----------------------------------------------------------------------------------------

    /** A standard in open consultation with one comment to resolve; made once per property. */
    private long consultingStandard() {
        if (consulting == 0) {
            consulting = proposalApproved();
            completeTask("drafter", consulting, "submitDraft", Map.of());
            String deadline = OffsetDateTime.ofInstant(
                            ZonedDateTime.now(ZONE).plusDays(61).toInstant(), ZONE)
                    .toString();
            journeys.consultationDocuments(consulting);
            completeTask("secretary", consulting, "openConsultation", Map.of("commentDeadline", deadline));
            comment = api.as("reviewer3")
                    .post(
                            "/api/standards/" + consulting + "/comments",
                            Map.of("clause", "1", "type", "GENERAL", "text", "Fixture comment"))
                    .get("id")
                    .asLong();
        }
        return consulting;
    }

    /** An open approveProposal task; a new one whenever a random body happened to complete the last. */
    private String approvalTask() {
        var open = tasks.createTaskQuery()
                .taskDefinitionKey("approveProposal")
                .taskCandidateGroup("approverSAC")
                .orderByTaskCreateTime()
                .desc()
                .listPage(0, 1);
        if (!open.isEmpty()) {
            return open.get(0).getId();
        }
        long id = register();
        completeTask("secretary", id, "submitProposal", Map.of());
        return taskId("sac", id, "approveProposal");
    }

    private long proposalApproved() {
        long id = register();
        completeTask("secretary", id, "submitProposal", Map.of());
        completeTask(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", Journeys.nextPlanNumber()));
        fireTimers(id);
        return id;
    }

    /** Standards without a number are known by their title: each fixture has its own. */
    private static final AtomicInteger FIXTURES = new AtomicInteger();

    private long register() {
        return api.as("secretary")
                .post(
                        "/api/standards",
                        Map.of(
                                "title",
                                "Fuzz fixture " + FIXTURES.incrementAndGet(),
                                "type",
                                "GB_T",
                                "domain",
                                "SRV.PAAS",
                                "committee",
                                "TC28-SC38",
                                "programme",
                                "CLOUD-2025"))
                .get("id")
                .asLong();
    }

    /** The proposal comment period: due timers of this standard fire after the clock moves past them. */
    private void fireTimers(long standardId) {
        String process = jdbc.sql("select process_instance_id from standard where id = ?")
                .param(standardId)
                .query(String.class)
                .single();
        var job =
                management.createJobQuery().processInstanceId(process).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(1)));
        management.executeJob(job.getId());
        ClockUtil.reset();
    }

    private void completeTask(String user, long standardId, String key, Map<String, Object> body) {
        Api.Response response = api.as(user).post("/api/tasks/" + taskId(user, standardId, key) + "/complete", body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    }

    private String taskId(String user, long standardId, String key) {
        for (var task : api.as(user).get("/api/tasks?standard=" + standardId).body()) {
            if (task.get("key").asText().equals(key)) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " on " + standardId);
    }
}
