package org.stdtrack.extension;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param extensionNotice how long before the development due date an extension must be asked for at the
 *     latest (the national rule: 30 days)
 * @param extensionMax how far beyond the current due date one extension may reach
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
record ExtensionPolicy(
        @NotNull Period extensionNotice, @NotNull Period extensionMax) {}
