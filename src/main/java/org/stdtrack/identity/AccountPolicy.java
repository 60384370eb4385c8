package org.stdtrack.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in and password rules (stdtrack.security). {@code bcryptStrength} is the cost new passwords are hashed
 * with (log2 rounds); a stored hash keeps the cost it was made with, so changing it never locks anyone out.
 */
@Validated
@ConfigurationProperties("stdtrack.security")
public record AccountPolicy(
        @NotNull @Valid Lockout lockout,
        @Min(8) int passwordMinLength,
        @NotNull Duration verifiedPasswordCache,
        @Min(4) @Max(31) int bcryptStrength) {

    /**
     * {@code maxFailures} failed sign-ins within {@code window} of the first lock the account for
     * {@code duration}; successful sign-ins in between do not count them off.
     */
    public record Lockout(
            @Min(1) int maxFailures,
            @NotNull Duration window,
            @NotNull Duration duration) {}
}
