package org.stdtrack.document;

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
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;
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
        return compare(from, to, Function.identity(), false);
    }

    /**
     * For the page: the same rows with the changed characters of a changed paragraph marked by
     * {@code <del>} and {@code <ins>}, the text itself HTML-escaped.
     */
    Comparison compareMarked(Document from, Document to) {
        return compare(from, to, DiffRowGenerator.LINE_NORMALIZER_FOR_HTML, true);
    }

    private Comparison compare(Document from, Document to, Function<String, String> normalizer, boolean marked) {
        for (Document d : List.of(from, to)) {
            if (!d.format().isComparable()) {
                throw ApiException.unsupportedMediaType("Version " + d.version() + " of " + d.kind() + " is "
                        + d.format() + "; only these formats can be compared: " + DocumentFormat.names(true) + ".");
            }
        }
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(marked)
                .lineNormalizer(normalizer)
                .oldTag(start -> start ? "<del>" : "</del>")
                .newTag(start -> start ? "<ins>" : "</ins>")
                .build();
        List<Paragraph> paragraphs = new ArrayList<>();
        int[] counts = new int[Change.values().length];
        for (DiffRow row : generator.generateDiffRows(paragraphs(from), paragraphs(to))) {
            Paragraph p = paragraph(row);
            counts[p.change().ordinal()]++;
            paragraphs.add(p);
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
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                boolean word = document.format() == DocumentFormat.DOCX;
                ZipEntry body = zip.getEntry(word ? "word/document.xml" : "content.xml");
                if (body == null) {
                    throw ApiException.unsupportedMediaType("Version " + document.version() + " of " + document.kind()
                            + " has no text body to compare.");
                }
                try (InputStream in = zip.getInputStream(body)) {
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
        List<String> paragraphs = new ArrayList<>();
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
                            case "tab" -> text.append('\t');
                            case "br", "cr", "line-break" -> text.append('\n');
                            case "s" -> {
                                String c = reader.getAttributeValue(ODF_TEXT, "c");
                                text.append(" ".repeat(c == null ? 1 : Math.min(Integer.parseInt(c), 1000)));
                            }
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
                    open.get(open.size() - 1).append(reader.getText());
                }
            }
            return paragraphs;
        } catch (XMLStreamException | NumberFormatException e) {
            throw ApiException.unsupportedMediaType("The document's text could not be read: " + e.getMessage());
        }
    }
}
