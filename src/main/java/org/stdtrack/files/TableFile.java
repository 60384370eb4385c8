package org.stdtrack.files;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.MediaType;
import org.stdtrack.problem.ApiException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A table sent as a file, read row by row and never whole: CSV with Commons CSV, or the first sheet of an XLSX
 * workbook with POI's streaming (SAX) reader on the spooled file, whose parts are opened only as read. Each row
 * reaches the caller as it comes; the reader refuses a row past {@code maxRows} (413), a non-blank cell past
 * {@code maxColumns} and a CSV line over {@link #MAX_LINE_CHARS} (422) as soon as it meets them.
 *
 * <p>CSV text is UTF-8 (with or without a byte order mark) or, when its bytes are not UTF-8, GB18030 (what
 * Excel writes on Chinese Windows); which one is said to the caller, and text in neither is refused, never
 * read with replacement characters.
 */
public final class TableFile {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The longest CSV line (a record, quoted line breaks included) read. */
    public static final int MAX_LINE_CHARS = 256 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** How far a table is read, and what a file with too many rows is told (413). */
    public record Limits(long maxRows, int maxColumns, String tooManyRows) {}

    /** Receives each row: its line in the file (from 1) and its cells, blank ones as "". */
    @FunctionalInterface
    public interface Rows {
        void row(long line, List<String> cells);
    }

    private TableFile() {}

    /**
     * Reads every row of a CSV or XLSX file in order; 415 for another type. Returns the character set a CSV
     * was read in, or null for a workbook.
     */
    public static Charset read(MediaType type, Path file, Limits limits, Rows rows) {
        if (type != null && CSV.isCompatibleWith(type)) {
            Charset charset = charsetOf(file);
            readCsv(file, charset, limits, rows);
            return charset;
        }
        if (type != null && XLSX.isCompatibleWith(type)) {
            readXlsx(file, limits, rows);
            return null;
        }
        throw ApiException.unsupportedMediaType("A table is read from " + CSV + " or " + XLSX + ", not " + type + ".");
    }

    /** UTF-8 if every byte sequence is UTF-8, else GB18030 if every one is that; 422 otherwise. */
    static Charset charsetOf(Path file) {
        for (Charset candidate : List.of(StandardCharsets.UTF_8, GB18030)) {
            try (Reader reader = strictReader(file, candidate)) {
                char[] buffer = new char[64 * 1024];
                while (reader.read(buffer) >= 0) {
                    // decoding is the test
                }
                return candidate;
            } catch (CharacterCodingException notThisOne) {
                // try the next
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw ApiException.invalid(
                "file", "The file's text is neither UTF-8 nor GB18030: save it again as CSV UTF-8 and retry.");
    }

    private static Reader strictReader(Path file, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in = BOMInputStream.builder().setInputStream(in).get();
        }
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static void readCsv(Path file, Charset charset, Limits limits, Rows rows) {
        try (Reader reader = new BoundedLines(strictReader(file, charset));
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                List<String> cells = record.toList();
                checkRow(line, limits);
                for (int i = limits.maxColumns(); i < cells.size(); i++) {
                    if (!cells.get(i).isBlank()) {
                        throw tooWide(line, limits);
                    }
                }
                rows.row(line, cells.subList(0, Math.min(cells.size(), limits.maxColumns())));
            }
        } catch (IOException | UncheckedIOException e) {
            throw ApiException.badRequest("file", "The file is not readable as CSV: " + e.getMessage());
        }
    }

    private static void readXlsx(Path file, Limits limits, Rows rows) {
        ZipLimits.check(file, "The workbook");
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ApiException.invalid("file", "The workbook has no sheet.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), strings, new SheetRows(limits, rows), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ApiException refusal) {
            throw refusal;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI says a broken package with runtime exceptions of its own
            throw ApiException.badRequest("file", "The file is not a readable XLSX workbook: " + e.getMessage());
        }
    }

    /** The first sheet's rows as they stream past; cells are read as they are shown. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Limits limits;
        private final Rows rows;
        private final TreeMap<Integer, String> current = new TreeMap<>();
        private long line;

        SheetRows(Limits limits, Rows rows) {
            this.limits = limits;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current.clear();
            line = rowNum + 1L;
            checkRow(line, limits);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= limits.maxColumns()) {
                if (value != null && !value.isBlank()) {
                    throw tooWide(line, limits);
                }
                return;
            }
            current.put(column, value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            int width = current.isEmpty() ? 0 : current.lastKey() + 1;
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(current.getOrDefault(i, ""));
            }
            rows.row(line, cells);
        }
    }

    private static void checkRow(long line, Limits limits) {
        if (line > limits.maxRows()) {
            throw ApiException.tooLarge(limits.tooManyRows());
        }
    }

    private static ApiException tooWide(long line, Limits limits) {
        return ApiException.invalid("file", "Line " + line + " has a value beyond column " + limits.maxColumns() + ".");
    }

    /**
     * Refuses a CSV line (a record: line breaks inside quotes included) longer than {@link #MAX_LINE_CHARS},
     * before the parser has gathered it: a 49 MB line of commas is 49 million cells.
     */
    private static final class BoundedLines extends FilterReader {
        private boolean quoted;
        private int inLine;

        BoundedLines(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                inLine = 0;
                return;
            }
            if (++inLine > MAX_LINE_CHARS) {
                throw ApiException.invalid(
                        "file", "A line of the file is longer than " + MAX_LINE_CHARS + " characters.");
            }
        }
    }
}
