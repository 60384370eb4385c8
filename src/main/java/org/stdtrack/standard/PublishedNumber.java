package org.stdtrack.standard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stdtrack.programme.Committee;

/**
 * Published numbers: {@code GB 12345-2026}, {@code GB/T 12345-2026}, {@code GB/Z 12345-2026}, a sector
 * standard's with its committee's prefix ({@code YD/T 1234-2026}, {@code SJ/T 11234-2026}), optionally with a
 * part ({@code GB/T 31916.1-2015}); an IDT adoption carries its dual number
 * ({@code GB/T 32400-2015/ISO/IEC 17788:2014}).
 */
public final class PublishedNumber {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<prefix>[A-Z]{1,4}(?:/[TZ])?) (?<serial>[1-9]\\d{0,5}(?:\\.\\d{1,3})?)-(?<year>\\d{4})(?:/(?<international>.+))?");

    /**
     * The start of a national or sector number as a searcher types it: {@code GB/T}, {@code gb/t 324}, {@code
     * YD/T1234-2020}, or {@code GB} with digits (a bare {@code GB} is as likely a word).
     */
    private static final Pattern SEARCHED_PREFIX =
            Pattern.compile("(?i)\\s*(?:(?<series>[A-Z]{2,4}/[TZ])|(?<mandatory>GB)(?=\\s*\\d))\\s*(?<rest>\\d.*)?");

    private PublishedNumber() {}

    /**
     * A search text that is the start of a standard number, spelt as numbers are kept ({@code "gb/t324"} is
     * {@code "GB/T 324"}); null for any other text. The list finds such a text at the start of the published
     * number, through its index, instead of anywhere in the titles and numbers.
     */
    public static String searchedPrefix(String text) {
        Matcher m = SEARCHED_PREFIX.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String series = m.group("series") != null ? m.group("series") : m.group("mandatory");
        String rest = m.group("rest");
        return (series + (rest == null ? "" : " " + rest.strip())).toUpperCase(Locale.ROOT);
    }

    /** The national number, without an IDT adoption's dual number: what must be unique. Null if malformed. */
    public static String national(String number) {
        Matcher m = NUMBER.matcher(number);
        return m.matches() ? m.group("prefix") + " " + m.group("serial") + "-" + m.group("year") : null;
    }

    /** Why the number does not fit this standard of this committee, or null when it does. */
    public static String problem(Standard standard, Committee committee, String number, LocalDate publicationDate) {
        return problem(
                standard.type(),
                standard.internationalDegree(),
                standard.internationalReference(),
                committee,
                number,
                publicationDate);
    }

    /** Why the number does not fit a standard of this type and correspondence, or null when it does. */
    public static String problem(
            StandardType type,
            InternationalDegree degree,
            String internationalReference,
            Committee committee,
            String number,
            LocalDate publicationDate) {
        Matcher m = NUMBER.matcher(number);
        String expectedPrefix = type.numberPrefix(committee.sectorPrefix());
        if (!m.matches()) {
            return "'" + number + "' is not a standard number such as " + expectedPrefix + " 12345-"
                    + publicationDate.getYear() + ".";
        }
        if (!m.group("prefix").equals(expectedPrefix)) {
            return "A " + type + " standard is numbered " + expectedPrefix + ", not " + m.group("prefix") + ".";
        }
        if (Integer.parseInt(m.group("year")) != publicationDate.getYear()) {
            return "The year in '" + number + "' must be the publication year " + publicationDate.getYear() + ".";
        }
        boolean identical = degree == InternationalDegree.IDT;
        String international = m.group("international");
        if (identical && !internationalReference.equals(international)) {
            return "An identical adoption carries the dual number: " + m.group("prefix") + " " + m.group("serial") + "-"
                    + m.group("year") + "/" + internationalReference + ".";
        }
        if (!identical && international != null) {
            return "Only an identical (IDT) adoption carries a dual number.";
        }
        return null;
    }
}
