package org.stdtrack.export;

import java.util.List;

/** A report as rows and columns, for CSV and XLSX; every column is titled in English and Chinese. */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

    public record Column(String en, String zh) {
    }

    public static Column column(String en, String zh) {
        return new Column(en, zh);
    }
}
