package org.stdtrack.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Sign-in and password rules (stdtrack.security). */
@Validated
@ConfigurationProperties("stdtrack.security")
public record AccountPolicy(
        @NotNull @Valid Lockout lockout,
        @Min(8) int passwordMinLength,
        @NotNull Duration verifiedPasswordCache) {

    /**
     * {@code maxFailures} failed sign-ins within {@code window} of the first lock the account for
     * {@code duration}; successful sign-ins in between do not count them off.
     */
    public record Lockout(
            @Min(1) int maxFailures,
            @NotNull Duration window,
            @NotNull Duration duration) {}
}
