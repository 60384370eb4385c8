package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The interface language is resolved once per request and user: a standard's page asks for it with each of its
 * messages (about 50), and an API client has no session to keep it in.
 */
class LanguagesTest {

    private int asked;

    private final UserRepository users = new UserRepository(null) {
        @Override
        public Optional<String> preferredLanguage(String username) {
            asked++;
            return username.equals("zhang") ? Optional.of("zh") : Optional.empty();
        }
    };

    private final Languages languages = new Languages(users);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username) {
        SignedInUser user = new SignedInUser(
                new AppUser(username, username, null, Set.of(new RoleGrant(Role.OBSERVER, null, null))),
                "",
                true,
                false,
                0);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void aRequestAsksForItsUsersLanguageOnceHoweverManyMessagesItShows() {
        signIn("reader");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "zh-CN,zh;q=0.9");

        for (int message = 0; message < 50; message++) {
            assertThat(languages.resolveLocale(request)).isEqualTo(Locale.CHINESE);
        }
        assertThat(asked)
                .as("no saved choice: asked once, then the browser's language")
                .isOne();
    }

    @Test
    void aUserSignedInDuringTheRequestGetsTheirOwnChoice() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(languages.resolveLocale(request)).isEqualTo(Locale.ENGLISH);

        signIn("zhang");
        assertThat(languages.resolveLocale(request)).isEqualTo(Locale.CHINESE);
        assertThat(languages.resolveLocale(request)).isEqualTo(Locale.CHINESE);
        assertThat(asked).isOne();
    }
}
