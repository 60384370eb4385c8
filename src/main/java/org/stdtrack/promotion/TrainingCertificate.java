package org.stdtrack.promotion;

import java.time.Instant;
import java.time.LocalDate;

/** A certificate issued to a participant, as stored; its holder and enterprise are the registration's. */
public record TrainingCertificate(
        String number,
        long eventId,
        long registrationId,
        String holder,
        String enterprise,
        String creditCode,
        String verificationCode,
        LocalDate issuedOn,
        String issuedBy,
        Instant revokedAt,
        String revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
