package org.stdtrack.policy;

/**
 * An exact ratio such as 3/4, written that way in configuration, so that threshold
 * comparisons are integer arithmetic and never suffer rounding.
 */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "a fraction between 0 and 1 is needed, got " + numerator + "/" + denominator);
        }
    }

    /** Parses "3/4"; used by Spring's conversion service when binding configuration. */
    public static Fraction valueOf(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected a fraction like 3/4, got '" + text + "'");
        }
        return new Fraction(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** True when {@code part / whole >= this}. */
    public boolean isReachedBy(long part, long whole) {
        return part * denominator >= (long) numerator * whole;
    }

    /** True when {@code part / whole <= this}. */
    public boolean isNotExceededBy(long part, long whole) {
        return part * denominator <= (long) numerator * whole;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
