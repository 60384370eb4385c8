package org.stdtrack.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calendar arithmetic in the programme's time zone: adding P18M or P5Y to an instant must follow
 * the calendar of the people who set the deadline, not UTC days.
 */
@Component
public class ProgrammeClock {

    private final Clock clock;
    private final ZoneId zone;

    public ProgrammeClock(Clock clock, @Value("${stdtrack.zone}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    /** The calendar day of an instant in the programme's time zone. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant fromNow(Period period) {
        return after(now(), period);
    }

    public Instant after(Instant start, Period period) {
        return ZonedDateTime.ofInstant(start, zone).plus(period).toInstant();
    }

    /** The first instant of a calendar day, e.g. when an implementation date takes effect. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
