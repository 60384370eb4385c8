package org.stdtrack.programme;

public record Committee(String code, Level level, String nameEn, String nameZh) {

    public enum Level {
        NATIONAL,
        SECTOR
    }
}
