package org.stdtrack.forecast;

/** Whether a programme will meet its target, as the policy reads the forecast's chance of it. */
public enum Verdict {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
