package org.stdtrack.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The dates a standards programme can mean: 2000 to 2099. Every date a request carries, as a parameter or a
 * JSON field, is inside it before any work starts ({@link BoundedDates}); anything else is a typing error or
 * an attempt to make the server count days for ever. A period a request asks for is at most a century.
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final long LONGEST_PERIOD_DAYS = 100 * 366L;

    private DateRange() {}

    /** Whether a date or moment (LocalDate, LocalDateTime, Instant, OffsetDateTime, ZonedDateTime) is inside. */
    public static boolean contains(Object value) {
        if (value instanceof LocalDate date) {
            return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }
        if (value instanceof LocalDateTime dateTime) {
            return contains(dateTime.toLocalDate());
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return contains(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return contains(dateTime.toInstant());
        }
        return true;
    }

    /** The value, or 422 naming the field. */
    public static <T> T require(String field, T value) {
        if (value != null && !contains(value)) {
            throw ApiException.invalid(field, outside(field));
        }
        return value;
    }

    /** A period longer than a day and no longer than a century, or 422 naming the field. */
    public static Period requirePeriod(String field, Period period) {
        long days = period.getYears() * 366L + period.getMonths() * 31L + period.getDays();
        if (period.isNegative() || period.isZero() || days < 1 || days > LONGEST_PERIOD_DAYS) {
            throw ApiException.invalid(
                    field, "'" + field + "' is a positive period of at most a century, such as P1M or P6M.");
        }
        return period;
    }

    static String outside(String field) {
        return "'" + field + "' must lie between " + EARLIEST + " and " + LATEST + ".";
    }
}
