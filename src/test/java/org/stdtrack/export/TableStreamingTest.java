package org.stdtrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A table too large to hold (a national programme's portfolio) is written as its rows come: the CSV file goes
 * out while rows are still being read, and the spreadsheet holds no table of every text in memory.
 */
class TableStreamingTest {

    private static final int ROWS = 20_000;
    private static final Table HEADER =
            Table.withColumnNames("portfolio-NATIONAL", List.of("number", "title", "publication_date"), List.of());

    private static Table.RowSource rows(Runnable atHalf) {
        return row -> {
            for (int i = 0; i < ROWS; i++) {
                if (i == ROWS / 2) {
                    atHalf.run();
                }
                row.accept(List.of(
                        "GB/T " + (10_000 + i),
                        "Cloud service level agreement part " + i,
                        LocalDate.of(2026, 1, 1 + i % 28)));
            }
        };
    }

    @Test
    void aCsvFileGoesOutWhileItsRowsAreStillBeingRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] sentAtHalf = {-1};

        TableExport.csv(HEADER, rows(() -> sentAtHalf[0] = out.size()), Function.identity(), out);

        String file = out.toString(StandardCharsets.UTF_8);
        assertThat(file).startsWith("\uFEFFnumber,title,publication_date\r\n").contains("GB/T 29999,");
        assertThat(file.lines()).hasSize(ROWS + 1);
        assertThat(sentAtHalf[0])
                .as("the first half of the rows was written before the second was read")
                .isGreaterThan(out.size() / 3);
    }

    @Test
    void aSpreadsheetIsWrittenAsItsRowsComeAndReadsBackWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableExport.xlsx(HEADER, rows(() -> {}), Function.identity(), null, out);

        // Texts are written into each row as it leaves memory, not gathered in one table of every text.
        String sheetXml = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("t=\"inlineStr\"");
        String shared = entry(out.toByteArray(), "xl/sharedStrings.xml");
        assertThat(shared == null || !shared.contains("<si>"))
                .as("no table of shared texts")
                .isTrue();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
            assertThat(sheet.getRow(ROWS).getCell(0).getStringCellValue()).isEqualTo("GB/T 29999");
            assertThat(sheet.getRow(ROWS).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 1 + (ROWS - 1) % 28));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as("the column titles stay in view")
                    .isEqualTo((short) 1);
        }
    }

    private static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("streamed-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry(name);
                return e == null ? null : new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
