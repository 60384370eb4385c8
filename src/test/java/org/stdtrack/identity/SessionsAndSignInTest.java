package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.SECTOR;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnPostgres;
import org.stdtrack.support.TestAccounts;
import org.stdtrack.support.WriteGuard;

/**
 * Sign-in and sessions as an outside review tested them (issue 12), each at what a reader would see:
 * sessions that follow their account (demotion, a move to another committee, a password reset, a lock), no
 * Basic challenge to browsers, nothing changed by a request from another site, the login form's token,
 * lockout windows that successes do not reset, passwords longer than bcrypt reads.
 */
@OnPostgres
class SessionsAndSignInTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    @Autowired
    private WriteGuard guard;

    @Test
    void aDemotedThenDisabledAdministratorsSessionLosesItsRightsAtTheNextRequest() throws Exception {
        String name = accounts.create("ADMIN", null);
        MockHttpSession session = accounts.signIn(name);
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
        String name = accounts.create("SECRETARIAT", NATIONAL);
        long draft = journeys.registerNational("Draft of the old committee");
        MockHttpSession session = accounts.signIn(name);
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
        String reset = accounts.create("OBSERVER", null);
        MockHttpSession session = accounts.signIn(reset);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/tasks")).getStatus())
                .isEqualTo(200);
        assertThat(api.as("admin")
                        .post("/api/users/" + reset + "/password", Map.of("password", "another password 1"))
                        .status())
                .isEqualTo(200);
        assertThat(inSession(session, MockMvcRequestBuilders.get("/api/tasks")).getStatus())
                .isEqualTo(401);

        String locked = accounts.create("OBSERVER", null);
        MockHttpSession lockedSession = accounts.signIn(locked);
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
        String victim = accounts.create("OBSERVER", null);
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
        String name = accounts.create("OBSERVER", null);
        MockHttpServletResponse forged = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .param("username", name)
                        .param("password", TestAccounts.password(name)))
                .andReturn()
                .getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(forged.getHeader("Set-Cookie")).isNull();
        assertThat(accounts.signIn(name)).as("with the form's token").isNotNull();
    }

    @Test
    void successesDoNotCountFailuresOffAndOnlyTheRightPasswordLearnsOfALock() throws Exception {
        String name = accounts.create("OBSERVER", null);
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(basic(name, "guess " + round + attempt).getStatus()).isEqualTo(401);
            }
            assertThat(basic(name, TestAccounts.password(name)).getStatus())
                    .as("round " + round)
                    .isIn(200, 401);
        }
        MockHttpServletResponse wrong = basic(name, "another guess");
        MockHttpServletResponse unknown = basic("nosuchaccount" + name, "another guess");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).doesNotContain("locked").isEqualTo(unknown.getContentAsString());
        MockHttpServletResponse right = basic(name, TestAccounts.password(name));
        assertThat(right.getStatus())
                .as("ten failures in the window lock, whatever succeeded between")
                .isEqualTo(401);
        assertThat(right.getContentAsString()).contains("locked");

        String patient = accounts.create("OBSERVER", null);
        for (int attempt = 0; attempt < 9; attempt++) {
            basic(patient, "guess " + attempt);
        }
        passTime(Duration.ofMinutes(16));
        for (int attempt = 0; attempt < 9; attempt++) {
            basic(patient, "guess " + attempt);
        }
        assertThat(basic(patient, TestAccounts.password(patient)).getStatus())
                .as("a new window opened")
                .isEqualTo(200);

        String disabled = accounts.create("OBSERVER", null);
        api.as("admin").post("/api/users/" + disabled + "/disable", Map.of());
        assertThat(basic(disabled, "a guess").getContentAsString()).doesNotContain("disabled");
        assertThat(basic(disabled, TestAccounts.password(disabled)).getContentAsString())
                .contains("disabled");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWhereverItIsSet() throws Exception {
        String chinese = "密".repeat(30);
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
        String name = accounts.create("OBSERVER", null);
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

    /** What Chromium sends with a navigation. */
    static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private MockHttpServletResponse inSession(MockHttpSession session, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private MockHttpServletResponse basic(String user, String password) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/programmes").with(httpBasic(user, password)))
                .andReturn()
                .getResponse();
    }
}
