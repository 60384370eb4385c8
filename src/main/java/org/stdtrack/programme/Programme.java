package org.stdtrack.programme;

import java.time.LocalDate;

public record Programme(
        String code, String nameEn, String nameZh, int targetStandards, LocalDate targetDate, int targetEnterprises) {}
