package org.stdtrack.lifecycle;

import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardRepository.NewStandard;
import org.stdtrack.standard.Track;

/**
 * Which fast track a new standard may take (domain reference, section 3): an adoption needs an IDT or MOD
 * international standard; a revision a standard in force of the same committee and type; a conversion a
 * national type and the number of the sector or group standard it converts; a group adoption a group
 * standard (T/…) in use for at least {@code stdtrack.policy.group-standard-in-use}.
 */
@Component
class TrackRules {

    private final StandardRepository standards;
    private final StandardAccess access;
    private final Policy policy;
    private final ProgrammeClock clock;

    TrackRules(StandardRepository standards, StandardAccess access, Policy policy, ProgrammeClock clock) {
        this.standards = standards;
        this.access = access;
        this.policy = policy;
        this.clock = clock;
    }

    /** The request with its track settled (the default where none was asked for), or 422 naming the field. */
    NewStandard settled(NewStandard request, AppUser user) {
        Track track = request.track() == null ? Track.byDefault(request.internationalDegree()) : request.track();
        boolean sourced = track == Track.CONVERSION || track == Track.GROUP_ADOPTION;
        if (request.revisionOf() != null && track != Track.REVISION) {
            throw ApiException.invalid(
                            "revisionOf", "Only a revision names the standard it revises: its track is REVISION.")
                    .withText("problem.track.revisionOnly");
        }
        if (!sourced && (request.sourceStandard() != null || request.sourceInUseSince() != null)) {
            throw ApiException.invalid(
                            "sourceStandard", "Only a CONVERSION or a GROUP_ADOPTION names the standard it takes up.")
                    .withText("problem.track.sourceOnly");
        }
        switch (track) {
            case ADOPTION -> {
                if (!Track.ADOPTION.equals(Track.byDefault(request.internationalDegree()))) {
                    throw ApiException.invalid(
                                    "track",
                                    "The adoption track is for an identical (IDT) or modified (MOD) adoption of an"
                                            + " international standard: give the international reference and its degree.")
                            .withText("problem.track.adoption");
                }
            }
            case REVISION -> revised(request, user);
            case CONVERSION -> {
                if (!request.type().isNational()) {
                    throw ApiException.invalid(
                                    "track",
                                    "A conversion makes a national standard (GB, GB/T, GB/Z) of a sector or group one.")
                            .withText("problem.track.conversion");
                }
                requireSource(request, "the sector or group standard it converts, such as YD/T 3764-2020");
            }
            case GROUP_ADOPTION -> {
                requireSource(request, "the group standard it adopts, such as T/CCSA 123-2021");
                if (!request.sourceStandard().startsWith("T/")) {
                    throw ApiException.invalid(
                                    "sourceStandard", "A group standard's number starts with T/ (T/CCSA 123-2021).")
                            .withText("problem.track.groupNumber");
                }
                if (request.sourceInUseSince() == null) {
                    throw ApiException.invalid(
                                    "sourceInUseSince",
                                    "A group adoption says since when the group" + " standard has been in use.")
                            .withText("problem.track.inUseSince");
                }
                if (request.sourceInUseSince().plus(policy.groupStandardInUse()).isAfter(clock.today())) {
                    throw ApiException.invalid(
                                    "sourceInUseSince",
                                    "A group standard is adopted on this track once it has been in use for "
                                            + policy.groupStandardInUse() + "; in use since "
                                            + request.sourceInUseSince()
                                            + " it is not yet.")
                            .withText(
                                    "problem.track.inUseTooShort",
                                    policy.groupStandardInUse(),
                                    request.sourceInUseSince());
                }
            }
            case REGULAR -> {}
        }
        return new NewStandard(
                request.programme(),
                request.title(),
                request.titleZh(),
                request.type(),
                request.domain(),
                request.committee(),
                request.leadOrganisation(),
                request.internationalReference(),
                request.internationalDegree(),
                request.revisionOf(),
                track,
                request.sourceStandard() == null
                        ? null
                        : request.sourceStandard().strip(),
                request.sourceInUseSince());
    }

    private void revised(NewStandard request, AppUser user) {
        if (request.revisionOf() == null) {
            throw ApiException.invalid("revisionOf", "A revision names the standard it revises (revisionOf).")
                    .withText("problem.required", new ApiException.Label("field.revisionOf"));
        }
        Standard original = standards
                .find(request.revisionOf())
                .filter(s -> access.canSee(user, s))
                .orElseThrow(() -> ApiException.invalid("revisionOf", "No standard " + request.revisionOf() + ".")
                        .withText("problem.noStandard", request.revisionOf()));
        if (original.stage() != Stage.IN_FORCE
                && original.stage() != Stage.PERIODIC_REVIEW
                && original.stage() != Stage.PUBLISHED) {
            throw ApiException.invalid(
                            "revisionOf",
                            "Standard " + original.id() + " is " + original.stage()
                                    + ": only a published standard is revised.")
                    .withText("problem.track.revisePublished", original.stage());
        }
        if (!original.committee().equals(request.committee()) || original.type() != request.type()) {
            throw ApiException.invalid(
                            "revisionOf",
                            "A revision keeps its standard's committee and type: " + original.committee() + ", "
                                    + original.type() + ".")
                    .withText("problem.track.revisionKeeps", original.committee(), original.type());
        }
    }

    private static void requireSource(NewStandard request, String what) {
        if (request.sourceStandard() == null || request.sourceStandard().isBlank()) {
            throw ApiException.invalid("sourceStandard", "This track names " + what + ".")
                    .withText("problem.required", new ApiException.Label("field.sourceStandard"));
        }
    }
}
