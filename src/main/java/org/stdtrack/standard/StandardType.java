package org.stdtrack.standard;

/** GB (mandatory national), GB/T (recommended national) or a sector standard (YD/T for this programme). */
public enum StandardType {
    GB("GB"),
    GB_T("GB/T"),
    SECTOR("YD/T");

    private final String numberPrefix;

    StandardType(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** National standards are approved by SAC, sector standards by MIIT. */
    public boolean isNational() {
        return this != SECTOR;
    }
}
