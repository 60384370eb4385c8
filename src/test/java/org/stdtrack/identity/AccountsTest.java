package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.TestTime.passTime;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnPostgres;

/** Accounts as administrators manage them, and sign-in as it protects them; on PostgreSQL (docs/testing.md). */
@OnPostgres
class AccountsTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void tenFailedSignInsLockTheAccountForFifteenMinutes() throws Exception {
        String user = newAccount(List.of(Map.of("role", "OBSERVER")));
        for (int attempt = 1; attempt <= 9; attempt++) {
            assertThat(signIn(user, "wrong-" + attempt).getStatus()).isEqualTo(401);
        }
        assertThat(signIn(user, PASSWORD).getStatus())
                .as("nine failures, then success: not locked")
                .isEqualTo(200);
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(signIn(user, "wrong-" + attempt).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse locked = signIn(user, PASSWORD);
        assertThat(locked.getStatus())
                .as("the right password no longer opens a locked account")
                .isEqualTo(401);
        assertThat(locked.getContentAsString()).contains("locked");
        assertThat(api.as("admin").get("/api/users/" + user).get("locked").asBoolean())
                .isTrue();

        passTime(Duration.ofMinutes(14));
        assertThat(signIn(user, PASSWORD).getStatus()).isEqualTo(401);
        passTime(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(user, PASSWORD).getStatus())
                .as("the lock expires after 15 minutes")
                .isEqualTo(200);
    }

    @Test
    void aPasswordResetLiftsTheLock() throws Exception {
        String user = newAccount(List.of(Map.of("role", "OBSERVER")));
        for (int attempt = 0; attempt < 10; attempt++) {
            signIn(user, "wrong");
        }
        assertThat(signIn(user, PASSWORD).getStatus()).isEqualTo(401);
        Api.Response reset =
                api.as("admin").post("/api/users/" + user + "/password", Map.of("password", "another-long-password"));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.get("locked").asBoolean()).isFalse();
        assertThat(signIn(user, "another-long-password").getStatus()).isEqualTo(200);
        assertThat(signIn(user, PASSWORD).getStatus()).isEqualTo(401);
    }

    @Test
    void administratorsCreateAccountsWithRolesPerCommittee() throws Exception {
        String user = newAccount(List.of(
                Map.of("role", "INDUSTRY_REVIEWER", "committee", NATIONAL),
                Map.of("role", "VOTING_MEMBER", "committee", NATIONAL)));
        Api.Response account = api.as("admin").get("/api/users/" + user);
        assertThat(account.get("roles").findValuesAsText("role")).containsExactly("INDUSTRY_REVIEWER", "VOTING_MEMBER");
        assertThat(account.get("roles").findValuesAsText("committee")).containsOnly(NATIONAL);
        assertThat(account.body().has("password"))
                .as("hashes never leave the server")
                .isFalse();
        String hash = jdbc.sql("select password from app_user where username = ?")
                .param(user)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}");

        long id = journeys.registerNational("Reviewed by a new account");
        assertThat(api.as(user).get("/api/standards/" + id).status())
                .as("a reviewer of the committee sees its drafts")
                .isEqualTo(200);

        Api.Response changed =
                api.as("admin").put("/api/users/" + user + "/roles", List.of(Map.of("role", "ENTERPRISE")));
        assertThat(changed.get("roles").findValuesAsText("role")).containsExactly("ENTERPRISE");
        assertThat(api.as(user).get("/api/standards/" + id).status())
                .as("no longer")
                .isEqualTo(404);
        assertThat(api.as("admin").get("/api/users").body().findValuesAsText("username"))
                .contains(user, "admin");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String user = newAccount(List.of(Map.of("role", "OBSERVER")));
        assertThat(api.as("admin")
                        .post("/api/users/" + user + "/disable", Map.of())
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        MockHttpServletResponse refused = signIn(user, PASSWORD);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentAsString()).contains("disabled");
        api.as("admin").post("/api/users/" + user + "/enable", Map.of());
        assertThat(signIn(user, PASSWORD).getStatus()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String user : List.of("secretary", "drafter", "reviewer1", "sac", "observer", "enterprise1")) {
            assertThat(api.as(user).get("/api/users").status()).isEqualTo(403);
            assertThat(api.as(user)
                            .post("/api/users", account("intruder" + user, List.of(Map.of("role", "ADMIN"))))
                            .status())
                    .isEqualTo(403);
            assertThat(api.as(user)
                            .post("/api/users/admin/password", Map.of("password", "taken-over-now"))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(api.as(null).get("/api/users").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from app_user where username like 'intruder%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void accountRequestsAreValidated() {
        String name = "account" + NAMES.incrementAndGet();
        List<Map<String, String>> observer = List.of(Map.of("role", "OBSERVER"));
        assertRefused(
                api.as("admin").post("/api/users", with(account(name, observer), "password", "short")),
                422,
                "password");
        assertRefused(
                api.as("admin").post("/api/users", with(account(name, observer), "username", "bad name!")),
                422,
                "username");
        assertRefused(
                api.as("admin").post("/api/users", with(account(name, observer), "organisation", "NOWHERE")),
                422,
                "organisation");
        assertRefused(
                api.as("admin").post("/api/users", account(name, List.of(Map.of("role", "SECRETARIAT")))),
                422,
                "roles");
        assertRefused(
                api.as("admin")
                        .post("/api/users", account(name, List.of(Map.of("role", "OBSERVER", "committee", NATIONAL)))),
                422,
                "roles");
        assertRefused(
                api.as("admin")
                        .post("/api/users", account(name, List.of(Map.of("role", "SECRETARIAT", "committee", "TC0")))),
                422,
                "roles");
        Api.Response badRole = api.as("admin").post("/api/users", account(name, List.of(Map.of("role", "KING"))));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.text("detail")).contains("SECRETARIAT", "OBSERVER");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
        assertRefused(api.as("admin").post("/api/users", account("admin", observer)), 409, null);
        assertRefused(api.as("admin").get("/api/users/nobody"), 404, null);
        assertRefused(api.as("admin").post("/api/users/admin/disable", Map.of()), 409, null);
        assertRefused(api.as("admin").put("/api/users/admin/roles", observer), 409, null);
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        MockHttpServletResponse response = signIn("observer", "observer");
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    private MockHttpServletResponse signIn(String user, String password) throws Exception {
        return mvc.perform(get("/api/programmes").with(httpBasic(user, password)))
                .andReturn()
                .getResponse();
    }

    private String newAccount(List<Map<String, String>> roles) {
        String name = "account" + NAMES.incrementAndGet();
        Api.Response created = api.as("admin").post("/api/users", account(name, roles));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/users/" + name);
        return name;
    }

    private static Map<String, Object> account(String name, List<Map<String, String>> roles) {
        return Map.of("username", name, "displayName", "Test account " + name, "password", PASSWORD, "roles", roles);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        var copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        if (field != null) {
            assertThat(response.text("field")).isEqualTo(field);
        }
    }
}
