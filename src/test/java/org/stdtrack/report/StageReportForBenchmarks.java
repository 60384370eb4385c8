package org.stdtrack.report;

import org.springframework.context.ApplicationContext;

/** The stage report's counts, for benchmarks of other rooms that measure beside it. */
public final class StageReportForBenchmarks {

    private StageReportForBenchmarks() {}

    /** The programme's standards counted by stage today, as the stage report counts them. */
    public static Object countToday(ApplicationContext app, String programme) {
        return app.getBean(StageCounts.class).current(programme, StageCounts.GroupBy.NONE);
    }
}
