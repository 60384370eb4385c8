package org.stdtrack.standardsystem;

/** A planned standard of a system table's node, as stored; {@code standardId} the tracked standard filling it. */
record SystemRow(
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
        String retiredReason) {

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

    boolean retired() {
        return retiredReason != null;
    }
}
