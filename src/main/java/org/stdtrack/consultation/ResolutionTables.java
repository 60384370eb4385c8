package org.stdtrack.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stdtrack.export.FormulaGuard;
import org.stdtrack.export.Table;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Standard;

/**
 * Generates the comment resolution table from the comments as they stand, as CSV (UTF-8 with a byte order
 * mark), XLSX and DOCX through Apache POI, in Chinese or English.
 */
@Service
public class ResolutionTables {

    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** {@code xlsx}, {@code docx} or {@code csv}, in any case; 400 otherwise. */
        public static Format parse(String format) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(format)) {
                    return f;
                }
            }
            throw ApiException.badRequest(
                    "format", "'" + format + "' is not a valid value for 'format'; allowed values: xlsx, docx, csv.");
        }
    }

    private static final List<String> COLUMNS = List.of(
            "resolutionTable.number",
            "comments.round",
            "comments.clause",
            "comments.text",
            "comments.proposedChange",
            "resolutionTable.organisation",
            "comments.channel",
            "comments.resolution",
            "comments.reason");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ResolutionTables(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The table of the standard's comments, numbered in the order they were received. */
    public ResolutionTable of(Standard standard) {
        List<ResolutionTable.Row> rows = new ArrayList<>();
        jdbc.sql("""
                select k.round, c.clause, c.text, c.proposed_change, c.resolution, c.resolution_reason,
                    c.channel, c.organisation, o.name_en, o.name_zh, u.display_name
                from consultation_comment c
                join consultation k on k.id = c.consultation_id
                left join app_user u on u.username = c.author
                left join organisation o on o.code = u.organisation_code
                where c.standard_id = ?
                order by k.round, c.id""")
                .param(standard.id())
                .query((rs, n) -> {
                    String decision = rs.getString("resolution");
                    String recorded = rs.getString("organisation");
                    String en = rs.getString("name_en");
                    String person = rs.getString("display_name");
                    // A recorded comment names its organisation as it wrote; a reviewer's is the account's.
                    Table.Name organisation = recorded != null
                            ? new Table.Name(recorded, recorded)
                            : en == null ? new Table.Name(person, person) : new Table.Name(en, rs.getString("name_zh"));
                    return new ResolutionTable.Row(
                            n + 1,
                            rs.getInt("round"),
                            rs.getString("clause"),
                            rs.getString("text"),
                            rs.getString("proposed_change"),
                            organisation,
                            Comment.Channel.valueOf(rs.getString("channel")),
                            decision == null ? null : Comment.Decision.valueOf(decision),
                            rs.getString("resolution_reason"));
                })
                .list()
                .forEach(rows::add);
        return new ResolutionTable(
                standard.title(), standard.titleZh(), standard.planNumber(), rows, ResolutionTable.summarise(rows));
    }

    /**
     * The table as a file. {@code createdAt} is written as the document's creation time, so that the same
     * comments give the same file (the submission package depends on it); empty means now.
     */
    public byte[] write(ResolutionTable table, Format format, Locale locale, Optional<Instant> createdAt) {
        Words words = new Words(locale);
        try {
            return switch (format) {
                case CSV -> csv(table, words);
                case XLSX -> xlsx(table, words, createdAt);
                case DOCX -> docx(table, words, createdAt);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Words {
        final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String title(ResolutionTable table) {
            String name = Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                    ? table.standardTitleZh()
                    : table.standardTitle();
            return get("comments.resolutionTable") + " — " + name
                    + (table.planNumber() == null ? "" : " (" + table.planNumber() + ")");
        }

        String summary(ResolutionTable.Summary s) {
            return get(
                    "resolutionTable.summary",
                    s.received(),
                    s.accepted(),
                    s.partiallyAccepted(),
                    s.notAccepted(),
                    s.unresolved());
        }

        List<String> cells(ResolutionTable.Row row) {
            boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(row.number()));
            cells.add(String.valueOf(row.round()));
            cells.add(row.clause());
            cells.add(row.comment());
            cells.add(nullToEmpty(row.proposedChange()));
            cells.add(nullToEmpty(
                    zh ? row.organisation().zh() : row.organisation().en()));
            cells.add(get("channel." + row.channel()));
            cells.add(
                    row.resolution() == null ? get("resolutionTable.unresolved") : get("decision." + row.resolution()));
            cells.add(nullToEmpty(row.reason()));
            return cells;
        }

        List<String> headings() {
            return COLUMNS.stream().map(this::get).toList();
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static byte[] csv(ResolutionTable table, Words words) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            csv.printRecord(words.title(table));
            csv.printRecord(words.headings());
            for (ResolutionTable.Row row : table.rows()) {
                csv.printRecord(
                        words.cells(row).stream().map(FormulaGuard::guarded).toList());
            }
            csv.printRecord(words.summary(table.summary()));
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(ResolutionTable table, Words words, Optional<Instant> createdAt) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            createdAt.ifPresent(
                    at -> workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(at))));
            Sheet sheet = workbook.createSheet(words.get("comments.resolutionTable"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(words.title(table));
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            List<String> headings = words.headings();
            for (int c = 0; c < headings.size(); c++) {
                header.createCell(c).setCellValue(headings.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 2;
            for (ResolutionTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                List<String> cells = words.cells(row);
                line.createCell(0).setCellValue(row.number());
                line.createCell(1).setCellValue(row.round());
                for (int c = 2; c < cells.size(); c++) {
                    line.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.createRow(r + 1).createCell(0).setCellValue(words.summary(table.summary()));
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(ResolutionTable table, Words words, Optional<Instant> createdAt) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            createdAt.ifPresent(
                    at -> document.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(at))));
            XWPFRun title = document.createParagraph().createRun();
            title.setBold(true);
            title.setText(words.title(table));
            List<String> headings = words.headings();
            XWPFTable grid = document.createTable(1, headings.size());
            fill(grid.getRow(0), headings, true);
            for (ResolutionTable.Row row : table.rows()) {
                fill(grid.createRow(), words.cells(row), false);
            }
            XWPFParagraph summary = document.createParagraph();
            summary.createRun().setText(words.summary(table.summary()));
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            run.setText(cells.get(c));
        }
    }
}
