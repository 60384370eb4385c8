package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.OnH2;

/** A refused sign-in in the browser comes back to the sign-in page saying why, never as an error page. */
@OnH2
class SignInPageOnH2Test {

    @Autowired
    MockMvc mvc;

    @Test
    void aWrongPasswordIsSaidOnTheSignInPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .param("username", "secretary")
                        .param("password", "not the password")
                        .with(csrf())
                        .session(session))
                .andReturn()
                .getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error");
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/login?error")
                        .session(session)
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Wrong user name or password.")
                .doesNotContain("locked");
    }
}
