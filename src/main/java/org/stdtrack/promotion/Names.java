package org.stdtrack.promotion;

/** A person's name as public and cross-organisation views show it: its first character, the rest masked. */
final class Names {

    private Names() {}

    /** {@code 张三} → {@code 张*}, {@code Wang Lei} → {@code W*** ***}: spaces kept, every other character masked. */
    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        StringBuilder masked = new StringBuilder(stripped.substring(0, first));
        stripped.substring(first).codePoints().forEach(c -> masked.append(Character.isWhitespace(c) ? " " : "*"));
        return masked.toString();
    }
}
