package org.stdtrack.programme;

/**
 * The unified social credit code of GB 32100-2015: 18 characters from a 31-character alphabet, the
 * last a check character computed from the first 17 with fixed weights.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** The code of these first 17 characters with its check character (demo and test data). */
    public static String withCheck(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters, not " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is no credit code character");
            }
            sum += value * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Why the code is not valid, or null when it is. */
    public static String problem(String code) {
        if (code == null || code.length() != 18) {
            return "A unified social credit code has 18 characters.";
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "'" + code.charAt(i)
                        + "' cannot appear in a unified social credit code (digits and capitals except I, O, S, V, Z).";
            }
            if (i < 17) {
                sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
            }
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        if (code.charAt(17) != expected) {
            return "The check character of " + code + " does not match: the code is mistyped.";
        }
        return null;
    }
}
