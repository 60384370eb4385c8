package org.stdtrack.support;

import static org.stdtrack.support.Demo.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine clock, which the application reads too, as tests move it: no test ever sleeps. The shared
 * test contexts ({@link OnH2}, {@link OnPostgres}) put it back after every test ({@link ResetEngineClock}).
 */
public final class TestTime {

    private TestTime() {}

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the engine (and application) clock forward by a calendar period in the programme's zone. */
    public static void passTime(Period period) {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.ofInstant(now(), ZONE).plus(period).toInstant()));
    }

    public static void passTime(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
    }

    public static String deadlineIn(Period period) {
        return OffsetDateTime.ofInstant(
                        ZonedDateTime.ofInstant(now(), ZONE).plus(period).toInstant(), ZONE)
                .toString();
    }
}
