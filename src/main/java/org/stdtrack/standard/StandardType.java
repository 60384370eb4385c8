package org.stdtrack.standard;

/**
 * GB (mandatory national), GB/T (recommended national), GB/Z (national guidance document), or a sector
 * standard, numbered with its committee's sector prefix (YD/T, SJ/T...). Named in the message bundles
 * ({@code standardType.*}).
 */
public enum StandardType {
    GB("GB"),
    GB_T("GB/T"),
    GB_Z("GB/Z"),
    SECTOR(null);

    private final String nationalPrefix;

    StandardType(String nationalPrefix) {
        this.nationalPrefix = nationalPrefix;
    }

    /** The prefix of its published number: the type's own, or for a sector standard its committee's. */
    public String numberPrefix(String sectorPrefix) {
        return this == SECTOR ? sectorPrefix : nationalPrefix;
    }

    /** National standards are approved by SAC, sector standards by MIIT. */
    public boolean isNational() {
        return this != SECTOR;
    }
}
