package org.stdtrack.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.TestTime.passTime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.Journeys;

/**
 * Walks the authorization matrix of README.md, cell by cell, as the demo users. The README table is
 * the specification: a row this test cannot probe, or a probe the table lacks, fails too.
 */
abstract class AuthorizationMatrixTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    UserDetailsService users;

    /** The README's role columns and the demo user who plays each. */
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

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** One request per row, made as the given user (null: anonymous) on fixtures prepared for it. */
    private interface Probe {
        Api.Response call(String user);
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheReadmeMatrix() throws IOException {
        Fixtures fixtures = new Fixtures();
        Map<String, Probe> probes = probes(fixtures);
        Map<String, List<String>> matrix = readMatrix();
        assertThat(matrix.keySet()).as("README rows and probes").containsExactlyInAnyOrderElementsOf(probes.keySet());

        List<DynamicTest> cells = new ArrayList<>();
        matrix.forEach((endpoint, expected) -> {
            for (int column = 0; column < USERS.size(); column++) {
                String user = USERS.get(column);
                String cell = expected.get(column);
                cells.add(DynamicTest.dynamicTest(
                        endpoint + " as " + (user == null ? "anonymous" : user) + " -> " + cell,
                        () -> check(endpoint, cell, probes.get(endpoint).call(user))));
            }
        });
        return cells.stream();
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

    private Map<String, Probe> probes(Fixtures f) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("GET /api/programmes", user -> api.as(user).get("/api/programmes"));
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
                        .post("/api/standards/" + freshDraft() + "/cancel", Map.of("reason", "Matrix check")));
        probes.put(
                "GET /api/standards/{id}/comments",
                user -> api.as(user).get("/api/standards/" + f.draft.get() + "/comments"));
        probes.put(
                "POST /api/standards/{id}/comments",
                user -> api.as(user)
                        .post(
                                "/api/standards/" + f.consulting.get() + "/comments",
                                Map.of("clause", "1", "type", "GENERAL", "text", "Matrix check")));
        probes.put(
                "PUT /api/standards/{id}/comments/{commentId}/resolution",
                user -> api.as(user)
                        .put(
                                "/api/standards/" + f.consulting.get() + "/comments/" + f.comment.get() + "/resolution",
                                Map.of("resolution", "ACCEPTED")));
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
        probes.put("GET /api/adoptions", user -> api.as(user).get("/api/adoptions"));
        probes.put("GET /api/tasks", user -> api.as(user).get("/api/tasks"));
        probes.put(
                "GET /api/tasks/{id} (a secretariat task)",
                user -> api.as(user).get("/api/tasks/" + f.secretariatTask.get()));
        probes.put(
                "POST /api/tasks/{id}/claim",
                user -> api.as(user).post("/api/tasks/" + secretariatTask() + "/claim", Map.of()));
        probes.put("POST /api/tasks/{id}/unclaim", user -> {
            String task = secretariatTask();
            api.as("secretary").post("/api/tasks/" + task + "/claim", Map.of());
            return api.as(user).post("/api/tasks/" + task + "/unclaim", Map.of());
        });
        probes.put(
                "POST /api/tasks/{id}/complete",
                user -> api.as(user).post("/api/tasks/" + secretariatTask() + "/complete", Map.of()));
        probes.put(
                "GET /api/tasks/{id} (an approver task)",
                user -> api.as(user).get("/api/tasks/" + f.approverTask.get()));
        probes.put("GET /api/reports/stages", user -> api.as(user).get("/api/reports/stages?programme=CLOUD-2025"));
        probes.put("GET /api/reports/targets", user -> api.as(user).get("/api/reports/targets?programme=CLOUD-2025"));
        probes.put("GET /api/reports/adoption", user -> api.as(user).get("/api/reports/adoption?programme=CLOUD-2025"));
        probes.put(
                "GET /api/reports/cycle-times",
                user -> api.as(user).get("/api/reports/cycle-times?programme=CLOUD-2025"));
        probes.put("GET /api/reports/overdue", user -> api.as(user).get("/api/reports/overdue?programme=CLOUD-2025"));
        probes.put("GET /api/users", user -> api.as(user).get("/api/users"));
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
        probes.put("GET /api/me/notifications", user -> api.as(user).get("/api/me/notifications"));
        probes.put(
                "PUT /api/me/notifications",
                user -> api.as(user).put("/api/me/notifications", Map.of("email", "IMMEDIATE")));
        probes.put("GET /api/me/notifications/inbox", user -> api.as(user).get("/api/me/notifications/inbox"));
        probes.put(
                "POST /api/standards/{id}/watch (in development)",
                user -> api.as(user).post("/api/standards/" + f.draft.get() + "/watch", Map.of()));
        probes.put(
                "POST /api/committees/{code}/watch",
                user -> api.as(user).post("/api/committees/TC28-SC38/watch", Map.of()));
        probes.put("POST /api/me/feed-token", user -> api.as(user).post("/api/me/feed-token", Map.of()));
        probes.put(
                "GET /feeds/{token}/deadlines.ics (the user's own token)",
                user -> api.as(null).get("/feeds/" + feedToken(user) + "/deadlines.ics"));
        probes.put(
                "GET /feeds/{token}/standards/{id}.atom (the user's own token, in development)",
                user -> api.as(null).get("/feeds/" + feedToken(user) + "/standards/" + f.draft.get() + ".atom"));
        probes.put("GET /actuator/health/readiness", user -> api.as(user).get("/actuator/health/readiness"));
        probes.put("GET /actuator/prometheus", user -> api.as(user).get("/actuator/prometheus"));
        probes.put("/engine-rest/**", user -> api.as(user).get("/engine-rest/process-definition"));
        probes.put(
                "/camunda/** (Cockpit, Tasklist, Admin)", user -> api.as(user).get("/camunda/app/cockpit/default/"));
        return probes;
    }

    /** Real codes: one per role allowed to declare, so that neither is a duplicate of the other. */
    private static final String HUAWEI = "914403001922038216";

    private static final String TENCENT = "9144030071526726XG";

    private Map<String, Object> adoption(String creditCode) {
        return Map.of(
                "enterprise",
                "Enterprise " + creditCode,
                "creditCode",
                creditCode,
                "scope",
                "Public cloud",
                "productsOrServices",
                "Compute",
                "implementedOn",
                "2026-01-05",
                "evidence",
                "https://example.com/" + creditCode);
    }

    /** The user's feed token, made now; for anonymous callers one that no account has. */
    private String feedToken(String user) {
        return user == null
                ? "no-such-token"
                : api.as(user).post("/api/me/feed-token", Map.of()).text("token");
    }

    private long freshDraft() {
        return journeys.registerNational("Matrix draft " + SERIAL.incrementAndGet());
    }

    private String secretariatTask() {
        return journeys.task("secretary", freshDraft(), "submitProposal")
                .get("id")
                .asText();
    }

    /** Prepared once, on first use, for the whole walk. */
    /** A code no other row or run uses. */
    private static String newCode(String prefix) {
        return prefix + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private static Map<String, Object> names(String code) {
        return Map.of("code", code, "nameEn", "Matrix " + code, "nameZh", "矩阵 " + code);
    }

    private static Map<String, Object> programme(String code) {
        return with(with(with(names(code), "targetStandards", 3), "targetDate", "2030-12-31"), "targetEnterprises", 9);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> withoutCode(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove("code");
        return copy;
    }

    /** Creates one entry as the administrator and returns its code. */
    private String created(String path, Map<String, Object> body) {
        Api.Response response = api.as("admin").post(path, body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("code");
    }

    private final class Fixtures {
        final Supplier<String> programme = once(() -> created("/api/programmes", programme(newCode("MP"))));
        final Supplier<String> domain = once(() -> created("/api/domains", names(newCode("MD"))));
        final Supplier<String> committee =
                once(() -> created("/api/committees", with(names(newCode("MC")), "level", "NATIONAL")));
        final Supplier<String> organisation = once(() -> created("/api/organisations", names(newCode("MO"))));
        final Supplier<Long> draft = once(() -> freshDraft());
        final Supplier<String> secretariatTask = once(() -> secretariatTask());
        final Supplier<Long> published = once(() -> {
            long id = freshDraft();
            journeys.toApproval(id);
            journeys.publish(id, journeys.nextNumber("GB/T"));
            return id;
        });
        final Supplier<Long> developing = once(() -> {
            long id = freshDraft();
            journeys.submitAndApproveProposal(id);
            return id;
        });
        /** A month after the developing standard's due date, as the request takes it. */
        final Supplier<String> extendedDueDate = once(() -> LocalDate.ofInstant(
                        Instant.parse(journeys.standard(developing.get())
                                .get("developmentDueAt")
                                .asText()),
                        Demo.ZONE)
                .plusMonths(1)
                .toString());

        final Supplier<Long> documented = once(() -> freshDraft());
        /** The path of a draft's first version, with a second version to compare it with. */
        final Supplier<String> document = once(() -> "/api/standards/" + documented.get() + "/documents/"
                + journeys.upload(documented.get(), "WORKING_DRAFT", "Scope")
                        .get("id")
                        .asLong());

        final Supplier<Long> secondVersion = once(() -> {
            document.get();
            return journeys.upload(documented.get(), "WORKING_DRAFT", "Scope and terms")
                    .get("id")
                    .asLong();
        });
        final Supplier<String> publishedText = once(() -> "/api/standards/" + published.get() + "/documents/"
                + journeys.upload(published.get(), "PUBLISHED_TEXT").get("id").asLong());
        final Supplier<Long> submitted = once(() -> {
            long id = freshDraft();
            journeys.toApproval(id);
            journeys.submitForApproval(id);
            return id;
        });
        final Supplier<Long> consulting = once(() -> {
            long id = freshDraft();
            journeys.submitAndApproveProposal(id);
            journeys.complete("drafter", id, "submitDraft");
            journeys.openConsultation(id);
            return id;
        });
        final Supplier<Long> comment = once(() -> api.as("reviewer1")
                .post(
                        "/api/standards/" + consulting.get() + "/comments",
                        Map.of("clause", "2", "type", "TECHNICAL", "text", "To be resolved"))
                .get("id")
                .asLong());
        final Supplier<String> approverTask = once(() -> {
            long id = freshDraft();
            journeys.complete("secretary", id, "submitProposal");
            passTime(Period.ofDays(30));
            journeys.fireDueTimers(id);
            return journeys.task("sac", id, "approveProposal").get("id").asText();
        });
        final Supplier<String> account = once(() -> {
            String name = "matrix" + SERIAL.incrementAndGet();
            api.as("admin")
                    .post(
                            "/api/users",
                            Map.of(
                                    "username",
                                    name,
                                    "displayName",
                                    "Matrix account",
                                    "password",
                                    "a-long-enough-password",
                                    "roles",
                                    List.of(Map.of("role", "OBSERVER"))));
            return name;
        });
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The rows between the README's matrix markers: endpoint label -> one cell per role column. */
    private static Map<String, List<String>> readMatrix() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(
                readme.indexOf("<!-- authorization-matrix:start -->"),
                readme.indexOf("<!-- authorization-matrix:end -->"));
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
