package org.stdtrack.programme;

/**
 * A technical committee (or subcommittee) that develops standards: a national one (SAC/TC...) develops
 * national standards, a sector one sector standards numbered with its {@code sectorPrefix} (YD/T, SJ/T...).
 */
public record Committee(String code, Level level, String nameEn, String nameZh, String sectorPrefix) {

    public enum Level {
        NATIONAL,
        SECTOR
    }
}
