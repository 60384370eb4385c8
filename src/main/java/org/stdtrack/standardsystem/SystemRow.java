package org.stdtrack.standardsystem;

import java.time.Instant;

/** A planned standard of a system table's node, as stored; {@code standardId} the tracked standard filling it. */
public record SystemRow(
        long id,
        String node,
        String title,
        String titleZh,
        Level level,
        boolean target,
        Priority priority,
        Integer targetYear,
        String internationalCounterpart,
        String replaces,
        String externalNumber,
        ExternalStatus externalStatus,
        Long standardId,
        String retiredReason,
        Instant createdAt,
        boolean proposed) {

    /** The level the standard is planned at (宜定级别). */
    public enum Level {
        GB,
        GB_T,
        GB_Z,
        SECTOR,
        GROUP,
        INTERNATIONAL
    }

    public enum Priority {
        HIGH,
        MEDIUM,
        LOW
    }

    /** What is known of a standard that lives outside the tracker. */
    public enum ExternalStatus {
        EXISTING,
        WITHDRAWN
    }

    /** The same row filled by another standard (or none): the row as it stood at another time. */
    SystemRow filledBy(Long standard) {
        return new SystemRow(
                id,
                node,
                title,
                titleZh,
                level,
                target,
                priority,
                targetYear,
                internationalCounterpart,
                replaces,
                externalNumber,
                externalStatus,
                standard,
                retiredReason,
                createdAt,
                proposed);
    }

    boolean retired() {
        return retiredReason != null;
    }
}
