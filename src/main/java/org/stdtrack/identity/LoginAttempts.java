package org.stdtrack.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after too many failed sign-ins within a window (stdtrack.security.lockout), so
 * passwords cannot be guessed online. Successful sign-ins do not count failures off: an API client that
 * authenticates every request would otherwise let an attacker guess the same account without end.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final AccountPolicy policy;
    private final Clock clock;

    LoginAttempts(UserRepository users, AccountPolicy policy, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        var lockout = policy.lockout();
        Instant now = clock.instant();
        users.recordFailedLogin(
                event.getAuthentication().getName(),
                now,
                now.minus(lockout.window()),
                lockout.maxFailures(),
                now.plus(lockout.duration()));
    }
}
