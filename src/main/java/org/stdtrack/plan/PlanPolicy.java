package org.stdtrack.plan;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param extensionNotice how long before the development due date an extension must be asked for at the
 *     latest (the national rule: 30 days)
 * @param extensionMax how far beyond the current due date one extension may reach
 * @param freezeAfter how long past its development due date a project not yet submitted for approval is
 *     frozen (its tasks refused until a plan change is decided)
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
record PlanPolicy(
        @NotNull Period extensionNotice,
        @NotNull Period extensionMax,
        @NotNull Period freezeAfter) {}
