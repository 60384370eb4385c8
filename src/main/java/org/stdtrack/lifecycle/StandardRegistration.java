package org.stdtrack.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.stdtrack.problem.OneLine;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.StandardRepository.NewStandard;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standard.Track;

/** A standard to register, with the limits its fields have, as the API and the registration page take it. */
record StandardRegistration(
        @NotBlank @OneLine @Size(max = 300) String title,
        @OneLine @Size(max = 300) String titleZh,
        @NotNull StandardType type,
        @NotBlank @Size(max = 32) String domain,
        @NotBlank @Size(max = 32) String committee,
        @NotBlank @Size(max = 32) String programme,
        @Size(max = 32) String leadOrganisation,
        @Valid International international,
        Track track,
        Long revisionOf,
        @Valid Source source,
        /** The row of the programme's system table the standard fills, if it names one. */
        Long systemRow) {

    /** The international document it corresponds to, and how closely. */
    record International(
            @NotBlank @Size(max = 100) String reference,
            @NotNull InternationalDegree degree) {}

    /** The sector or group standard a conversion or group adoption takes up. */
    record Source(@NotBlank @Size(max = 100) String number, LocalDate inUseSince) {}

    NewStandard toNewStandard() {
        return new NewStandard(
                programme,
                title.trim(),
                titleZh,
                type,
                domain,
                committee,
                leadOrganisation,
                international == null ? null : international.reference().trim(),
                international == null ? null : international.degree(),
                revisionOf,
                track,
                source == null ? null : source.number(),
                source == null ? null : source.inUseSince());
    }
}
