package org.stdtrack.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.stdtrack.standard.StandardType;

/**
 * The programme's procedural rules (domain reference, sections 2 and 3). Defaults live in
 * application.yml; every value can be overridden per deployment, and P0D is a valid period.
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
public record Policy(
        @NotNull Period proposalCommentPeriod,
        @NotNull @Valid ConsultationMinPeriod consultationMinPeriod,
        @NotNull @Valid DevelopmentLimit developmentLimit,
        @NotNull Period ballotPeriod,
        @NotNull Period periodicReviewInterval,
        @NotNull @Valid BallotThresholds ballot) {

    public record ConsultationMinPeriod(
            @NotNull Period national, @NotNull Period sector) {}

    /** Plan issued to submission for approval. */
    public record DevelopmentLimit(
            @NotNull Period mandatory,
            @NotNull Period recommended,
            @NotNull Period guidance,
            @NotNull Period sector) {}

    /**
     * @param participation   votes cast, over eligible members, must reach this
     * @param approval        approvals, over non-abstaining votes, must reach this
     * @param maxDisapproval  disapprovals, over non-abstaining votes, must not exceed this
     */
    /**
     * The vote's thresholds and the bases they are counted on (domain reference, section 3). The Chinese
     * rule: members taking part over all members of the committee, and abstentions take part. The ISO rule:
     * participation over the eligible members, abstentions not counted.
     */
    public record BallotThresholds(
            @NotNull Fraction participation,
            @NotNull Fraction approval,
            @NotNull Fraction maxDisapproval,
            @NotNull ParticipationBase participationBase,
            @NotNull Abstentions abstentions) {}

    /** What participation is counted against: every member on the roll, or those left after recusal. */
    public enum ParticipationBase {
        ALL_MEMBERS,
        ELIGIBLE
    }

    /** Whether an abstaining member takes part (and so counts in the bases of approval and disapproval). */
    public enum Abstentions {
        COUNT_AS_TAKING_PART,
        EXCLUDE
    }

    public Period consultationMinPeriod(StandardType type) {
        return type.isNational() ? consultationMinPeriod.national() : consultationMinPeriod.sector();
    }

    public Period developmentLimit(StandardType type) {
        return switch (type) {
            case GB -> developmentLimit.mandatory();
            case GB_T -> developmentLimit.recommended();
            case GB_Z -> developmentLimit.guidance();
            case SECTOR -> developmentLimit.sector();
        };
    }
}
