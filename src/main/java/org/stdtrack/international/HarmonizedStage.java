package org.stdtrack.international;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The harmonized stage codes (ISO/IEC Directives, Part 1, Annex SD; GB/T 16733 uses the same), and what the
 * bodies' own codes mean in them: ISO's open data writes 40.20 as the integer 4020, IEC keeps letter codes
 * (CCDV is 40.20), ITU-T a Recommendation's status. A project's stage is always a harmonized code.
 */
public final class HarmonizedStage {

    /**
     * ISO's codes, and the ones IEC's letter codes stand for (IEC's table of equivalents). Written as a table:
     * the labels are per stage group and substage ({@code intlStageGroup.40}, {@code intlSubstage.20}).
     */
    private static final Set<String> CODES = Set.of(("""
            00.00 00.20 00.60 00.98 00.99
            10.00 10.20 10.60 10.92 10.98 10.99
            20.00 20.20 20.60 20.98 20.99
            30.00 30.20 30.60 30.92 30.97 30.98 30.99
            32.35 35.92 35.95 35.99
            40.00 40.20 40.60 40.91 40.92 40.93 40.95 40.98 40.99
            50.00 50.20 50.60 50.92 50.95 50.98 50.99
            60.00 60.60
            90.00 90.20 90.60 90.92 90.93 90.99
            95.20 95.60 95.92 95.99
            99.60 99.99""").split("\\s+"));

    /** IEC's stage codes and their harmonized equivalents, as IEC lists them. */
    private static final Map<String, String> IEC = table("""
            PNW 10.00  ANW 20.00  AMW 20.00  CAN 20.98  DEL 20.98  ACD 20.99
            CD 30.20  1CD 30.20  2CD 32.35  3CD 32.35  4CD 32.35  5CD 32.35  6CD 32.35  7CD 32.35  8CD 32.35  9CD 32.35
            A2CD 30.99  A3CD 35.92  A4CD 35.92  A5CD 35.92  A6CD 35.92  A7CD 35.92  A8CD 35.92  A9CD 35.92
            BWG 30.92  MERGED 30.97  DREJ 30.98  CDM 35.95  ACDV 35.99
            CCDV 40.20  CDVM 40.91  NADIS 40.93  ADISSB 40.95  ADIS 40.99  AFDIS 40.99  DEC 40.99
            RDIS 50.00  RFDIS 50.00  CDIS 50.20  CFDIS 50.20  CDPAS 50.20  CDTR 50.20  CDTS 50.20
            NCD 50.92  APUBSB 50.95  APUB 50.99
            BPUB 60.00  PPUB 60.60  SRP 95.92  WPUB 95.99  DELPUB 99.60  SPE 99.99""");

    /** An ITU-T Recommendation's status, placed where the same step stands for ISO and IEC. */
    private static final Map<String, String> ITU_T = table("""
            UNDER_STUDY 20.20  CONSENTED 40.00  LAST_CALL 40.20  ADDITIONAL_REVIEW 40.93
            DETERMINED 50.00  APPROVED 60.60  SUPERSEDED 95.99  WITHDRAWN 95.99""");

    private static final Pattern HARMONIZED = Pattern.compile("\\d\\d\\.\\d\\d");

    private HarmonizedStage() {}

    /** A stage as recorded: the harmonized code, and the body's own code when it has one (CCDV, LAST_CALL). */
    public record Code(String harmonized, String bodyCode) {}

    public static boolean isHarmonized(String code) {
        return code != null && HARMONIZED.matcher(code).matches() && CODES.contains(code);
    }

    /**
     * A stage as a body writes it: a harmonized code for any body; for IEC also its letter code, for ITU-T its
     * status; empty when it is neither.
     */
    public static Optional<Code> read(IntlBody body, String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (isHarmonized(code)) {
            return Optional.of(new Code(code, null));
        }
        String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
        Map<String, String> own = switch (body) {
            case IEC -> IEC;
            case ITU_T -> ITU_T;
            default -> Map.of();
        };
        return Optional.ofNullable(own.get(upper)).map(h -> new Code(h, upper));
    }

    /** ISO's open data: {@code 4020} is 40.20; empty for a number that is no harmonized code. */
    public static Optional<String> fromIsoInteger(long stage) {
        if (stage < 0 || stage > 9999) {
            return Optional.empty();
        }
        String code = "%02d.%02d".formatted(stage / 100, stage % 100);
        return isHarmonized(code) ? Optional.of(code) : Optional.empty();
    }

    /** The stage group of a code: the two digits before the point ("40"). */
    public static String group(String code) {
        return code.substring(0, 2);
    }

    public static boolean isPublished(String code) {
        return code.equals("60.60") || group(code).equals("90");
    }

    /** Cancelled, deleted or withdrawn: the project no longer runs. */
    public static boolean hasEnded(String code) {
        return code.endsWith(".98") || group(code).equals("95") || group(code).equals("99");
    }

    /** The codes IEC and ITU-T write, for documentation and forms. */
    public static List<String> bodyCodes(IntlBody body) {
        return switch (body) {
            case IEC -> List.copyOf(IEC.keySet());
            case ITU_T -> List.copyOf(ITU_T.keySet());
            default -> List.of();
        };
    }

    /** A table of pairs "code harmonized", in order. */
    private static Map<String, String> table(String pairs) {
        String[] words = pairs.strip().split("\\s+");
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i += 2) {
            table.put(words[i], words[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    /** Every harmonized code, for the labels' check. */
    static Set<String> codes() {
        return CODES;
    }
}
