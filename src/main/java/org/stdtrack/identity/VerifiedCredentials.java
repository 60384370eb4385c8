package org.stdtrack.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stdtrack.persistence.Sha256;

/**
 * Checks passwords with bcrypt, and remembers for a few minutes that a password was right, so that an API
 * client sending Basic credentials with every request costs one bcrypt check, not one per request (a
 * check takes tens of milliseconds of CPU by design; under load they starved the database pool). What is
 * remembered is a salted SHA-256 of the password (the salt is random and lives only in memory) together
 * with the account's stored hash: a changed password, like a locked or disabled account (read from the
 * database on every request), takes effect at once. Failures are never remembered.
 */
class VerifiedCredentials extends DaoAuthenticationProvider {

    private record Verified(String storedHash, String passwordDigest, Instant until) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];
    private final Duration remembered;
    private final Clock clock;

    VerifiedCredentials(UserDetailsService users, PasswordEncoder passwords, Duration remembered, Clock clock) {
        super(users);
        setPasswordEncoder(passwords);
        // Whether an account is locked or disabled is told only to someone who gave its password: before
        // that, every failure looks alike, for known and unknown names.
        setPreAuthenticationChecks(account -> {});
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.remembered = remembered;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken attempt)
            throws AuthenticationException {
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String digest = digest(password);
        Instant now = clock.instant();
        Verified known = verified.get(account.getUsername());
        if (known != null
                && now.isBefore(known.until())
                && known.storedHash().equals(account.getPassword())
                && MessageDigest.isEqual(
                        known.passwordDigest().getBytes(StandardCharsets.UTF_8),
                        digest.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        super.additionalAuthenticationChecks(account, attempt);
        verified.put(account.getUsername(), new Verified(account.getPassword(), digest, now.plus(remembered)));
    }

    private String digest(String password) {
        MessageDigest sha = Sha256.digest();
        sha.update(salt);
        sha.update(password.getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(sha);
    }
}
