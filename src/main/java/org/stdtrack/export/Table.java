package org.stdtrack.export;

import java.util.List;

/**
 * A report as rows and columns, for CSV and XLSX, in no language: its column titles are message keys
 * (unless the table is a file format whose columns are named as they are),
 * and a cell that is a word ({@link Label}) or a name held in both languages ({@link Name}) is written in
 * the reader's language when the table is exported.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows, boolean columnsAreKeys) {

    public Table(String name, List<String> columns, List<List<Object>> rows) {
        this(name, columns, rows, true);
    }

    /** A file in a format of its own, whose column names are the format and stay as they are in any language. */
    public static Table withColumnNames(String name, List<String> columns, List<List<Object>> rows) {
        return new Table(name, columns, rows, false);
    }

    /** A word of the message bundles, such as a stage's name. */
    public record Label(String key) {}

    /** A name the data holds in English and Chinese, such as a domain's or a committee's. */
    public record Name(String en, String zh) {}

    /** An enumeration value as the bundles name it: {@code group.VALUE}. */
    public static Label label(String group, Enum<?> value) {
        return new Label(group + "." + value.name());
    }
}
