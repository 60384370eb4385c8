package org.stdtrack.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.stdtrack.programme.Committee.ProposalSupport;
import org.stdtrack.programme.CountingBases;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standard.Track;

/**
 * The programme's procedural rules (domain reference, sections 2 and 3). Defaults live in
 * application.yml; every value can be overridden per deployment, and P0D is a valid period.
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
public record Policy(
        @NotNull Period proposalCommentPeriod,
        @NotNull Period approvalNotice,
        @NotNull Period withdrawalNotice,
        @NotNull Period reviewPapersNotice,
        @NotNull @Min(0) @Max(1000) Integer contestedFromDisapprovals,
        @NotNull @Valid ConsultationMinPeriod consultationMinPeriod,
        @NotNull @Valid DevelopmentLimit developmentLimit,
        @NotNull @Valid FastTrackLimit fastTrackLimit,
        @NotNull Period groupStandardInUse,
        @NotNull Period ballotPeriod,
        @NotNull Period nationalPositionLeadTime,
        @NotNull Period pilotNotice,
        @NotNull Period demonstrationInUse,
        @NotNull Period periodicReviewInterval,
        @NotNull @Valid BallotThresholds ballot,
        @NotNull @Valid CommitteeDefaults committeeDefaults) {

    public record ConsultationMinPeriod(
            @NotNull Period national, @NotNull Period sector) {}

    /** Plan issued to submission for approval. */
    public record DevelopmentLimit(
            @NotNull Period mandatory,
            @NotNull Period recommended,
            @NotNull Period guidance,
            @NotNull Period sector) {}

    /** Plan issued to submission for approval on each fast track, where shorter than the type's limit. */
    public record FastTrackLimit(
            @NotNull Period adoption,
            @NotNull Period revision,
            @NotNull Period conversion,
            @NotNull Period groupAdoption) {}

    /**
     * The technical review vote's thresholds (domain reference, section 3), counted on the bases of the
     * ballot's committee.
     *
     * @param participation   members taking part over the participation base must reach this
     * @param approval        approvals over those taking part must reach this
     * @param maxDisapproval  disapprovals over those taking part must not exceed this
     */
    public record BallotThresholds(
            @NotNull Fraction participation,
            @NotNull Fraction approval,
            @NotNull Fraction maxDisapproval) {}

    /**
     * The procedural settings a new committee starts with (its review mode follows its level); each committee
     * then keeps its own.
     */
    public record CommitteeDefaults(
            @NotNull ProposalSupport proposalSupport,
            @NotNull @Min(1) @Max(1000) Integer proposalSupporters,
            @NotNull Boolean proposalPackage,
            @NotNull Boolean recusal,
            @NotNull @Valid CountingBases ballotRule) {}

    public Period consultationMinPeriod(StandardType type) {
        return type.isNational() ? consultationMinPeriod.national() : consultationMinPeriod.sector();
    }

    /** The development limit of a standard of that type on that track: the track's, where it is shorter. */
    public Period developmentLimit(StandardType type, Track track) {
        Period byType = switch (type) {
            case GB -> developmentLimit.mandatory();
            case GB_T -> developmentLimit.recommended();
            case GB_Z -> developmentLimit.guidance();
            case SECTOR -> developmentLimit.sector();
        };
        Period byTrack = switch (track) {
            case REGULAR -> byType;
            case ADOPTION -> fastTrackLimit.adoption();
            case REVISION -> fastTrackLimit.revision();
            case CONVERSION -> fastTrackLimit.conversion();
            case GROUP_ADOPTION -> fastTrackLimit.groupAdoption();
        };
        LocalDate start = LocalDate.of(2000, 1, 1);
        return start.plus(byTrack).isBefore(start.plus(byType)) ? byTrack : byType;
    }
}
