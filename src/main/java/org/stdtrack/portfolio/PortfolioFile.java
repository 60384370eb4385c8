package org.stdtrack.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.MediaType;
import org.stdtrack.export.FormulaGuard;
import org.stdtrack.problem.ApiException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a portfolio file row by row, never whole: CSV (UTF-8, with or without a byte order mark) with
 * Commons CSV, or the first sheet of an XLSX workbook with POI's streaming (SAX) reader. The header row
 * names the columns; an unknown column is refused listing the allowed ones, and so is a file with more
 * rows than the limit.
 */
final class PortfolioFile {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** One data row: its line in the file (the header is line 1) and its non-blank cells by column. */
    record Row(long line, Map<ImportColumn, String> cells) {}

    private PortfolioFile() {}

    /** Reads every row in order; 415 for another type, 422 for an unknown column, 413 beyond the limit. */
    static void read(MediaType type, InputStream body, int maxRows, Consumer<Row> rows) {
        if (type != null && CSV.isCompatibleWith(type)) {
            readCsv(body, maxRows, rows);
        } else if (type != null && XLSX.isCompatibleWith(type)) {
            readXlsx(body, maxRows, rows);
        } else {
            throw ApiException.unsupportedMediaType(
                    "A portfolio is imported as " + CSV + " (UTF-8) or " + XLSX + ", not " + type + ".");
        }
    }

    private static void readCsv(InputStream body, int maxRows, Consumer<Row> rows) {
        try (Reader reader = new InputStreamReader(
                        BOMInputStream.builder().setInputStream(body).get(), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            List<ImportColumn> columns = null;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (columns == null) {
                    columns = header(values);
                    continue;
                }
                emit(columns, values, record.getRecordNumber(), maxRows, rows);
            }
            if (columns == null) {
                throw ApiException.invalid(null, "The file is empty: its first line names the columns.");
            }
        } catch (IOException | UncheckedIOException e) {
            throw ApiException.badRequest(null, "The file is not readable as CSV: " + e.getMessage());
        }
    }

    private static void readXlsx(InputStream body, int maxRows, Consumer<Row> rows) {
        try (OPCPackage workbook = OPCPackage.open(body)) {
            XSSFReader reader = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ApiException.invalid(null, "The workbook has no sheet.");
            }
            try (InputStream sheet = sheets.next()) {
                SheetRows handler = new SheetRows(maxRows, rows);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
                if (handler.columns == null) {
                    throw ApiException.invalid(null, "The sheet is empty: its first row names the columns.");
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw ApiException.badRequest(null, "The file is not a readable XLSX workbook: " + e.getMessage());
        }
    }

    /** The first sheet's rows as they stream past; cells are read as they are shown. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final Consumer<Row> rows;
        private List<ImportColumn> columns;
        private Map<Integer, String> current;
        private long line;

        SheetRows(int maxRows, Consumer<Row> rows) {
            this.maxRows = maxRows;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new LinkedHashMap<>();
            line = rowNum + 1L;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            current.put((int) new CellReference(reference).getCol(), value);
        }

        @Override
        public void endRow(int rowNum) {
            int width = current.keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                values.add(current.getOrDefault(i, ""));
            }
            if (columns == null) {
                columns = header(values);
            } else {
                emit(columns, values, line, maxRows, rows);
            }
        }
    }

    private static List<ImportColumn> header(List<String> names) {
        List<ImportColumn> columns = new ArrayList<>();
        for (String name : names) {
            String trimmed = name.strip();
            columns.add(ImportColumn.named(trimmed)
                    .orElseThrow(() -> ApiException.invalid(
                            null,
                            "Unknown column '" + trimmed + "'; the columns are "
                                    + String.join(", ", ImportColumn.headers()) + ".")));
        }
        if (columns.stream().distinct().count() < columns.size()) {
            throw ApiException.invalid(null, "A column is named twice in the header.");
        }
        return columns;
    }

    private static void emit(
            List<ImportColumn> columns, List<String> values, long line, int maxRows, Consumer<Row> rows) {
        if (line - 1 > maxRows) {
            throw ApiException.tooLarge("A portfolio file holds at most " + maxRows + " rows.");
        }
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip();
            if (!value.isEmpty()) {
                if (i >= columns.size()) {
                    throw ApiException.invalid(null, "Line " + line + " has more cells than the header has columns.");
                }
                cells.put(columns.get(i), FormulaGuard.unguarded(value));
            }
        }
        if (!cells.isEmpty()) {
            rows.accept(new Row(line, cells));
        }
    }
}
