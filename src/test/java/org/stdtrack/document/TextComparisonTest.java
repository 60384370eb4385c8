package org.stdtrack.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.stdtrack.problem.ApiException;

/** A comparison's reading and work are bounded before they can hold a request thread or the heap. */
class TextComparisonTest {

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ODF = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static List<String> word(String body) {
        String xml = "<w:document xmlns:w=\"" + WORD + "\"><w:body>" + body + "</w:body></w:document>";
        return TextComparison.paragraphs(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), WORD, List.of("p"));
    }

    @Test
    void anOdtSpaceCountThatIsNegativeOrNoNumberIsReadAsOneSpace() {
        String xml = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"" + ODF + "\"><text:p>a<text:s text:c=\"-1\"/>b<text:s text:c=\"x\"/>c"
                + "<text:s text:c=\"3\"/>d</text:p></office:document-content>";
        assertThat(TextComparison.paragraphs(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ODF, List.of("p", "h")))
                .containsExactly("ab c   d");
    }

    @Test
    void aParagraphLongerThanTheLimitIsRefusedAsItGrows() {
        String text = "x".repeat(TextComparison.MAX_PARAGRAPH_CHARS + 1);
        assertThatThrownBy(() -> word("<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.getMessage()).contains("paragraph");
                });
        assertThat(word("<w:p><w:r><w:t>" + text.substring(1) + "</w:t></w:r></w:p>"))
                .hasSize(1);
    }

    @Test
    void moreParagraphsThanTheLimitAreRefused() {
        String paragraphs = "<w:p><w:r><w:t>p</w:t></w:r></w:p>".repeat(TextComparison.MAX_PARAGRAPHS + 1);
        assertThatThrownBy(() -> word(paragraphs))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE));
    }

    @Test
    void twoLongWhollyDifferentVersionsExhaustTheBudgetInsteadOfTheThread() {
        List<String> from = IntStream.range(0, 20_000).mapToObj(i -> "a" + i).toList();
        List<String> to = IntStream.range(0, 20_000).mapToObj(i -> "b" + i).toList();
        assertThatThrownBy(() -> DiffUtils.diff(from, to, new MyersDiff<>(), new TextComparison.Budget()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.getMessage()).contains("differ too much");
                });
        List<String> edited = new java.util.ArrayList<>(from);
        edited.set(10_000, "changed");
        assertThat(DiffUtils.diff(from, edited, new MyersDiff<>(), new TextComparison.Budget())
                        .getDeltas())
                .as("a long draft with a few edits is well within the budget")
                .hasSize(1);
    }
}
