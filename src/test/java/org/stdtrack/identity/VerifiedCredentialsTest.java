package org.stdtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder encoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    };
    private final Map<String, UserDetails> accounts = new HashMap<>();
    private Instant now = Instant.parse("2026-11-24T08:00:00Z");
    private final VerifiedCredentials provider =
            new VerifiedCredentials(name -> accounts.get(name), encoder, Duration.ofMinutes(5), new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void aVerifiedPasswordIsCheckedOnceWhileRemembered() {
        account("secretary", "right-password", false);
        signIn("secretary", "right-password");
        signIn("secretary", "right-password");
        assertThat(checks).hasValue(1);
        now = now.plus(Duration.ofMinutes(6));
        signIn("secretary", "right-password");
        assertThat(checks).as("remembered no longer than configured").hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndRefused() {
        account("secretary", "right-password", false);
        signIn("secretary", "right-password");
        assertThatThrownBy(() -> signIn("secretary", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("secretary", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void aChangedPasswordOrALockedAccountTakesEffectAtOnce() {
        account("secretary", "right-password", false);
        signIn("secretary", "right-password");
        account("secretary", "new-password", false);
        assertThatThrownBy(() -> signIn("secretary", "right-password")).isInstanceOf(BadCredentialsException.class);
        signIn("secretary", "new-password");
        account("secretary", "new-password", true);
        assertThatThrownBy(() -> signIn("secretary", "new-password")).isInstanceOf(LockedException.class);
    }

    private void account(String name, String password, boolean locked) {
        accounts.put(
                name,
                User.withUsername(name)
                        .password(encoder.encode(password))
                        .accountLocked(locked)
                        .roles("SECRETARIAT")
                        .build());
    }

    private void signIn(String name, String password) {
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password))
                        .isAuthenticated())
                .isTrue();
    }
}
