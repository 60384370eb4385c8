package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader of Chinese must never meet in a refusal: an English sentence, an ISO-8601 period or instant, an
 * enumeration's constant name, a regular expression.
 */
public final class ChinesePages {

    private static final Pattern REFUSAL =
            Pattern.compile("<(p|div)[^>]*class=\"(?:refusal|detail)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH_WORDS =
            Pattern.compile("\\b[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}\\b");
    private static final Pattern ISO_PERIOD = Pattern.compile("\\bP(\\d+[YMWD])+\\b");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    private static final Pattern REGEX = Pattern.compile("\\^\\[|\\\\d|\\[A-Z|\\{\\d+,\\d*}|\\]\\+|\\$\\)?\\s*$");

    private ChinesePages() {}

    /** The refusals on a page (in a form, or the error page's detail), their markup stripped. */
    public static List<String> refusals(String html) {
        List<String> texts = new ArrayList<>();
        Matcher refusal = REFUSAL.matcher(html);
        while (refusal.find()) {
            texts.add(refusal.group(2)
                    .replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ")
                    .strip());
        }
        return texts;
    }

    /** The page shows at least one refusal, and each reads as Chinese only. */
    public static void assertRefusalsReadChinese(String html) {
        List<String> refusals = refusals(html);
        assertThat(refusals).as("a refusal on the page").isNotEmpty();
        for (String text : refusals) {
            assertThat(text)
                    .as(text)
                    .containsPattern(CHINESE)
                    .doesNotContainPattern(ENGLISH_WORDS)
                    .doesNotContainPattern(ISO_PERIOD)
                    .doesNotContainPattern(ISO_INSTANT)
                    .doesNotContainPattern(ENUM_NAME)
                    .doesNotContainPattern(REGEX);
        }
    }
}
