package org.stdtrack.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after too many consecutive failed sign-ins (stdtrack.security.lockout), so passwords
 * cannot be guessed online; a successful sign-in resets the count.
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
        users.recordFailedLogin(event.getAuthentication().getName(), lockout.maxFailures(),
                clock.instant().plus(lockout.duration()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
