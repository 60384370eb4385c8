package org.stdtrack.adoption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** An enterprise's declaration that it implements a standard, and its verification. */
public record Adoption(
        long id,
        long standardId,
        String enterprise,
        String creditCode,
        String scope,
        String productsOrServices,
        LocalDate implementedOn,
        String evidence,
        Set<AlignedArea> alignedAreas,
        String selfDeclaration,
        String declaredBy,
        Instant declaredAt,
        Status status,
        String decidedBy,
        Instant decidedAt,
        String reason) {

    public enum Status {
        DECLARED,
        VERIFIED,
        REJECTED
    }
}
