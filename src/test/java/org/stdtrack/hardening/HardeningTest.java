package org.stdtrack.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.LifecycleTestSupport;
import org.stdtrack.support.WriteGuard;

/**
 * The defects an outside review found (issue 12), each tested at what a reader would see: the content of
 * records, exports and answers, not only status codes.
 */
abstract class HardeningTest extends LifecycleTestSupport {

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService engineTasks;

    @Autowired
    private HistoryService history;

    // ---- 1. sessions follow the account -------------------------------------------------------------

    @Test
    void aDemotedThenDisabledAdministratorsSessionLosesItsRightsAtTheNextRequest() throws Exception {
        String name = account("ADMIN", null);
        MockHttpSession session = signIn(name);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/users")).getContentAsString())
                .contains(name);

        assertThat(api.as("admin")
                        .put("/api/users/" + name + "/roles", List.of(Map.of("role", "ENTERPRISE")))
                        .status())
                .isEqualTo(200);
        MockHttpServletResponse demoted = inSession(session, MockMvcRequestBuilders.get("/api/users"));
        assertThat(demoted.getStatus()).isEqualTo(403);
        assertThat(demoted.getContentAsString()).doesNotContain("secretary2");

        assertThat(api.as("admin")
                        .post("/api/users/" + name + "/disable", Map.of())
                        .status())
                .isEqualTo(200);
        MockHttpServletResponse disabled = inSession(session, MockMvcRequestBuilders.get("/api/users"));
        assertThat(disabled.getStatus()).isEqualTo(401);
        assertThat(disabled.getContentType()).startsWith("application/problem+json");
        MockHttpServletResponse page =
                inSession(session, MockMvcRequestBuilders.get("/tasks").header("Accept", BROWSER_ACCEPT));
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aSecretaryMovedToAnotherCommitteeSeesItsWorkNoMoreWithinTheSameSession() throws Exception {
        String name = account("SECRETARIAT", NATIONAL);
        long draft = registerNational("Draft of the old committee");
        MockHttpSession session = signIn(name);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/standards/" + draft))
                        .getStatus())
                .isEqualTo(200);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/tasks?standard=" + draft))
                        .getContentAsString())
                .contains("submitProposal");

        assertThat(api.as("admin")
                        .put(
                                "/api/users/" + name + "/roles",
                                List.of(Map.of("role", "SECRETARIAT", "committee", SECTOR)))
                        .status())
                .isEqualTo(200);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/standards/" + draft))
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse tasks = inSession(session, MockMvcRequestBuilders.get("/api/tasks?standard=" + draft));
        assertThat(tasks.getStatus()).isEqualTo(200);
        assertThat(json.readTree(tasks.getContentAsString()))
                .as("the engine's groups changed too")
                .isEmpty();
        MockHttpServletResponse list = inSession(
                session,
                MockMvcRequestBuilders.get("/api/standards?size=500&committee=" + NATIONAL + "&stage=PRELIMINARY"));
        assertThat(list.getContentAsString()).doesNotContain("Draft of the old committee");
    }

    @Test
    void aPasswordResetOrALockSignsTheSessionOut() throws Exception {
        String reset = account("OBSERVER", null);
        MockHttpSession session = signIn(reset);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/tasks")).getStatus())
                .isEqualTo(200);
        assertThat(api.as("admin")
                        .post("/api/users/" + reset + "/password", Map.of("password", "another password 1"))
                        .status())
                .isEqualTo(200);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/tasks")).getStatus())
                .isEqualTo(401);

        String locked = account("OBSERVER", null);
        MockHttpSession lockedSession = signIn(locked);
        for (int attempt = 0; attempt < 10; attempt++) {
            mvc.perform(MockMvcRequestBuilders.post("/login")
                    .param("username", locked)
                    .param("password", "wrong guess " + attempt)
                    .with(csrf()));
        }
        assertThat(inSession(lockedSession, MockMvcRequestBuilders.get("/api/tasks"))
                        .getStatus())
                .isEqualTo(401);
    }

    /** What Chromium sends with a navigation. */
    static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** A new account with one grant; its password is its name followed by " password". */
    private String account(String role, String committee) {
        String name = "hardening" + role.toLowerCase().replace("_", "") + ACCOUNTS.incrementAndGet();
        Map<String, Object> grant =
                committee == null ? Map.of("role", role) : Map.of("role", role, "committee", committee);
        var created = api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                name,
                                "displayName",
                                name,
                                "password",
                                name + " password",
                                "roles",
                                List.of(grant)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return name;
    }

    /** Signs in through the login form, as a browser does, and returns the session. */
    private MockHttpSession signIn(String name) throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .param("username", name)
                        .param("password", name + " password")
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MockHttpServletResponse inSession(MockHttpSession session, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    // ---- 2. claims follow roles ----------------------------------------------------------------------

    @Test
    void aClaimHeldBySomeoneWhoLeftTheCommitteeCanNeitherBeWorkedByThemNorBlockTheirColleagues() throws Exception {
        String leaver = account("SECRETARIAT", NATIONAL);
        long id = registerNational("Claimed by a leaver");
        String taskId = task(leaver, id, "submitProposal").get("id").asText();
        assertThat(api.as(leaver)
                        .post("/api/tasks/" + taskId + "/claim", Map.of())
                        .text("assignee"))
                .isEqualTo(leaver);

        assertThat(api.as("admin")
                        .put(
                                "/api/users/" + leaver + "/roles",
                                List.of(Map.of("role", "SECRETARIAT", "committee", SECTOR)))
                        .status())
                .isEqualTo(200);
        var guard = new WriteGuard(jdbc, runtime, engineTasks, management, history);
        assertThat(guard.unchangedBy(() -> api.as(leaver).post("/api/tasks/" + taskId + "/complete", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(api.as(leaver)
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(stage(id)).isEqualTo("PRELIMINARY");
        Api.Response list = api.as(leaver).get("/api/tasks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().toString()).doesNotContain(taskId);
        MockHttpServletResponse page = mvc.perform(
                        MockMvcRequestBuilders.get("/tasks").with(user(users.loadUserByUsername(leaver))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus())
                .as("one unreadable row never breaks the list")
                .isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain(taskId);

        // A colleague cannot take it over, but the committee's secretariat hands it back, on the record.
        assertThat(api.as("secretary")
                        .post("/api/tasks/" + taskId + "/complete", Map.of())
                        .status())
                .isEqualTo(409);
        Api.Response handedBack = api.as("secretary").post("/api/tasks/" + taskId + "/unclaim", Map.of());
        assertThat(handedBack.status()).as(handedBack.body().toString()).isEqualTo(200);
        assertThat(handedBack.text("assignee")).isNull();
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/audit")
                        .body()
                        .toString())
                .contains("HAND_BACK_TASK", "submitProposal from " + leaver);
        complete("secretary", id, "submitProposal");
        assertThat(stage(id)).isEqualTo("PROPOSAL");
    }

    @Test
    void anAdministratorHandsBackAClaimedTaskButTheOtherSecretariatCannot() {
        long id = registerNational("Handed back by an administrator");
        String taskId = task("secretary", id, "submitProposal").get("id").asText();
        api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(api.as("secretary2")
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.as("drafter")
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(task("secretary", id, "submitProposal").get("assignee").asText())
                .isEqualTo("secretary");
        Api.Response handedBack = api.as("admin").post("/api/tasks/" + taskId + "/unclaim", Map.of());
        assertThat(handedBack.status()).isEqualTo(200);
        assertThat(task("secretary", id, "submitProposal").get("assignee").isNull())
                .isTrue();
        assertThat(api.as("admin")
                        .post("/api/tasks/" + taskId + "/complete", Map.of())
                        .status())
                .as("administrators hand back, they do not work others' tasks")
                .isEqualTo(403);
    }

    // ---- 3. no request from another site changes anything --------------------------------------------

    @Test
    void browsersAreNeverChallengedForBasicCredentials() throws Exception {
        MockHttpServletResponse navigation = mvc.perform(
                        MockMvcRequestBuilders.get("/api/reports/stages?programme=CLOUD-2025&format=csv")
                                .header("Accept", BROWSER_ACCEPT)
                                .header("Sec-Fetch-Mode", "navigate")
                                .header("Sec-Fetch-Site", "same-origin"))
                .andReturn()
                .getResponse();
        assertThat(navigation.getStatus()).isEqualTo(302);
        assertThat(navigation.getRedirectedUrl()).endsWith("/login");
        assertThat(navigation.getHeader("WWW-Authenticate")).isNull();

        MockHttpServletResponse fetch = mvc.perform(MockMvcRequestBuilders.get("/api/users")
                        .header("Accept", "*/*")
                        .header("Sec-Fetch-Mode", "cors"))
                .andReturn()
                .getResponse();
        assertThat(fetch.getStatus()).isEqualTo(401);
        assertThat(fetch.getHeader("WWW-Authenticate")).doesNotStartWith("Basic");

        MockHttpServletResponse client = mvc.perform(MockMvcRequestBuilders.get("/api/users"))
                .andReturn()
                .getResponse();
        assertThat(client.getStatus()).isEqualTo(401);
        assertThat(client.getHeader("WWW-Authenticate")).startsWith("Basic");
        MockHttpServletResponse engine = mvc.perform(
                        MockMvcRequestBuilders.get("/engine-rest/task/count").header("Sec-Fetch-Mode", "navigate"))
                .andReturn()
                .getResponse();
        assertThat(engine.getStatus()).isEqualTo(401);
        assertThat(engine.getHeader("WWW-Authenticate")).doesNotStartWith("Basic");
    }

    @Test
    void basicCredentialsSentByABrowserForAnotherSiteChangeNothing() throws Exception {
        String victim = account("OBSERVER", null);
        for (String[] foreign : List.of(
                new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Sec-Fetch-Site", "same-site"},
                new String[] {"Origin", "https://attacker.example"},
                new String[] {"Origin", "null"})) {
            MockHttpServletResponse forged = mvc.perform(
                            MockMvcRequestBuilders.post("/api/users/" + victim + "/disable")
                                    .header(foreign[0], foreign[1])
                                    .with(httpBasic("admin", "admin")))
                    .andReturn()
                    .getResponse();
            assertThat(forged.getStatus()).as(String.join(": ", foreign)).isEqualTo(403);
            assertThat(forged.getContentAsString()).contains("CSRF");
            assertThat(api.as("admin")
                            .get("/api/users/" + victim)
                            .get("enabled")
                            .asBoolean())
                    .isTrue();
        }
        MockHttpServletResponse engine = mvc.perform(MockMvcRequestBuilders.post("/engine-rest/task/count")
                        .contentType("application/json")
                        .content("{}")
                        .header("Sec-Fetch-Site", "cross-site")
                        .with(httpBasic("admin", "admin")))
                .andReturn()
                .getResponse();
        assertThat(engine.getStatus())
                .as("the engine's API is protected the same way")
                .isEqualTo(403);

        // The same credentials from an API client, or from a page of this site, work as before.
        MockHttpServletResponse own = mvc.perform(MockMvcRequestBuilders.post("/api/users/" + victim + "/disable")
                        .header("Origin", "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin")
                        .with(httpBasic("admin", "admin")))
                .andReturn()
                .getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        MockHttpServletResponse script = mvc.perform(MockMvcRequestBuilders.post("/api/users/" + victim + "/enable")
                        .with(httpBasic("admin", "admin")))
                .andReturn()
                .getResponse();
        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(api.as("admin").get("/api/users/" + victim).get("enabled").asBoolean())
                .isTrue();
    }

    @Test
    void signingInNeedsTheLoginFormsToken() throws Exception {
        String name = account("OBSERVER", null);
        MockHttpServletResponse forged = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .param("username", name)
                        .param("password", name + " password"))
                .andReturn()
                .getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(forged.getHeader("Set-Cookie")).isNull();
        assertThat(signIn(name)).as("with the form's token").isNotNull();
    }

    // ---- 5. reports reveal nothing the reader may not see ------------------------------------------

    @Test
    void reportRowsAreLimitedToWhatTheReaderMaySeeWhileCountsStayWhole() throws Exception {
        var body = nationalStandard("Secret draft aligned with ISO " + System.nanoTime());
        body.put("international", Map.of("reference", "ISO/IEC 99999:2026", "degree", "IDT"));
        long draft = register(body);
        String title = (String) body.get("title");
        long own = register(sectorStandard("Visible to its own secretariat"));

        JsonNode adoptionForAdmin = api.as("admin")
                .get("/api/reports/adoption?programme=CLOUD-2025")
                .body();
        JsonNode adoptionForOther = api.as("secretary2")
                .get("/api/reports/adoption?programme=CLOUD-2025")
                .body();
        assertThat(adoptionForAdmin.toString()).contains(title);
        assertThat(adoptionForOther.toString()).doesNotContain(title).doesNotContain("ISO/IEC 99999:2026");
        assertThat(adoptionForOther.get("internationalAlignment").get("identical"))
                .isEqualTo(adoptionForAdmin.get("internationalAlignment").get("identical"));
        for (JsonNode row : adoptionForOther.get("internationalAlignment").get("standards")) {
            assertThat(api.as("secretary2")
                            .get("/api/standards/" + row.get("id").asLong())
                            .status())
                    .isEqualTo(200);
        }

        JsonNode targetsForAdmin =
                api.as("admin").get("/api/reports/targets?programme=CLOUD-2025").body();
        JsonNode targetsForOther = api.as("secretary2")
                .get("/api/reports/targets?programme=CLOUD-2025")
                .body();
        assertThat(ids(targetsForAdmin.get("forecast").get("standards"))).contains(draft);
        assertThat(ids(targetsForOther.get("forecast").get("standards")))
                .doesNotContain(draft)
                .contains(own);
        for (long id : ids(targetsForOther.get("forecast").get("standards"))) {
            assertThat(api.as("secretary2").get("/api/standards/" + id).status())
                    .as("row " + id)
                    .isEqualTo(200);
        }
        for (String total : List.of("inProgress", "published", "cancelled", "overdue")) {
            assertThat(targetsForOther.get(total)).as(total).isEqualTo(targetsForAdmin.get(total));
        }
        assertThat(targetsForOther.get("forecast").get("expected"))
                .isEqualTo(targetsForAdmin.get("forecast").get("expected"));

        String csv = export("secretary2", "/api/reports/targets?programme=CLOUD-2025&format=csv");
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[0])).doesNotContain(String.valueOf(draft));
        assertThat(export("admin", "/api/reports/targets?programme=CLOUD-2025&format=csv")
                        .lines()
                        .skip(1)
                        .map(l -> l.split(",")[0]))
                .contains(String.valueOf(draft));
    }

    private Map<String, Object> sectorStandard(String title) {
        var body = nationalStandard(title);
        body.put("type", "SECTOR");
        body.put("committee", SECTOR);
        return body;
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private String export(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(user))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    // ---- 6. a voter's reasons stay in the ballot ----------------------------------------------------

    @Test
    void aPassingBallotsStageEventNamesTheResultAndNoVoter() {
        long id = registerNational("Ballot record");
        toTechnicalReview(id);
        for (String voter : List.of("reviewer1", "reviewer2", "reviewer3")) {
            complete(voter, id, "castVote", Map.of("vote", "APPROVE"));
        }
        String secret = "Private remark of the last voter " + id;
        complete("reviewer4", id, "castVote", Map.of("vote", "APPROVE_WITH_COMMENTS", "comment", secret));

        JsonNode approval = null;
        for (JsonNode event : standard(id).get("history")) {
            if (event.get("code").asText().equals("40.99")) {
                approval = event;
            }
        }
        assertThat(approval).isNotNull();
        assertThat(approval.get("reason").asText())
                .isEqualTo("passed: 4 approve (1 with comments), 0 disapprove, 0 abstain, 0 not voted");
        assertThat(approval.get("actor").asText()).isEqualTo("ballot");
        assertThat(standard(id).toString()).doesNotContain(secret).doesNotContain("\"actor\":\"reviewer4\"");
        // The vote's comment stays with the vote, where the ballot's readers find it.
        assertThat(jdbc.sql(
                                "select comment from ballot_vote v join ballot b on b.id = v.ballot_id where b.standard_id = ? and v.username = 'reviewer4'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(secret);
    }

    // ---- 7. exported files are safe to open ---------------------------------------------------------

    @Test
    void csvCellsThatASpreadsheetWouldEvaluateAreNeutralised() throws Exception {
        String marker = "Formula" + System.nanoTime();
        for (String title : List.of(
                "=2+3 " + marker, "+SUM(A1) " + marker, "-1+1 " + marker, "@cmd " + marker, "\tTab " + marker)) {
            var body = nationalStandard(title);
            body.put("titleZh", title);
            register(body);
        }
        MockHttpServletResponse csv = mvc.perform(
                        MockMvcRequestBuilders.get("/api/standards?size=500&format=csv&q=" + marker)
                                .with(user(users.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "'=2+3 " + marker,
                        "'+SUM(A1) " + marker,
                        "'-1+1 " + marker,
                        "'@cmd " + marker,
                        "'\tTab " + marker);
        for (String line : text.lines().skip(1).toList()) {
            for (String cell : line.split(",")) {
                assertThat(cell)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
        assertThat(csv.getHeader("Content-Disposition")).matches("attachment; filename=\"[A-Za-z0-9._-]+\"");
    }

    // ---- 9. published numbers are unique --------------------------------------------------------------

    @Test
    void aDualNumberCannotRepeatANationalNumberAlreadyPublished() {
        long plain = registerNational("Published plainly");
        var adoption = nationalStandard("Adopted identically");
        adoption.put("international", Map.of("reference", "ISO/IEC 17788:2014", "degree", "IDT"));
        long identical = register(adoption);
        toApproval(plain);
        submitAndApproveProposal(identical);
        openConsultation(identical);
        closeConsultation(identical);
        complete("drafter", identical, "resolveComments", Map.of("outcome", "SUBMIT"));
        ballotPasses(identical);
        String number = nextNumber("GB/T");
        publish(plain, number);
        complete("secretary", identical, "submitForApproval", submissionPackage());
        complete("sac", identical, "approvePublication", Map.of("outcome", "APPROVE"));
        var today = LocalDate.ofInstant(now(), ZONE);
        Api.Response dual = tryComplete(
                "sac",
                identical,
                "publish",
                Map.of(
                        "publishedNumber",
                        number + "/ISO/IEC 17788:2014",
                        "publicationDate",
                        today.toString(),
                        "implementationDate",
                        today.plusMonths(6).toString()));
        assertThat(dual.status()).isEqualTo(409);
        assertThat(dual.text("detail")).contains(number + " is already the number of another standard");
        Api.Response tooLong = tryComplete(
                "sac",
                identical,
                "publish",
                Map.of(
                        "publishedNumber",
                        nextNumber("GB/T") + "/ISO/IEC 17788:2014" + "x".repeat(200),
                        "publicationDate",
                        today.toString(),
                        "implementationDate",
                        today.plusMonths(6).toString()));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text("field")).isEqualTo("publishedNumber");
        assertThat(stage(identical)).isEqualTo("APPROVAL");
    }

    // ---- 11. smaller rule defects -----------------------------------------------------------------------

    @Test
    void sendingTheDraftBackNeedsNoResolutionsOnlySubmittingDoes() {
        long id = registerNational("Revised before resolving");
        submitAndApproveProposal(id);
        complete("drafter", id, "submitDraft");
        openConsultation(id);
        assertThat(api.as("reviewer1")
                        .post(
                                "/api/standards/" + id + "/comments",
                                Map.of("clause", "4", "type", "GENERAL", "text", "The scope is unclear."))
                        .status())
                .isEqualTo(201);
        closeConsultation(id);
        assertThat(tryComplete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"))
                        .status())
                .isEqualTo(409);
        complete(
                "drafter",
                id,
                "resolveComments",
                Map.of("outcome", "REVISE", "comment", "Rewrite the scope and consult again."));
        assertThat(stageCodes(id)).endsWith("30.93");
    }

    @Test
    void aStandardsOpenTasksAreListedOnlyToThoseWhoMayKnowThem() {
        long id = registerNational("Who has not voted");
        toTechnicalReview(id);
        complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        assertThat(assignees(api.as("secretary").get("/api/standards/" + id)))
                .containsExactlyInAnyOrder("reviewer2", "reviewer3", "reviewer4");
        assertThat(assignees(api.as("admin").get("/api/standards/" + id)))
                .containsExactlyInAnyOrder("reviewer2", "reviewer3", "reviewer4");
        assertThat(assignees(api.as("reviewer2").get("/api/standards/" + id))).containsExactly("reviewer2");
        assertThat(assignees(api.as("reviewer1").get("/api/standards/" + id))).isEmpty();
        assertThat(api.as("observer").get("/api/standards/" + id).get("tasks")).isEmpty();
        assertThat(api.as("sac").get("/api/standards/" + id).toString()).doesNotContain("reviewer3");
    }

    private static List<String> assignees(Api.Response standard) {
        assertThat(standard.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        standard.get("tasks").forEach(t -> names.add(t.get("assignee").asText()));
        return names;
    }

    @Test
    void successesDoNotCountFailuresOffAndOnlyTheRightPasswordLearnsOfALock() throws Exception {
        String name = account("OBSERVER", null);
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(basic(name, "guess " + round + attempt).getStatus()).isEqualTo(401);
            }
            assertThat(basic(name, name + " password").getStatus())
                    .as("round " + round)
                    .isIn(200, 401);
        }
        MockHttpServletResponse wrong = basic(name, "another guess");
        MockHttpServletResponse unknown = basic("nosuchaccount" + name, "another guess");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).doesNotContain("locked").isEqualTo(unknown.getContentAsString());
        MockHttpServletResponse right = basic(name, name + " password");
        assertThat(right.getStatus())
                .as("ten failures in the window lock, whatever succeeded between")
                .isEqualTo(401);
        assertThat(right.getContentAsString()).contains("locked");

        String patient = account("OBSERVER", null);
        for (int attempt = 0; attempt < 9; attempt++) {
            basic(patient, "guess " + attempt);
        }
        passTime(Duration.ofMinutes(16));
        for (int attempt = 0; attempt < 9; attempt++) {
            basic(patient, "guess " + attempt);
        }
        assertThat(basic(patient, patient + " password").getStatus())
                .as("a new window opened")
                .isEqualTo(200);

        String disabled = account("OBSERVER", null);
        api.as("admin").post("/api/users/" + disabled + "/disable", Map.of());
        assertThat(basic(disabled, "a guess").getContentAsString()).doesNotContain("disabled");
        assertThat(basic(disabled, disabled + " password").getContentAsString()).contains("disabled");
    }

    private MockHttpServletResponse basic(String user, String password) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/programmes").with(httpBasic(user, password)))
                .andReturn()
                .getResponse();
    }

    @Test
    void aStandardEntersIntoForceOnItsImplementationDateHoweverLateTheTimerRuns() {
        long id = registerNational("Late timer");
        toApproval(id);
        publish(id, nextNumber("GB/T"));
        LocalDate implementation =
                LocalDate.parse(standard(id).get("implementationDate").asText());
        passTime(Period.ofMonths(9));
        assertThat(fireDueTimers(id)).isEqualTo(1);
        JsonNode inForce = null;
        for (JsonNode event : standard(id).get("history")) {
            if (event.get("code").asText().equals("60.60")) {
                inForce = event;
            }
        }
        Instant effective = implementation.atStartOfDay(ZONE).toInstant();
        assertThat(Instant.parse(inForce.get("time").asText())).isEqualTo(effective);
        var review = timers(id).get(0);
        assertThat(review.getDuedate().toInstant())
                .as("five years from the implementation date, not from the late timer")
                .isEqualTo(implementation.plusYears(5).atStartOfDay(ZONE).toInstant());
    }

    @Test
    void aCockpitModificationSkippingCustomListenersKeepsTheProjectionsTrue() {
        long id = registerNational("Modified in Cockpit");
        submitAndApproveProposal(id);
        String process = processInstance(id);
        // What Cockpit sends for "move the token" with "skip custom listeners" ticked: back through the
        // drafting flow, whose listener records the stage event.
        runtime.createProcessInstanceModification(process)
                .cancelAllForActivity("submitDraft")
                .startTransition("draftingStarts")
                .execute(true, false);
        List<String> engineTasks = this.engineTasks.createTaskQuery().processInstanceId(process).list().stream()
                .map(t -> t.getId())
                .sorted()
                .toList();
        List<String> projected = jdbc.sql("select task_id from open_task where standard_id = ? order by task_id")
                .param(id)
                .query(String.class)
                .list();
        assertThat(projected).isEqualTo(engineTasks).hasSize(1);
        assertThat(stageCodes(id)).endsWith("10.99", "10.99");
        assertThat(stage(id)).isEqualTo("DRAFTING");
    }

    @Test
    void candidateGroupsChangedThroughTheEngineReachTheTaskList() {
        long id = registerNational("Offered to another group");
        String taskId = task("secretary", id, "submitProposal").get("id").asText();
        assertThat(api.as("association").get("/api/tasks?standard=" + id).body())
                .isEmpty();
        engineTasks.addCandidateGroup(taskId, "association");
        assertThat(api.as("association").get("/api/tasks?standard=" + id).body().toString())
                .contains(taskId);
        assertThat(task("secretary", id, "submitProposal")
                        .get("candidateGroups")
                        .toString())
                .contains("association");
        engineTasks.deleteCandidateGroup(taskId, "association");
        assertThat(api.as("association").get("/api/tasks?standard=" + id).body())
                .isEmpty();
    }

    // ---- 10. bad input never reaches a 500 ----------------------------------------------------------

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWhereverItIsSet() throws Exception {
        String chinese = "密".repeat(30);
        var guard = new WriteGuard(jdbc, runtime, engineTasks, management, history);
        Api.Response created = guard.unchangedBy(() -> api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                "longpassword",
                                "displayName",
                                "Long password",
                                "password",
                                chinese,
                                "roles",
                                List.of(Map.of("role", "OBSERVER")))));
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.text("field")).isEqualTo("password");
        assertThat(created.text("detail")).contains("72 bytes");
        String name = account("OBSERVER", null);
        assertThat(api.as("admin")
                        .post("/api/users/" + name + "/password", Map.of("password", chinese))
                        .status())
                .isEqualTo(422);
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.post("/admin/users")
                        .param("username", "longpassword2")
                        .param("displayName", "Long")
                        .param("password", chinese)
                        .param("role", "OBSERVER")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(api.as("admin").get("/api/users/longpassword2").status()).isEqualTo(404);
        MockHttpServletResponse signIn = mvc.perform(
                        MockMvcRequestBuilders.get("/api/tasks").with(httpBasic(name, chinese)))
                .andReturn()
                .getResponse();
        assertThat(signIn.getStatus()).isEqualTo(401);
    }

    @Test
    void pagesFarBeyondTheEndAreEmptyNotErrors() throws Exception {
        Api.Response far = api.as("observer").get("/api/standards?page=4294968&size=500");
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.get("items")).isEmpty();
        assertThat(far.get("total").asLong()).isPositive();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/standards?page=42949673")
                                .with(user(users.loadUserByUsername("observer"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void nulCharactersAndOverlongValuesAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        var guard = new WriteGuard(jdbc, runtime, engineTasks, management, history);
        var body = nationalStandard("With a \u0000 NUL");
        body.put("title", "With a \u0000 NUL");
        Api.Response nul = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", body));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.text("field")).isEqualTo("title");
        assertThat(nul.text("detail")).contains("NUL");
        MockHttpServletResponse query = mvc.perform(MockMvcRequestBuilders.get("/api/standards")
                        .param("q", "a\u0000b")
                        .with(user(users.loadUserByUsername("observer"))))
                .andReturn()
                .getResponse();
        assertThat(query.getStatus()).isEqualTo(400);
        assertThat(query.getContentAsString()).contains("\"field\":\"q\"");

        long id = registerNational("Overlong plan number");
        complete("secretary", id, "submitProposal");
        passTime(Period.ofDays(30));
        fireDueTimers(id);
        Api.Response plan = guard.unchangedBy(() -> tryComplete(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "2026-" + "9".repeat(70))));
        assertThat(plan.status()).isEqualTo(422);
        assertThat(plan.text("field")).isEqualTo("planNumber");
        Api.Response comment = guard.unchangedBy(() -> tryComplete(
                "sac", id, "approveProposal", Map.of("outcome", "REJECT", "comment", "Reason with \u0000 inside")));
        assertThat(comment.status()).isEqualTo(400);
        assertThat(comment.text("field")).isEqualTo("comment");
    }

    @Test
    void anOverlongTaskIdIsNotFoundAndTheAttemptIsAudited() {
        String id = "x".repeat(100);
        long before = jdbc.sql("select count(*) from audit_event where outcome = 'REFUSED'")
                .query(Long.class)
                .single();
        Api.Response response = api.as("secretary").post("/api/tasks/" + id + "/complete", Map.of());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from audit_event where outcome = 'REFUSED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void aMalformedAcceptHeaderOnAnExportIs406AsProblemDetails() throws Exception {
        for (String path : List.of(
                "/api/standards",
                "/api/reports/stages?programme=CLOUD-2025",
                "/api/reports/targets?programme=CLOUD-2025")) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
                            .header("Accept", "csv")
                            .with(user(users.loadUserByUsername("observer"))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(406);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(path).contains("Accept header");
        }
    }
}
