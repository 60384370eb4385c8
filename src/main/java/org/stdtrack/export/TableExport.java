package org.stdtrack.export;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        Function<Object, Object> inLanguage = words(language(request));
        byte[] body = format == Format.CSV ? csv(t, inLanguage) : xlsx(t, inLanguage);
        return ResponseEntity.ok()
                .contentType(format == Format.CSV ? new MediaType(CSV, StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(t.name()) + (format == Format.CSV ? ".csv" : ".xlsx"))
                                .build()
                                .toString())
                .body(body);
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

    private static String title(Table table, String column, Function<Object, Object> inLanguage) {
        return table.columnsAreKeys() ? (String) inLanguage.apply(new Table.Label(column)) : column;
    }

    /** RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs read Chinese correctly. */
    static byte[] csv(Table table, Function<Object, Object> inLanguage) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(
                        ",",
                        table.columns().stream()
                                .map(c -> quote(title(table, c, inLanguage)))
                                .toList()))
                .append("\r\n");
        for (List<Object> row : table.rows()) {
            out.append(String.join(
                            ",",
                            row.stream()
                                    .map(v -> quote(FormulaGuard.guarded(inLanguage.apply(v))))
                                    .toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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

    static byte[] xlsx(Table table, Function<Object, Object> inLanguage) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(title(table, table.columns().get(c), inLanguage));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = inLanguage.apply(values.get(c));
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
