package org.stdtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.stdtrack.support.Demo.ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Drafts;

/**
 * The tracker as a user starts it: the default profile on an H2 file, over real HTTP with the job
 * executor running. The demo programme appears on first start, a due timer fires by itself, and
 * stopping and starting the application loses neither data nor running processes.
 */
class RestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void dataAndProcessesSurviveARestart() throws Exception {
        long id;
        try (var app = start()) {
            Client client = new Client(port(app));
            assertDemoProgramme(client);
            assertSecurityOverRealHttp(client, app);

            id = approvedProposal(client, "Survives restarts", "20269999-T-469");
            assertThat(client.hasTask("drafter", id, "submitDraft"))
                    .as("the 30-day comment period runs")
                    .isFalse();
        }

        try (var app = start("--stdtrack.policy.proposal-comment-period=P0D")) {
            Client client = new Client(port(app));
            JsonNode standard = client.get("observer", "/api/standards/" + id).body();
            assertThat(standard.get("title").asText()).isEqualTo("Survives restarts");
            assertThat(standard.get("stage").asText()).isEqualTo("PROPOSAL");
            assertThat(standard.get("history")).hasSize(3);
            assertThat(client.get("observer", "/api/reports/stages?programme=CLOUD-2025")
                            .body()
                            .get("total")
                            .asInt())
                    .as("the demo programme is loaded once, not on every start")
                    .isEqualTo(34);

            // The timer set before the restart fires once its time has come, by the job executor alone.
            ClockUtil.setCurrentTime(
                    Date.from(Instant.now().plus(Duration.ofDays(30)).plusSeconds(60)));
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> client.hasTask("drafter", id, "submitDraft"));
            JsonNode planned = client.get("observer", "/api/standards/" + id).body();
            assertThat(planned.get("stage").asText()).isEqualTo("DRAFTING");
            assertThat(planned.get("developmentDueAt").isNull())
                    .as("the plan took effect")
                    .isFalse();

            // A P0D period makes the timer due at once; it fires within seconds.
            long immediate = approvedProposal(client, "Zero-day comment period", "20269998-T-469");
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> client.hasTask("drafter", immediate, "submitDraft"));
        } finally {
            ClockUtil.reset();
        }
        // Two demo starts and all the work above: H2 writes a stack trace to this file for every query
        // that throws (a row mapped by property name did, for every record component).
        Path trace = dataDir.resolve("stdtrack.trace.db");
        assertThat(Files.exists(trace) ? Files.size(trace) : 0)
                .as("the H2 trace file")
                .isLessThan(1 << 20);
    }

    /** A new proposal that TC28-SC38's five members support, as the committee's rule asks, submitted. */
    /** Supported by five members, submitted and approved by SAC: in its public comment period. */
    private static long approvedProposal(Client client, String title, String planNumber) throws Exception {
        long id = client.register(title);
        for (String member : List.of("drafter", "reviewer1", "reviewer2", "reviewer3", "reviewer4")) {
            client.post(member, "/api/standards/" + id + "/proposal-support", Map.of("position", "SUPPORT"));
        }
        // Its package: the proposal, the draft outline and the work plan.
        client.upload("secretary", id, "PROPOSAL");
        client.upload("secretary", id, "DRAFT_OUTLINE");
        LocalDate today = LocalDate.now(ZONE);
        Response plan = client.send(
                "PUT",
                "/api/standards/" + id + "/work-plan",
                "secretary",
                "secretary",
                JSON.writeValueAsString(Map.of(
                        "targets",
                        Map.of(
                                "DRAFTING", today.plusMonths(4).toString(),
                                "CONSULTATION", today.plusMonths(8).toString(),
                                "TECHNICAL_REVIEW", today.plusMonths(11).toString(),
                                "APPROVAL", today.plusMonths(14).toString()))));
        assertThat(plan.status()).as(plan.body().toString()).isEqualTo(200);
        client.complete("secretary", id, "submitProposal", Map.of());
        client.complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", planNumber));
        return id;
    }

    private void assertDemoProgramme(Client client) throws Exception {
        JsonNode report = client.get("observer", "/api/reports/stages?programme=CLOUD-2025")
                .body();
        assertThat(report.get("total").asInt()).isEqualTo(33);
        JsonNode byStage = report.get("byStage");
        assertThat(JSON.convertValue(byStage, Map.class))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("PRELIMINARY", 4),
                        Map.entry("PROPOSAL", 5),
                        Map.entry("DRAFTING", 7),
                        Map.entry("CONSULTATION", 4),
                        Map.entry("TECHNICAL_REVIEW", 3),
                        Map.entry("APPROVAL", 3),
                        Map.entry("PUBLISHED", 2),
                        Map.entry("IN_FORCE", 3),
                        Map.entry("PERIODIC_REVIEW", 0),
                        Map.entry("WITHDRAWN", 0),
                        Map.entry("CANCELLED", 2)));
        JsonNode standards =
                client.get("observer", "/api/standards?size=100").body().get("items");
        Set<String> domains = new HashSet<>();
        int overdue = 0;
        for (JsonNode s : standards) {
            domains.add(s.get("domain").asText().substring(0, 3));
            overdue += s.get("overdue").asBoolean() ? 1 : 0;
        }
        assertThat(domains).containsExactlyInAnyOrder("BAS", "TEC", "SRV", "APP", "MGT", "SEC");
        assertThat(overdue).isEqualTo(1);
        long orchestration = find(client, "Container orchestration").get("id").asLong();
        JsonNode meetings = client.get("observer", "/api/standards/" + orchestration + "/review-meetings")
                .body();
        JsonNode ahead = meetings.get(meetings.size() - 1);
        assertThat(ahead.get("heldAt").isNull())
                .as("its review meeting is ahead")
                .isTrue();
        assertThat(ahead.get("members").findValuesAsText("voted").stream()
                        .filter(Boolean::parseBoolean)
                        .count())
                .as("two of four voted so far")
                .isEqualTo(2);
        long architecture = find(client, "Cloud computing — Reference architecture")
                .get("id")
                .asLong();
        JsonNode amendment = client.get("observer", "/api/standards/" + architecture + "/amendments")
                .body()
                .get(0);
        assertThat(amendment.get("status").asText())
                .as("an amendment out for comments")
                .isEqualTo("CONSULTATION");
        assertThat(client.get("observer", "/api/standards/" + architecture + "/translations")
                        .body()
                        .findValuesAsText("language"))
                .as("and its English version under way")
                .containsExactly("en");
        JsonNode workPlan = client.get("observer", "/api/standards/" + orchestration + "/work-plan")
                .body()
                .get("targets");
        assertThat(workPlan.findValuesAsText("milestone"))
                .as("each proposal came with its work plan")
                .containsExactly("DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL");
        assertThat(workPlan.get(0).get("status").asText()).isEqualTo("REACHED");
        assertThat(client.get("secretary", "/api/tasks").body().findValuesAsText("key"))
                .contains("holdReviewMeeting");
        assertThat(client.get("drafter", "/api/tasks").body().findValuesAsText("key"))
                .contains("submitDraft");
        assertDemoLooksLived(client);
    }

    /**
     * The demo reads like a real programme: stages that took different times, a submission returned and a
     * ballot repeated, one standard cancelled in consultation, references between its standards, and
     * adoption declarations verified, rejected and waiting.
     */
    private void assertDemoLooksLived(Client client) throws Exception {
        JsonNode cycleTimes = client.get("observer", "/api/reports/cycle-times?programme=CLOUD-2025")
                .body()
                .get("stages");
        assertThat(cycleTimes.get("DRAFTING").get("medianDays").asLong())
                .as("drafting took different times")
                .isLessThan(cycleTimes.get("DRAFTING").get("p90Days").asLong());
        long heterogeneous = find(client, "Heterogeneous computing").get("id").asLong();
        JsonNode reviewed = client.get("observer", "/api/standards/" + heterogeneous + "/review-meetings")
                .body();
        assertThat(reviewed.findValuesAsText("outcome"))
                .as("a failed meeting vote, repeated")
                .containsExactly("VOTE", "VOTE");
        assertThat(reviewed.get(0).get("members").findValuesAsText("votedOnPaper"))
                .as("a vote on paper")
                .contains("true");
        assertThat(codes(client, "Heterogeneous computing"))
                .as("ballot failed and repeated")
                .contains("40.93");
        assertThat(codes(client, "Application hosting"))
                .as("returned by the approver")
                .contains("50.92");
        assertThat(codes(client, "Energy efficiency"))
                .as("cancelled in consultation")
                .contains("30.98");
        long energy = find(client, "Energy efficiency").get("id").asLong();
        JsonNode termination = client.get("observer", "/api/standards/" + energy)
                .body()
                .get("planChanges")
                .get(0);
        assertThat(termination.get("kind").asText() + " "
                        + termination.get("status").asText())
                .as("terminated by an approved plan change")
                .isEqualTo("TERMINATION APPROVED");
        JsonNode frozen = null;
        for (JsonNode s :
                client.get("observer", "/api/standards?size=100").body().get("items")) {
            if (s.get("overdue").asBoolean()) {
                frozen = client.get("observer", "/api/standards/" + s.get("id").asLong())
                        .body();
            }
        }
        assertThat(frozen.get("frozen").asBoolean())
                .as("the overdue project is frozen")
                .isTrue();
        assertThat(client.get("observer", "/api/standards/" + energy + "/comments")
                        .body()
                        .findValuesAsText("channel"))
                .as("comments from several channels")
                .contains("ACCOUNT", "LETTER", "PLATFORM");
        long hosting = find(client, "Application hosting").get("id").asLong();
        assertThat(client.get("admin", "/api/standards/" + hosting + "/audit")
                        .body()
                        .toString())
                .as("MIIT, TC28-SC38's competent department, passed the submission on")
                .contains("reviewSubmission APPROVE", "\"miit\"");
        long architecture = find(client, "Reference architecture").get("id").asLong();
        assertThat(client.get("observer", "/api/standards/" + architecture + "/references")
                        .body()
                        .get("cites")
                        .findValuesAsText("title"))
                .contains("Cloud computing — Overview and vocabulary");
        JsonNode adoption = client.get("observer", "/api/reports/adoption?programme=CLOUD-2025")
                .body();
        assertThat(adoption.get("verifiedEnterprises").asLong()).isEqualTo(2);
        JsonNode declarations = adoption.get("declarations");
        assertThat(declarations.get("total").asLong()).isEqualTo(5);
        assertThat(declarations.get("verified").asLong()).isEqualTo(3);
        assertThat(declarations.get("rejected").asLong()).isEqualTo(1);
        assertThat(declarations.get("declared").asLong()).isEqualTo(1);
        JsonNode targets = client.get("observer", "/api/reports/targets?programme=CLOUD-2025")
                .body();
        assertThat(targets.get("forecast").get("low").asLong())
                .as("the forecast gives a range")
                .isLessThan(targets.get("forecast").get("high").asLong());
    }

    private JsonNode find(Client client, String title) throws Exception {
        JsonNode items =
                client.get("observer", "/api/standards?size=100").body().get("items");
        for (JsonNode s : items) {
            if (s.get("title").asText().contains(title)) {
                return s;
            }
        }
        throw new AssertionError("no demo standard titled " + title);
    }

    private List<String> codes(Client client, String title) throws Exception {
        long id = find(client, title).get("id").asLong();
        return client.get("observer", "/api/standards/" + id)
                .body()
                .get("history")
                .findValuesAsText("code");
    }

    private void assertSecurityOverRealHttp(Client client, ConfigurableApplicationContext app) throws Exception {
        Response wrongPassword = client.send("GET", "/api/programmes", "secretary", "not-the-password", null);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(client.send("GET", "/api/programmes", "ghost", "ghost", null).status())
                .isEqualTo(401);

        assertThat(client.send("GET", "/engine-rest/engine", null, null, null).status())
                .isEqualTo(401);
        assertThat(client.send("GET", "/engine-rest/engine", "secretary", "secretary", null)
                        .status())
                .isEqualTo(403);
        assertThat(client.send("GET", "/engine-rest/process-definition", "sac", "sac", null)
                        .status())
                .isEqualTo(403);
        Response engine =
                client.send("GET", "/engine-rest/process-definition?key=standardLifecycle", "admin", "admin", null);
        assertThat(engine.status()).isEqualTo(200);
        assertThat(engine.body().get(0).get("key").asText()).isEqualTo("standardLifecycle");

        assertThat(client.send("GET", "/camunda/app/cockpit/default/", null, null, null)
                        .status())
                .as("anonymous: sent to the login page")
                .isEqualTo(302);
        assertThat(client.send("GET", "/camunda/app/cockpit/default/", "secretary", "secretary", null)
                        .status())
                .isEqualTo(403);
        assertSingleSignOnIntoTheWebapps(client.port);
        assertSessionsFollowTheirAccount(client);
        assertThat(client.send(
                                "POST",
                                "/camunda/api/admin/setup/default/user/create",
                                null,
                                null,
                                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}")
                        .status())
                .as("Camunda's initial-setup page must never create an engine administrator")
                .isIn(302, 401, 403);
        assertThat(client.send(
                                "POST",
                                "/camunda/api/admin/setup/default/user/create",
                                "admin",
                                "admin",
                                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}")
                        .status())
                .isEqualTo(403);

        byte[] huge = ("{\"title\": \"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + client.port + "/api/standards"))
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("secretary:secretary".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode())
                .as("a body sent without a length is counted, and refused past the limit")
                .isEqualTo(413);

        String hash = app.getBean(JdbcClient.class)
                .sql("select password from app_user where username = 'secretary'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("secretary");
    }

    /** A browser session: the application's login form, then Cockpit without a second login. */
    private void assertSingleSignOnIntoTheWebapps(int port) throws Exception {
        Browser admin = new Browser(port);
        admin.signIn("admin");
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode())
                .as("single sign-on: Cockpit opens for an administrator")
                .isEqualTo(200);
        assertThat(cockpit.body()).contains("Camunda Cockpit");
        HttpResponse<String> webappUser = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(webappUser.statusCode()).isEqualTo(200);
        JsonNode signedIn = JSON.readTree(webappUser.body());
        assertThat(signedIn.get("userId").asText()).isEqualTo("admin");
        assertThat(signedIn.get("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");

        Browser secretary = new Browser(port);
        secretary.signIn("secretary");
        assertThat(secretary.postJson("/api/standards", "{}").statusCode())
                .as("a signed-in browser session must carry its CSRF token to write")
                .isEqualTo(403);
        assertThat(secretary.get("/h2-console").statusCode())
                .as("the H2 console is never served")
                .isEqualTo(404);
        assertThat(secretary.get("/camunda/app/cockpit/default/").statusCode())
                .as("signed in, not an administrator")
                .isEqualTo(403);
        assertThat(secretary.get("/camunda/api/admin/auth/user/default").statusCode())
                .isEqualTo(403);
    }

    /** An administrator's open session loses Cockpit and the API once the account is demoted and disabled. */
    private void assertSessionsFollowTheirAccount(Client client) throws Exception {
        client.post(
                "admin",
                "/api/users",
                Map.of(
                        "username",
                        "administrator2",
                        "displayName",
                        "Second administrator",
                        "password",
                        "administrator2",
                        "roles",
                        List.of(Map.of("role", "ADMIN"))));
        Browser second = new Browser(client.port);
        second.signIn("administrator2");
        assertThat(second.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(second.get("/api/users").statusCode()).isEqualTo(200);

        assertThat(client.send(
                                "PUT",
                                "/api/users/administrator2/roles",
                                "admin",
                                "admin",
                                JSON.writeValueAsString(List.of(Map.of("role", "ENTERPRISE"))))
                        .status())
                .isEqualTo(200);
        assertThat(second.get("/camunda/app/cockpit/default/").statusCode())
                .as("demoted: no Cockpit")
                .isEqualTo(403);
        assertThat(second.get("/camunda/api/admin/auth/user/default").statusCode())
                .isEqualTo(403);
        assertThat(client.send("POST", "/api/users/administrator2/disable", "admin", "admin", "{}")
                        .status())
                .isEqualTo(200);
        HttpResponse<String> users = second.get("/api/users");
        assertThat(users.statusCode()).as("disabled: signed out").isEqualTo(401);
        assertThat(users.body()).doesNotContain("secretary2");
        HttpResponse<String> cockpit = second.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** Keeps cookies like a browser and signs in through the login form with its CSRF token. */
    static final class Browser {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        void signIn(String user) throws IOException, InterruptedException {
            var token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
            var login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=" + user + "&password=" + user + "&_csrf=" + token.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private ConfigurableApplicationContext start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--stdtrack.data-dir=" + dataDir,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(extraArguments));
        return new SpringApplicationBuilder(StdtrackApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    record Response(int status, HttpHeaders headers, JsonNode body) {}

    /** A plain HTTP client with Basic authentication, as an API user would write one. */
    final class Client {
        final int port;

        Client(int port) {
            this.port = port;
        }

        Response get(String user, String path) throws IOException, InterruptedException {
            Response response = send("GET", path, user, user, null);
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
            return response;
        }

        JsonNode post(String user, String path, Object body) throws IOException, InterruptedException {
            Response response = send("POST", path, user, user, JSON.writeValueAsString(body));
            assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
            return response.body();
        }

        long register(String title) throws IOException, InterruptedException {
            return post(
                            "secretary",
                            "/api/standards",
                            Map.of(
                                    "title",
                                    title,
                                    "type",
                                    "GB_T",
                                    "domain",
                                    "MGT.OPS",
                                    "committee",
                                    "TC28-SC38",
                                    "programme",
                                    "CLOUD-2025"))
                    .get("id")
                    .asLong();
        }

        void complete(String user, long standardId, String key, Map<String, Object> body)
                throws IOException, InterruptedException {
            post(user, "/api/tasks/" + taskId(user, standardId, key) + "/complete", body);
        }

        /** A Word document of that kind, sent as a browser's form would send it. */
        void upload(String user, long standardId, String kind) throws IOException, InterruptedException {
            String boundary = "stdtrack-" + System.nanoTime();
            var body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + kind + ".docx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Drafts.docx(kind + " of standard " + standardId));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/standards/" + standardId + "/documents"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(kind + ": " + response.body()).isEqualTo(201);
        }

        boolean hasTask(String user, long standardId, String key) throws IOException, InterruptedException {
            return get(user, "/api/tasks?standard=" + standardId)
                    .body()
                    .findValuesAsText("key")
                    .contains(key);
        }

        String taskId(String user, long standardId, String key) throws IOException, InterruptedException {
            for (JsonNode task : get(user, "/api/tasks?standard=" + standardId).body()) {
                if (task.get("key").asText().equals(key)) {
                    return task.get("id").asText();
                }
            }
            throw new AssertionError(user + " has no " + key + " task on " + standardId);
        }

        Response send(String method, String path, String user, String password, String body)
                throws IOException, InterruptedException {
            HttpResponse<String> response =
                    http.send(request(method, path, user, password, body), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers(), json);
        }

        private HttpRequest request(String method, String path, String user, String password, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            if (user != null) {
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return request.build();
        }
    }
}
