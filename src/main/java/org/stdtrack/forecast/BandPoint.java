package org.stdtrack.forecast;

import java.time.LocalDate;

/** Published by the end of {@code date} (in time for the target): 10th, 50th and 90th percentile. */
public record BandPoint(LocalDate date, int p10, int p50, int p90) {}
