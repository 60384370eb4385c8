package org.stdtrack.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.stdtrack.problem.ApiException;

/**
 * Serves a report as JSON (default), CSV or XLSX, chosen by {@code format=} or else the Accept header,
 * with column titles in the language of {@code lang=} or else the Accept-Language header.
 */
@Component
public class TableExport {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    enum Format {
        JSON,
        CSV,
        XLSX
    }

    private final MessageSource messages;

    TableExport(MessageSource messages) {
        this.messages = messages;
    }

    /** The JSON body as it is, or the table rendered in the requested format and language. */
    public ResponseEntity<?> respond(HttpServletRequest request, Object json, Supplier<Table> table) {
        Format format = format(request);
        if (format == Format.JSON) {
            return ResponseEntity.ok(json);
        }
        Table t = table.get();
        Locale locale = language(request);
        Function<Object, Object> inLanguage = words(locale);
        byte[] body = format == Format.CSV ? csv(t, inLanguage) : xlsx(t, inLanguage, heading(t, locale));
        return ResponseEntity.ok()
                .contentType(contentType(format))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(t, format))
                .body(body);
    }

    /**
     * A table too large to hold, written to the response as its rows are read: {@code table} gives the name,
     * columns and heading (its own rows are not written), {@code rows} the rows one at a time. CSV goes out as it
     * is written; a spreadsheet keeps at most {@link #XLSX_ROWS_IN_MEMORY} rows in memory and the rest in a
     * compressed temporary file until it is sent. JSON is not offered (406).
     */
    public void stream(HttpServletRequest request, HttpServletResponse response, Table table, Table.RowSource rows)
            throws IOException {
        Format format = format(request);
        if (format == Format.JSON) {
            throw ApiException.notAcceptable("This table is a file: ask for format=csv or format=xlsx.");
        }
        Locale locale = language(request);
        Function<Object, Object> inLanguage = words(locale);
        response.setContentType(contentType(format).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(table, format));
        OutputStream out = response.getOutputStream();
        if (format == Format.CSV) {
            csv(table, rows, inLanguage, out);
        } else {
            xlsx(table, rows, inLanguage, heading(table, locale), out);
        }
        out.flush();
    }

    private static MediaType contentType(Format format) {
        return format == Format.CSV ? new MediaType(CSV, StandardCharsets.UTF_8) : XLSX;
    }

    private static String attachment(Table table, Format format) {
        return ContentDisposition.attachment()
                .filename(fileName(table.name()) + (format == Format.CSV ? ".csv" : ".xlsx"))
                .build()
                .toString();
    }

    private static Format format(HttpServletRequest request) {
        String requested = request.getParameter("format");
        if (requested != null) {
            return switch (requested.toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "csv" -> Format.CSV;
                case "xlsx" -> Format.XLSX;
                default ->
                    throw ApiException.badRequest(
                            "format",
                            "'" + requested + "' is not a valid value for 'format'; allowed values: json, csv, xlsx.");
            };
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
        } catch (InvalidMediaTypeException e) {
            throw ApiException.notAcceptable("The Accept header '" + request.getHeader(HttpHeaders.ACCEPT)
                    + "' is not a list of media types; ask for application/json, text/csv or " + XLSX + ".");
        }
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(CSV) && !type.isWildcardType()) {
                return Format.CSV;
            }
            if (type.isCompatibleWith(XLSX) && !type.isWildcardType()) {
                return Format.XLSX;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Format.JSON;
            }
        }
        return Format.JSON;
    }

    /** The language a file is written in: {@code lang=} (en or zh, else 400), or else the request's locale. */
    public static Locale language(HttpServletRequest request) {
        return chinese(request) ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static boolean chinese(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return switch (lang.toLowerCase(Locale.ROOT)) {
                case "zh" -> true;
                case "en" -> false;
                default ->
                    throw ApiException.badRequest(
                            "lang", "'" + lang + "' is not a valid value for 'lang'; allowed values: en, zh.");
            };
        }
        return request.getLocale() != null && request.getLocale().getLanguage().equals("zh");
    }

    /** Column titles and cells that are words or bilingual names, in the language of this locale. */
    private Function<Object, Object> words(Locale locale) {
        return value -> {
            if (value instanceof Table.Label label) {
                return messages.getMessage(label.key(), null, locale);
            }
            if (value instanceof Table.Name name) {
                return Locale.CHINESE.equals(locale) ? name.zh() : name.en();
            }
            return value;
        };
    }

    /** The title row of a report's spreadsheet: "Target report · CLOUD-2025 · as of 2026-12-07". */
    private String heading(Table table, Locale locale) {
        Table.Heading heading = table.heading();
        if (heading == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(messages.getMessage(heading.titleKey(), null, locale));
        parts.add(
                heading.programme() == null
                        ? messages.getMessage("export.allProgrammes", null, locale)
                        : heading.programme());
        parts.add(
                messages.getMessage("export.asOf", new Object[] {heading.asOf().toString()}, locale));
        return String.join(" · ", parts);
    }

    private static String title(Table table, String column, Function<Object, Object> inLanguage) {
        return table.columnsAreKeys() ? (String) inLanguage.apply(new Table.Label(column)) : column;
    }

    /** The table as a CSV file in that language, for a file that is stored rather than sent (a package's list). */
    public byte[] csvFile(Table table, Locale locale) {
        return csv(table, words(locale));
    }

    static byte[] csv(Table table, Function<Object, Object> inLanguage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            csv(table, table.rows()::forEach, inLanguage, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs read Chinese correctly. */
    static void csv(Table table, Table.RowSource rows, Function<Object, Object> inLanguage, OutputStream stream)
            throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write("\uFEFF");
        out.write(String.join(
                ",",
                table.columns().stream()
                        .map(c -> quote(title(table, c, inLanguage)))
                        .toList()));
        out.write("\r\n");
        try {
            rows.forEach(row -> {
                try {
                    out.write(String.join(
                            ",",
                            row.stream()
                                    .map(v -> quote(FormulaGuard.guarded(plain(inLanguage.apply(v)))))
                                    .toList()));
                    out.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** A cell as CSV writes it: a share as its fraction, as before percentages came to spreadsheets. */
    private static Object plain(Object value) {
        return value instanceof Table.Percent share ? share.fraction() : value;
    }

    /** A download's file name: letters, digits, '-', '_' and '.' only, whatever the report's name holds. */
    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String quote(String value) {
        boolean needsQuotes =
                value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * A spreadsheet as offices hand it on: a title row (report, programme, "as of") where the report has one,
     * bold column titles frozen in view, dates as date cells, shares as percentages, numbers as numbers, and
     * columns as wide as what they hold (bounded).
     */
    static byte[] xlsx(Table table, Function<Object, Object> inLanguage, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            xlsx(table, table.rows()::forEach, inLanguage, title, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Rows of a spreadsheet kept in memory while it is written; the rest wait in a compressed temporary file. */
    static final int XLSX_ROWS_IN_MEMORY = 100;

    static void xlsx(
            Table table, Table.RowSource rows, Function<Object, Object> inLanguage, String title, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            int[] widths = new int[table.columns().size()];
            int first = 0;
            if (title != null) {
                CellStyle heading = workbook.createCellStyle();
                Font large = workbook.createFont();
                large.setBold(true);
                large.setFontHeightInPoints((short) 14);
                heading.setFont(large);
                var cell = sheet.createRow(0).createCell(0);
                cell.setCellValue(title);
                cell.setCellStyle(heading);
                first = 2;
            }
            Row header = sheet.createRow(first);
            for (int c = 0; c < table.columns().size(); c++) {
                var cell = header.createCell(c);
                String name = title(table, table.columns().get(c), inLanguage);
                cell.setCellValue(name);
                cell.setCellStyle(bold);
                widths[c] = Math.max(widths[c], width(name));
            }
            int[] next = {first + 1};
            rows.forEach(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = inLanguage.apply(values.get(c));
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof Table.Percent share) {
                        cell.setCellValue(share.fraction());
                        cell.setCellStyle(percent);
                        widths[c] = Math.max(widths[c], 7);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                        widths[c] = Math.max(widths[c], 11);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        widths[c] = Math.max(widths[c], width(value.toString()));
                    } else {
                        cell.setCellValue(value.toString());
                        widths[c] = Math.max(widths[c], width(value.toString()));
                    }
                }
            });
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_COLUMN_CHARS) * 256);
            }
            sheet.createFreezePane(0, first + 1);
            workbook.write(out);
        }
    }

    /** Columns grow with their longest text up to this many characters; longer text wraps in the cell's view. */
    static final int MAX_COLUMN_CHARS = 60;

    /** A text's width in characters as a spreadsheet shows it: a Chinese character takes two. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN ? 2 : 1;
        }
        return width;
    }
}
