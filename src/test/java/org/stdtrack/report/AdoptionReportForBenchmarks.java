package org.stdtrack.report;

import org.springframework.context.ApplicationContext;
import org.stdtrack.identity.AppUser;

/** The adoption report (today's enterprise KPI), for benchmarks of other rooms that measure beside it. */
public final class AdoptionReportForBenchmarks {

    private AdoptionReportForBenchmarks() {}

    public static Object report(ApplicationContext app, AppUser reader, String programme) {
        return app.getBean(AdoptionReports.class).report(reader, programme);
    }
}
