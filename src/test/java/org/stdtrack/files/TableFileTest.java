package org.stdtrack.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.stdtrack.problem.ApiException;

/** Tables are read row by row with every dimension bounded, and CSV text is decoded strictly. */
class TableFileTest {

    private static final TableFile.Limits LIMITS = new TableFile.Limits(100, 5, "At most 100 rows.");

    @TempDir
    Path dir;

    @Test
    void aCsvSavedByExcelOnChineseWindowsIsReadAsGb18030AndSaysSo() throws IOException {
        Path file = write("title,title_zh\nCloud,云计算 参考架构\n".getBytes(Charset.forName("GB18030")));
        List<List<String>> rows = new ArrayList<>();
        Charset charset = TableFile.read(TableFile.CSV, file, LIMITS, (line, cells) -> rows.add(cells));
        assertThat(charset.name()).isEqualTo("GB18030");
        assertThat(rows.get(1)).containsExactly("Cloud", "云计算 参考架构");
    }

    @Test
    void utf8WithOrWithoutAByteOrderMarkIsUtf8() throws IOException {
        for (String text : List.of("title\n云计算\n", "\uFEFFtitle\n云计算\n")) {
            List<List<String>> rows = new ArrayList<>();
            Charset charset = TableFile.read(
                    TableFile.CSV, write(text.getBytes(StandardCharsets.UTF_8)), LIMITS, (l, c) -> rows.add(c));
            assertThat(charset).isEqualTo(StandardCharsets.UTF_8);
            assertThat(rows).containsExactly(List.of("title"), List.of("云计算"));
        }
    }

    @Test
    void textInNeitherEncodingIsRefusedNotReadWithReplacementCharacters() throws IOException {
        // 0x80 alone is neither UTF-8 nor a GB18030 sequence
        Path file = write(new byte[] {'t', ',', 'u', '\n', (byte) 0x80, ',', 'x', '\n'});
        assertThatThrownBy(() -> TableFile.read(TableFile.CSV, file, LIMITS, (l, c) -> {}))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.getMessage()).contains("neither UTF-8 nor GB18030");
                });
    }

    @Test
    void aLineOfMillionsOfCommasIsRefusedBeforeItIsGathered() throws IOException {
        Path file = dir.resolve("commas.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            byte[] commas = ",".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20; i++) {
                out.write(commas);
            }
        }
        List<Long> lines = new ArrayList<>();
        assertThatThrownBy(() -> TableFile.read(TableFile.CSV, file, LIMITS, (line, c) -> lines.add(line)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getMessage()).contains("longer than"));
        assertThat(lines).containsExactly(1L);
    }

    @Test
    void aValueBeyondTheLastColumnIsRefusedAndBlankOnesAreNot() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        TableFile.read(
                TableFile.CSV, write("a,b,,,,,,\n".getBytes(StandardCharsets.UTF_8)), LIMITS, (l, c) -> rows.add(c));
        assertThat(rows.get(0)).hasSize(5);
        assertThatThrownBy(() -> TableFile.read(
                        TableFile.CSV, write("a,b,c,d,e,f\n".getBytes(StandardCharsets.UTF_8)), LIMITS, (l, c) -> {}))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getMessage()).contains("beyond column 5"));
    }

    @Test
    void rowsAreCountedAsTheyCome() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThatThrownBy(() -> TableFile.read(
                        TableFile.CSV,
                        write("x\n".repeat(1_000).getBytes(StandardCharsets.UTF_8)),
                        LIMITS,
                        (line, c) -> lines.add(line)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("At most 100 rows.");
                });
        assertThat(lines).hasSize(100);
    }

    @Test
    void aSheetWithOneCellInColumnXfdPerRowIsRefusedAtItsFirstRow() throws IOException {
        Path file = dir.resolve("wide.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("a");
            for (int r = 1; r < 5_000; r++) {
                sheet.createRow(r).createCell(16_383).setCellValue("far");
            }
            workbook.write(out);
        }
        List<Long> lines = new ArrayList<>();
        assertThatThrownBy(() -> TableFile.read(TableFile.XLSX, file, LIMITS, (line, c) -> lines.add(line)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getMessage()).contains("Line 2", "beyond column 5"));
        assertThat(lines).containsExactly(1L);
    }

    @Test
    void aWorkbookOfThousandsOfPaddingPartsIsRefusedBeforeItsIndexIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < ZipLimits.MAX_PARTS + 1; i++) {
                zip.putNextEntry(new ZipEntry("pad/" + i));
                zip.closeEntry();
            }
        }
        Path file = write(bytes.toByteArray());
        assertThatThrownBy(() -> TableFile.read(TableFile.XLSX, file, LIMITS, (l, c) -> {}))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(e.getMessage()).contains((ZipLimits.MAX_PARTS + 1) + " parts");
                });
    }

    @Test
    void aSheetInflatingBeyondThePartLimitIsRefusedAsItInflates() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("a");
            workbook.write(out);
        }
        Path bomb = ZipBombs.withPaddedPart(file, dir.resolve("bomb2.xlsx"), "xl/worksheets/sheet1.xml");
        assertThatThrownBy(() -> TableFile.read(TableFile.XLSX, bomb, LIMITS, (l, c) -> {}))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.status().is4xxClientError()).isTrue());
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "table-", ".tmp"), bytes);
    }
}
