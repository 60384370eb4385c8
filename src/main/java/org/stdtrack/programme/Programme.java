package org.stdtrack.programme;

import java.time.LocalDate;

/**
 * A standardization programme and its targets; {@code targetEnterprisesReading} says which reading of its
 * enterprise target counts.
 */
public record Programme(
        String code,
        String nameEn,
        String nameZh,
        int targetStandards,
        LocalDate targetDate,
        int targetEnterprises,
        EnterprisesReading targetEnterprisesReading) {

    /**
     * "Enterprises carrying out promotion and implementation", read broadly (trained or declared: {@code ENGAGED})
     * or strictly (a verified declaration: {@code IMPLEMENTING}, the default).
     */
    public enum EnterprisesReading {
        ENGAGED,
        IMPLEMENTING
    }
}
