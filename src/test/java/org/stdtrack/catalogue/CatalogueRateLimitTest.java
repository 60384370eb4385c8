package org.stdtrack.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The catalogue's limit per address, window by window, and the addresses it remembers, bounded. */
class CatalogueRateLimitTest {

    private final CatalogueRateLimit limit =
            new CatalogueRateLimit(3, Clock.systemUTC(), new StaticMessageSource(), new ObjectMapper());
    private final Instant t0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anAddressGetsItsRequestsAMinuteThenWaitsForTheNextWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.admit("203.0.113.7", t0.plusSeconds(i))).isZero();
        }
        assertThat(limit.admit("203.0.113.7", t0.plusSeconds(20)))
                .as("seconds until its window ends")
                .isEqualTo(40);
        assertThat(limit.admit("198.51.100.1", t0.plusSeconds(20)))
                .as("another address")
                .isZero();
        assertThat(limit.admit("203.0.113.7", t0.plusSeconds(60)))
                .as("a new window")
                .isZero();
    }

    @Test
    void aClockSetBackEndsTheWindowInsteadOfHoldingTheAddressForMonths() {
        Instant later = t0.plus(Duration.ofDays(121));
        for (int i = 0; i < 3; i++) {
            limit.admit("203.0.113.7", later);
        }
        assertThat(limit.admit("203.0.113.7", later)).isEqualTo(60);
        assertThat(limit.admit("203.0.113.7", t0))
                .as("the window began after now: a new one")
                .isZero();
    }

    @Test
    void theAddressesCountedAtOnceAreBounded() {
        for (int i = 0; i <= CatalogueRateLimit.MAX_ADDRESSES; i++) {
            limit.admit("10.0." + (i / 250) + "." + (i % 250), t0);
        }
        limit.admit("203.0.113.7", t0);
        limit.admit("203.0.113.7", t0);
        limit.admit("203.0.113.7", t0);
        assertThat(limit.admit("203.0.113.7", t0)).isPositive();
        assertThat(limit.admit("10.0.0.0", t0))
                .as("the oldest forgotten: counted afresh")
                .isZero();
    }
}
