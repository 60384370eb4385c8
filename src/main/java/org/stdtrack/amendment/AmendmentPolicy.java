package org.stdtrack.amendment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxAmendments how many amendments a standard takes (rejected ones not counted)
 * @param amendmentConsultation how long an amendment's draft is open for comments
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
record AmendmentPolicy(
        @NotNull @Min(0) @Max(100) Integer maxAmendments,
        @NotNull Period amendmentConsultation) {}
