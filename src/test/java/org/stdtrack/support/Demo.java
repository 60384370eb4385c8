package org.stdtrack.support;

import java.time.ZoneId;

/** What the demo data holds that tests name: the programme, its two committees, its time zone. */
public final class Demo {

    public static final String PROGRAMME = "CLOUD-2025";
    public static final String NATIONAL = "TC28-SC38";
    public static final String SECTOR = "CCSA-TC1";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Demo() {}
}
