package org.stdtrack.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standard.Track;

/** The defaults in application.yml are the domain reference's, and every one can be overridden. */
class PolicyBindingTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class)
            .withInitializer(context -> {
                try {
                    new YamlPropertySourceLoader()
                            .load("application.yml", new ClassPathResource("application.yml"))
                            .forEach(context.getEnvironment().getPropertySources()::addLast);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

    @EnableConfigurationProperties(Policy.class)
    static class Config {}

    @Test
    void defaultsFollowTheDomainReference() {
        runner.run(context -> {
            Policy policy = context.getBean(Policy.class);
            assertThat(policy.proposalCommentPeriod()).isEqualTo(Period.ofDays(30));
            assertThat(policy.consultationMinPeriod(StandardType.GB_T)).isEqualTo(Period.ofDays(60));
            assertThat(policy.consultationMinPeriod(StandardType.SECTOR)).isEqualTo(Period.ofDays(30));
            assertThat(policy.developmentLimit(StandardType.GB, Track.REGULAR)).isEqualTo(Period.ofMonths(24));
            assertThat(policy.developmentLimit(StandardType.GB_T, Track.REGULAR))
                    .isEqualTo(Period.ofMonths(18));
            assertThat(policy.developmentLimit(StandardType.SECTOR, Track.REGULAR))
                    .isEqualTo(Period.ofMonths(18));
            assertThat(policy.developmentLimit(StandardType.GB, Track.REVISION))
                    .as("a fast track's limit where shorter")
                    .isEqualTo(Period.ofMonths(12));
            assertThat(policy.developmentLimit(StandardType.GB_T, Track.GROUP_ADOPTION))
                    .isEqualTo(Period.ofMonths(12));
            assertThat(policy.groupStandardInUse()).isEqualTo(Period.ofYears(2));
            assertThat(policy.ballotPeriod()).isEqualTo(Period.ofDays(30));
            assertThat(policy.periodicReviewInterval()).isEqualTo(Period.ofYears(5));
            assertThat(policy.ballot().participation()).isEqualTo(new Fraction(3, 4));
            assertThat(policy.ballot().approval()).isEqualTo(new Fraction(2, 3));
            assertThat(policy.ballot().maxDisapproval()).isEqualTo(new Fraction(1, 4));
        });
    }

    @Test
    void everyPolicyCanBeOverriddenIncludingZeroPeriods() {
        runner.withPropertyValues(
                        "stdtrack.policy.proposal-comment-period=P0D",
                        "stdtrack.policy.consultation-min-period.sector=P45D",
                        "stdtrack.policy.ballot.approval=3/4",
                        "stdtrack.policy.fast-track-limit.adoption=P36M")
                .run(context -> {
                    Policy policy = context.getBean(Policy.class);
                    assertThat(policy.proposalCommentPeriod()).isEqualTo(Period.ZERO);
                    assertThat(policy.consultationMinPeriod(StandardType.SECTOR))
                            .isEqualTo(Period.ofDays(45));
                    assertThat(policy.ballot().approval()).isEqualTo(new Fraction(3, 4));
                    assertThat(policy.developmentLimit(StandardType.GB_T, Track.ADOPTION))
                            .as("never longer than a regular project's")
                            .isEqualTo(Period.ofMonths(18));
                });
    }

    @Test
    void aMalformedPolicyStopsTheStart() {
        runner.withPropertyValues("stdtrack.policy.ballot.approval=0.67")
                .run(context -> assertThat(context).hasFailed());
    }
}
