package org.stdtrack.standardsystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stdtrack.export.FormulaGuard;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * A version of the system table as a programme office hands it on (GB/T 13016): the detail table (明细表), one
 * line per planned standard, and the statistics table (统计表), per node and in all, whose counts are the gap
 * report's. XLSX holds both sheets, written a row at a time; CSV the detail table. Every text cell is formula-safe.
 */
@Component
class SystemTableExport {

    private static final List<String> DETAIL = List.of(
            "systemExport.sequence",
            "systemExport.systemNumber",
            "systemExport.title",
            "systemExport.number",
            "systemExport.status",
            "systemExport.level",
            "systemExport.international",
            "systemExport.replaces",
            "systemExport.implemented",
            "systemExport.otherTitle",
            "systemExport.target",
            "systemExport.priority",
            "systemExport.targetYear");

    private static final List<String> STATISTICS = List.of(
            "systemExport.node",
            "systemExport.planned",
            "systemExport.existing",
            "systemExport.inDevelopment",
            "systemExport.notStarted",
            "systemExport.withdrawn",
            "systemExport.coverage");

    private final MessageSource messages;
    private final StandardRepository standards;

    SystemTableExport(MessageSource messages, StandardRepository standards) {
        this.messages = messages;
        this.standards = standards;
    }

    byte[] csv(SystemTables.TableView view, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(DETAIL.stream().map(k -> text(k, locale)).toList()));
        for (List<Object> row : detail(view, locale)) {
            out.append(line(row.stream().map(FormulaGuard::guarded).toList()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(SystemTables.TableView view, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

            Sheet detail = workbook.createSheet(text("systemExport.detailSheet", locale));
            header(detail, DETAIL, locale, bold);
            int r = 1;
            for (List<Object> line : detail(view, locale)) {
                Row row = detail.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(FormulaGuard.guarded(value));
                    }
                }
            }
            widths(detail, new int[] {6, 16, 50, 22, 12, 10, 22, 22, 12, 50, 8, 8, 8});

            Sheet statistics = workbook.createSheet(text("systemExport.statisticsSheet", locale));
            header(statistics, STATISTICS, locale, bold);
            r = 1;
            List<Object[]> lines = new ArrayList<>();
            nodes(view.nodes(), 0, locale, lines);
            lines.add(new Object[] {text("systemExport.total", locale), view.counts()});
            for (Object[] line : lines) {
                Row row = statistics.createRow(r++);
                row.createCell(0).setCellValue(FormulaGuard.guarded(line[0]));
                Counts counts = (Counts) line[1];
                int[] numbers = {
                    counts.planned(), counts.existing(), counts.inDevelopment(), counts.notStarted(), counts.withdrawn()
                };
                for (int c = 0; c < numbers.length; c++) {
                    row.createCell(c + 1).setCellValue(numbers[c]);
                }
                if (counts.coverage() != null) {
                    row.createCell(6).setCellValue(counts.coverage());
                    row.getCell(6).setCellStyle(percent);
                }
            }
            widths(statistics, new int[] {40, 10, 10, 10, 10, 10, 10});
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per row of the version, node by node down the tree: the detail table's cells. */
    private List<List<Object>> detail(SystemTables.TableView view, Locale locale) {
        List<SystemTables.RowView> rows = new ArrayList<>();
        collect(view.nodes(), rows);
        Map<Long, Standard> linked = standards.find(rows.stream()
                .map(SystemTables.RowView::standardId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        List<List<Object>> lines = new ArrayList<>();
        String node = null;
        int inNode = 0;
        for (SystemTables.RowView row : rows) {
            inNode = row.node().equals(node) ? inNode + 1 : 1;
            node = row.node();
            Standard standard = linked.get(row.standardId());
            String title = row.title() == null
                    ? text("systemExport.hidden", locale)
                    : chinese && row.titleZh() != null ? row.titleZh() : row.title();
            List<Object> line = new ArrayList<>();
            line.add(lines.size() + 1);
            line.add(String.format("%s-%02d", row.node(), inNode));
            line.add(title);
            line.add(row.standardNumber() != null ? row.standardNumber() : row.externalNumber());
            line.add(text("rowStatus." + row.status().name(), locale));
            line.add(text("systemLevel." + row.level().name(), locale));
            line.add(row.internationalCounterpart());
            line.add(row.replaces());
            line.add(standard == null ? null : standard.implementationDate());
            line.add(row.title() == null ? null : chinese ? row.title() : row.titleZh());
            line.add(text(row.target() ? "systemExport.yes" : "systemExport.no", locale));
            line.add(
                    row.priority() == null
                            ? null
                            : text("systemPriority." + row.priority().name(), locale));
            line.add(row.targetYear());
            lines.add(line);
        }
        return lines;
    }

    private static void collect(List<SystemTables.NodeView> nodes, List<SystemTables.RowView> into) {
        for (SystemTables.NodeView n : nodes) {
            into.addAll(n.rows());
            collect(n.children(), into);
        }
    }

    private void nodes(List<SystemTables.NodeView> nodes, int depth, Locale locale, List<Object[]> into) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        for (SystemTables.NodeView n : nodes) {
            into.add(new Object[] {"  ".repeat(depth) + n.code() + " " + (chinese ? n.nameZh() : n.nameEn()), n.counts()
            });
            nodes(n.children(), depth + 1, locale, into);
        }
    }

    private void header(Sheet sheet, List<String> keys, Locale locale, CellStyle bold) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < keys.size(); c++) {
            header.createCell(c).setCellValue(text(keys.get(c), locale));
            header.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int[] characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(SystemTableExport::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String value) {
        boolean needsQuotes =
                value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
