package org.stdtrack.export;

/**
 * A cell that a spreadsheet program would read as a formula (=, +, -, @, or a leading tab or carriage
 * return) is written with an apostrophe before it, so that opening an export never evaluates what a user
 * typed; a file read back (a portfolio import) takes the apostrophe off again. Numbers are written as they
 * are: a negative count is no formula.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {}

    public static String guarded(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** The text as it was before an export guarded it. */
    public static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
