package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Fresh accounts for tests that change an account (its roles, password, state) without touching the demo
 * users, and signing in through the login form as a browser does. A bean of the shared test contexts.
 */
public class TestAccounts {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final Api api;
    private final MockMvc mvc;

    TestAccounts(Api api, MockMvc mvc) {
        this.api = api;
        this.mvc = mvc;
    }

    /** A new account with one grant; its password is its name followed by " password". */
    public String create(String role, String committee) {
        String name = "account" + role.toLowerCase().replace("_", "") + ACCOUNTS.incrementAndGet();
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
                                password(name),
                                "roles",
                                List.of(grant)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return name;
    }

    public static String password(String account) {
        return account + " password";
    }

    /** Signs in through the login form, as a browser does, and returns the session. */
    public MockHttpSession signIn(String name) throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .param("username", name)
                        .param("password", password(name))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
