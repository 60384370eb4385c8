package org.stdtrack.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.stdtrack.files.ZipLimits;
import org.stdtrack.problem.ApiException;

/**
 * What changed between two versions of a text (DOCX or ODT): their paragraphs, read from the document's
 * own XML as a stream, compared with Myers' algorithm (java-diff-utils). A paragraph is a Word {@code w:p}
 * or an ODF {@code text:p}/{@code text:h}, in tables too; empty paragraphs carry no text and are skipped.
 */
@Component
class TextComparison {

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /** Paragraphs of one version compared: a standard of hundreds of pages has a few thousand. */
    static final int MAX_PARAGRAPHS = 20_000;

    /** Characters of one paragraph: a long table cell is a few thousand. */
    static final int MAX_PARAGRAPH_CHARS = 20_000;

    /** Characters of one version's text: a 500-page standard has about a million. */
    static final int MAX_TEXT_CHARS = 4_000_000;

    /** The comparison's work (see {@link Budget}): well under a second on one core. */
    static final long MAX_STEPS = 50_000_000;

    private final Documents documents;

    TextComparison(Documents documents) {
        this.documents = documents;
    }

    public enum Change {
        UNCHANGED,
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One paragraph of either version; {@code from} is null when added, {@code to} when removed. */
    public record Paragraph(Change change, String from, String to) {}

    public record Summary(int unchanged, int added, int removed, int changed) {}

    public record Comparison(Document from, Document to, Summary summary, List<Paragraph> paragraphs) {}

    /** The two versions' paragraphs side by side; 415 unless both are DOCX or ODT. */
    Comparison compare(Document from, Document to) {
        return compare(from, to, false);
    }

    /**
     * For the page: the same rows with the changed characters of a changed paragraph marked by
     * {@code <del>} and {@code <ins>}, the text itself HTML-escaped segment by segment (an entity is never cut).
     */
    Comparison compareMarked(Document from, Document to) {
        return compare(from, to, true);
    }

    private Comparison compare(Document from, Document to, boolean marked) {
        for (Document d : List.of(from, to)) {
            if (!d.format().isComparable()) {
                throw ApiException.unsupportedMediaType("Version " + d.version() + " of " + d.kind() + " is "
                        + d.format() + "; only these formats can be compared: " + DocumentFormat.names(true) + ".");
            }
        }
        List<String> fromParagraphs = paragraphs(from);
        List<String> toParagraphs = paragraphs(to);
        Budget budget = new Budget();
        Patch<String> patch = DiffUtils.diff(fromParagraphs, toParagraphs, new MyersDiff<>(), budget);
        List<Paragraph> paragraphs = new ArrayList<>();
        int[] counts = new int[Change.values().length];
        for (DiffRow row : DiffRowGenerator.create()
                .lineNormalizer(text -> text)
                .build()
                .generateDiffRows(fromParagraphs, patch)) {
            Paragraph p = paragraph(row);
            counts[p.change().ordinal()]++;
            paragraphs.add(marked ? marked(p, budget) : p);
        }
        return new Comparison(
                from,
                to,
                new Summary(
                        counts[Change.UNCHANGED.ordinal()],
                        counts[Change.ADDED.ordinal()],
                        counts[Change.REMOVED.ordinal()],
                        counts[Change.CHANGED.ordinal()]),
                paragraphs);
    }

    /**
     * The work a comparison may do: Myers' algorithm costs about the square of the differences it finds, so
     * two long, wholly different versions are refused (422) once that work passes {@link #MAX_STEPS}, instead
     * of holding a request thread for minutes.
     */
    static final class Budget implements DiffAlgorithmListener {
        private long steps;

        @Override
        public void diffStart() {}

        @Override
        public void diffStep(int value, int max) {
            steps += 2L * value + 1;
            if (steps > MAX_STEPS) {
                throw ApiException.invalid(
                        null,
                        "The two versions differ too much to be compared here; download both and compare them in"
                                + " a word processor.");
            }
        }

        @Override
        public void diffEnd() {}
    }

    /** The paragraph's text escaped for the page, a changed one's differing characters marked. */
    private static Paragraph marked(Paragraph p, Budget budget) {
        if (p.change() != Change.CHANGED) {
            return new Paragraph(p.change(), escaped(p.from()), escaped(p.to()));
        }
        List<String> from = characters(p.from());
        List<String> to = characters(p.to());
        StringBuilder old = new StringBuilder();
        StringBuilder changed = new StringBuilder();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta :
                DiffUtils.diff(from, to, new MyersDiff<>(), budget).getDeltas()) {
            old.append(escaped(String.join("", from.subList(i, delta.getSource().getPosition()))));
            changed.append(
                    escaped(String.join("", to.subList(j, delta.getTarget().getPosition()))));
            if (delta.getSource().size() > 0) {
                old.append("<del>")
                        .append(escaped(String.join("", delta.getSource().getLines())))
                        .append("</del>");
            }
            if (delta.getTarget().size() > 0) {
                changed.append("<ins>")
                        .append(escaped(String.join("", delta.getTarget().getLines())))
                        .append("</ins>");
            }
            i = delta.getSource().getPosition() + delta.getSource().size();
            j = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        old.append(escaped(String.join("", from.subList(i, from.size()))));
        changed.append(escaped(String.join("", to.subList(j, to.size()))));
        return new Paragraph(Change.CHANGED, old.toString(), changed.toString());
    }

    /** By code point, so that a character outside the BMP is never cut in two. */
    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    private static String escaped(String text) {
        return text == null ? null : HtmlUtils.htmlEscape(text).replace("\t", "    ");
    }

    private static Paragraph paragraph(DiffRow row) {
        String from = row.getOldLine();
        String to = row.getNewLine();
        return switch (row.getTag()) {
            case EQUAL -> new Paragraph(Change.UNCHANGED, from, to);
            case INSERT -> new Paragraph(Change.ADDED, null, to);
            case DELETE -> new Paragraph(Change.REMOVED, from, null);
            case CHANGE ->
                from.isEmpty()
                        ? new Paragraph(Change.ADDED, null, to)
                        : to.isEmpty()
                                ? new Paragraph(Change.REMOVED, from, null)
                                : new Paragraph(Change.CHANGED, from, to);
        };
    }

    /** The document's paragraphs, read from a temporary copy of its bytes. */
    List<String> paragraphs(Document document) {
        Path copy = null;
        try {
            copy = Files.createTempFile("stdtrack-compare-", ".zip");
            try (OutputStream out = Files.newOutputStream(copy)) {
                documents.copy(document, out);
            }
            ZipLimits.check(copy, "Version " + document.version() + " of " + document.kind());
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                boolean word = document.format() == DocumentFormat.DOCX;
                ZipEntry body = zip.getEntry(word ? "word/document.xml" : "content.xml");
                if (body == null) {
                    throw ApiException.unsupportedMediaType("Version " + document.version() + " of " + document.kind()
                            + " has no text body to compare.");
                }
                try (InputStream in = ZipLimits.bounded(zip.getInputStream(body), "The document's text")) {
                    return word ? paragraphs(in, WORD, List.of("p")) : paragraphs(in, ODF_TEXT, List.of("p", "h"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /**
     * The text of each paragraph element: Word keeps it in {@code w:t} (tabs and breaks as elements),
     * ODF as the paragraph's character data with {@code text:s}, {@code text:tab} and
     * {@code text:line-break} for spaces, tabs and breaks. Nested paragraphs (a note's) end their own.
     */
    static List<String> paragraphs(InputStream xml, String namespace, List<String> paragraphElements) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        boolean word = namespace.equals(WORD);
        Text paragraphs = new Text();
        List<StringBuilder> open = new ArrayList<>();
        boolean inWordText = false;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            while (reader.hasNext()) {
                int event = reader.next();
                boolean ours = event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                        ? namespace.equals(reader.getNamespaceURI())
                        : false;
                String name = ours ? reader.getLocalName() : "";
                if (event == XMLStreamConstants.START_ELEMENT && ours) {
                    if (paragraphElements.contains(name)) {
                        open.add(new StringBuilder());
                    } else if (!open.isEmpty()) {
                        StringBuilder text = open.get(open.size() - 1);
                        switch (name) {
                            case "t" -> inWordText = word;
                            case "tab" -> paragraphs.append(text, "\t");
                            case "br", "cr", "line-break" -> paragraphs.append(text, "\n");
                            case "s" ->
                                paragraphs.append(text, " ".repeat(spaces(reader.getAttributeValue(ODF_TEXT, "c"))));
                            default -> {}
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && ours) {
                    if (paragraphElements.contains(name) && !open.isEmpty()) {
                        String text = open.remove(open.size() - 1).toString().strip();
                        if (!text.isEmpty()) {
                            paragraphs.add(text);
                        }
                    } else if (name.equals("t")) {
                        inWordText = false;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !open.isEmpty()
                        && (!word || inWordText)) {
                    paragraphs.append(open.get(open.size() - 1), reader.getText());
                }
            }
            return paragraphs.paragraphs;
        } catch (XMLStreamException e) {
            throw ApiException.unsupportedMediaType("The document's text could not be read: " + e.getMessage());
        }
    }

    /** ODF's {@code text:s c="n"}: n spaces, one when absent or unreadable, at most a thousand. */
    private static int spaces(String count) {
        try {
            return count == null ? 1 : Math.max(0, Math.min(Integer.parseInt(count.strip()), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A version's paragraphs as they are read, refused (413) past the limits as soon as one is passed. */
    private static final class Text {
        final List<String> paragraphs = new ArrayList<>();
        private long chars;

        void append(StringBuilder paragraph, String text) {
            chars += text.length();
            if (paragraph.length() + text.length() > MAX_PARAGRAPH_CHARS) {
                throw ApiException.tooLarge(
                        "A paragraph of the document is longer than " + MAX_PARAGRAPH_CHARS + " characters.");
            }
            if (chars > MAX_TEXT_CHARS) {
                throw ApiException.tooLarge("The document's text is longer than " + MAX_TEXT_CHARS + " characters.");
            }
            paragraph.append(text);
        }

        void add(String paragraph) {
            if (paragraphs.size() == MAX_PARAGRAPHS) {
                throw ApiException.tooLarge("The document has more than " + MAX_PARAGRAPHS + " paragraphs.");
            }
            paragraphs.add(paragraph);
        }
    }
}
