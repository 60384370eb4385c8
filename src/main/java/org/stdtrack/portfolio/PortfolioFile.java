package org.stdtrack.portfolio;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.stdtrack.export.FormulaGuard;
import org.stdtrack.files.TableFile;
import org.stdtrack.problem.ApiException;

/**
 * A portfolio file's rows as {@link TableFile} streams them: the header row names the columns; an unknown
 * column is refused listing the allowed ones, and so is a row with more cells than the header names.
 */
final class PortfolioFile {

    static final MediaType CSV = TableFile.CSV;
    static final MediaType XLSX = TableFile.XLSX;

    /** One data row: its line in the file (the header is line 1) and its non-blank cells by column. */
    record Row(long line, Map<ImportColumn, String> cells) {}

    private PortfolioFile() {}

    /**
     * Reads every row in order; 415 for another type, 422 for an unknown column, 413 beyond the limit.
     * Returns the character set a CSV was read in, or null for a workbook.
     */
    static Charset read(MediaType type, Path file, int maxRows, Consumer<Row> rows) {
        if (type == null || !(CSV.isCompatibleWith(type) || XLSX.isCompatibleWith(type))) {
            throw ApiException.unsupportedMediaType(
                    "A portfolio is imported as " + CSV + " (UTF-8 or GB18030) or " + XLSX + ", not " + type + ".");
        }
        List<List<ImportColumn>> header = new ArrayList<>(1);
        TableFile.Limits limits = new TableFile.Limits(
                maxRows + 1L, ImportColumn.values().length, "A portfolio file holds at most " + maxRows + " rows.");
        Charset charset = TableFile.read(type, file, limits, (line, values) -> {
            if (header.isEmpty()) {
                header.add(header(values));
            } else {
                emit(header.get(0), values, line, rows);
            }
        });
        if (header.isEmpty()) {
            throw ApiException.invalid(null, "The file is empty: its first line names the columns.");
        }
        return charset;
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

    private static void emit(List<ImportColumn> columns, List<String> values, long line, Consumer<Row> rows) {
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
