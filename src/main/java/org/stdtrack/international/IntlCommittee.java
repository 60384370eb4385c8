package org.stdtrack.international;

import java.time.Instant;
import java.util.Locale;

/**
 * An international committee China takes part in, and its national mirror: the tracker committee whose
 * secretariat works its projects, ballots and positions, and the organisation that is the counterpart unit.
 * {@code key} is how a path names it: the code with every run of other characters than letters and digits as
 * one hyphen ({@code ISO-IEC-JTC-1-SC-38}).
 */
public record IntlCommittee(
        String code,
        String key,
        IntlBody body,
        Long isoId,
        String nameEn,
        String nameZh,
        Membership chinaMembership,
        String mirrorCommittee,
        String counterpartOrganisation,
        Instant updatedAt,
        String updatedBy) {

    public static String keyOf(String code) {
        return code.strip()
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "")
                .toUpperCase(Locale.ROOT);
    }
}
