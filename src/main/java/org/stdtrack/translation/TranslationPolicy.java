package org.stdtrack.translation;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param translationLimit a foreign-language version started for a published standard is submitted within
 *     this long of its start
 * @param translationAfterPublication one started while the standard is developed is submitted within this
 *     long of the standard's publication
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
record TranslationPolicy(
        @NotNull Period translationLimit, @NotNull Period translationAfterPublication) {}
