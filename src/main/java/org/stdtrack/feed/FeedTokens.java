package org.stdtrack.feed;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.problem.ApiException;

/**
 * One secret token per account for its feeds: 256 random bits, shown once when made, kept only as its
 * SHA-256. An unknown, revoked or rotated-away token, or one of a disabled account, is 404 like a feed that
 * does not exist.
 */
@Service
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;

    FeedTokens(JdbcClient jdbc, UserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Makes a new token for the user, replacing any they had; returns it (the only time it is shown). */
    @Transactional
    public String rotate(AppUser user) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("delete from feed_token where username = ?")
                .param(user.username())
                .update();
        jdbc.sql("insert into feed_token (username, token_sha256, created_at) values (?, ?, ?)")
                .params(user.username(), hash(token), toDb(clock.instant()))
                .update();
        return token;
    }

    @Transactional
    public boolean revoke(AppUser user) {
        return jdbc.sql("delete from feed_token where username = ?")
                        .param(user.username())
                        .update()
                > 0;
    }

    /** The account the token belongs to, as it is now; 404 otherwise. */
    AppUser owner(String token) {
        return jdbc.sql("select username from feed_token where token_sha256 = ?")
                .param(hash(token))
                .query(String.class)
                .optional()
                .flatMap(users::find)
                .filter(user -> users.isEnabled(user.username()))
                .orElseThrow(() -> ApiException.notFound("No such feed."));
    }

    private static String hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
    }
}
