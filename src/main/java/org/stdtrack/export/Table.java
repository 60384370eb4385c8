package org.stdtrack.export;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A report as rows and columns, for CSV and XLSX, in no language: its column titles are message keys
 * (unless the table is a file format whose columns are named as they are),
 * and a cell that is a word ({@link Label}) or a name held in both languages ({@link Name}) is written in
 * the reader's language when the table is exported.
 */
public record Table(
        String name, List<String> columns, List<List<Object>> rows, boolean columnsAreKeys, Heading heading) {

    public Table(String name, List<String> columns, List<List<Object>> rows) {
        this(name, columns, rows, true, null);
    }

    /** A file in a format of its own, whose column names are the format and stay as they are in any language. */
    public static Table withColumnNames(String name, List<String> columns, List<List<Object>> rows) {
        return new Table(name, columns, rows, false, null);
    }

    /**
     * What a report's spreadsheet says above its columns: the report's title (a message key), the programme (or
     * null for all) and the day it is as of. A file whose columns are its format has none, so it reads back.
     */
    public record Heading(String titleKey, String programme, LocalDate asOf) {}

    /** The same table with a title row in its spreadsheet. */
    public Table headed(String titleKey, String programme, LocalDate asOf) {
        return new Table(name, columns, rows, columnsAreKeys, new Heading(titleKey, programme, asOf));
    }

    /** Rows handed over one at a time, for a table too large to hold ({@link TableExport#stream}). */
    @FunctionalInterface
    public interface RowSource {
        void forEach(Consumer<List<Object>> row);
    }

    /** A share, written as a percentage in a spreadsheet and as the fraction in CSV. */
    public record Percent(double fraction) {}

    /** A word of the message bundles, such as a stage's name. */
    public record Label(String key) {}

    /** A name the data holds in English and Chinese, such as a domain's or a committee's. */
    public record Name(String en, String zh) {}

    /** An enumeration value as the bundles name it: {@code group.VALUE}. */
    public static Label label(String group, Enum<?> value) {
        return new Label(group + "." + value.name());
    }
}
