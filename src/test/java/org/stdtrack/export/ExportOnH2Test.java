package org.stdtrack.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/** Every report and the standards list as CSV and XLSX, with English or Chinese column titles. */
@OnH2
class ExportOnH2Test {

    @Autowired
    Journeys journeys;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private static final List<String> REPORTS = List.of(
            "/api/reports/stages?programme=CLOUD-2025&groupBy=domain",
            "/api/reports/targets?programme=CLOUD-2025",
            "/api/reports/adoption?programme=CLOUD-2025",
            "/api/reports/cycle-times?programme=CLOUD-2025",
            "/api/reports/overdue?programme=CLOUD-2025",
            "/api/standards?size=500");

    @Test
    void everyReportExportsAsCsvAndXlsx() throws Exception {
        journeys.registerNational("Exported standard, with a comma");
        for (String path : REPORTS) {
            String separator = path.contains("?") ? "&" : "?";
            MockHttpServletResponse csv = call(get(path + separator + "format=csv"));
            assertThat(csv.getStatus()).as(path).isEqualTo(200);
            assertThat(csv.getContentType()).startsWith("text/csv");
            assertThat(csv.getHeader("Content-Disposition")).contains("attachment", ".csv");
            String text = csv.getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).as(path).startsWith("\uFEFF");
            assertThat(text.lines().count()).as(path + " has a header").isGreaterThanOrEqualTo(1);

            MockHttpServletResponse xlsx = call(
                    get(path).header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            assertThat(xlsx.getStatus()).as(path).isEqualTo(200);
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
                Sheet sheet = workbook.getSheetAt(0);
                boolean titled = !path.startsWith("/api/standards");
                assertThat(sheet.getRow(0).getPhysicalNumberOfCells())
                        .as(path + ": a report's title row, or the list's column titles")
                        .isEqualTo(titled ? 1 : 11);
                Row header = sheet.getRow(titled ? 2 : 0);
                assertThat(header.getPhysicalNumberOfCells()).as(path).isGreaterThan(1);
            }
        }
    }

    @Test
    void columnTitlesFollowTheRequestedLanguage() throws Exception {
        String english = call(get("/api/reports/stages?programme=CLOUD-2025&groupBy=domain")
                        .header("Accept", "text/csv"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow())
                .contains("Group", "Preliminary", "Technical review", "Total");
        assertThat(english).contains("Security");
        String chinese = call(get("/api/reports/stages?programme=CLOUD-2025&groupBy=domain&format=csv")
                        .header("Accept-Language", "zh-CN"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese.lines().findFirst().orElseThrow()).contains("分组", "预阶段", "审查", "合计");
        assertThat(chinese).contains("安全");
        MockHttpServletResponse xlsx = call(get("/api/reports/cycle-times?programme=CLOUD-2025&format=xlsx&lang=zh"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("阶段");
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("预阶段");
        }
    }

    /**
     * The target report as an office hands it to SAC or MIIT: a title row with the programme and the day, plan
     * numbers and titles rather than ids, real date cells, the chance as a percentage, columns wide enough.
     */
    @Test
    void aReportsSpreadsheetReadsAsAReport() throws Exception {
        // Standards in progress of its own: the report must not depend on what other tests left behind.
        journeys.importedAtApproval("Forecast in a spreadsheet 1", "GB_T", "TC28-SC38", "CESI");
        journeys.importedAtApproval("Forecast in a spreadsheet 2", "GB_T", "TC28-SC38", "CESI");
        MockHttpServletResponse xlsx = call(get("/api/reports/targets?programme=CLOUD-2025&format=xlsx&lang=zh"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("目标标准及其预测", "CLOUD-2025", "截至 " + LocalDate.ofInstant(now(), ZONE));
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("计划号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getLastRowNum())
                    .as("the programme's standards in progress")
                    .isGreaterThan(3);
            int dates = 0;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(1).getCellType())
                        .as("a title, not an id")
                        .isEqualTo(CellType.STRING);
                assertThat(row.getCell(1).getStringCellValue()).isNotBlank().doesNotContainPattern("^\\d+$");
                for (int c = 3; c <= 5; c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(DateUtil.isCellDateFormatted(cell))
                                .as("a date cell")
                                .isTrue();
                        dates++;
                    }
                }
                Cell chance = row.getCell(6);
                assertThat(chance.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(chance.getNumericCellValue()).isBetween(0.0, 1.0);
                assertThat(chance.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            }
            assertThat(dates).isPositive();
            assertThat(sheet.getColumnWidth(1))
                    .as("the title column fits its titles")
                    .isGreaterThan(20 * 256);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as("the column titles stay in view")
                    .isEqualTo((short) 3);
        }
    }

    @Test
    void csvQuotesWhatNeedsQuoting() throws Exception {
        journeys.registerNational("Quoted, \"really\"");
        String csv = call(get("/api/standards?size=500&format=csv")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Quoted, \"\"really\"\"\"");
    }

    @Test
    void jsonStaysTheDefaultAndBadChoicesAreRefused() throws Exception {
        assertThat(call(get("/api/reports/overdue?programme=CLOUD-2025")).getContentType())
                .startsWith("application/json");
        MockHttpServletResponse badFormat = call(get("/api/reports/overdue?programme=CLOUD-2025&format=pdf"));
        assertThat(badFormat.getStatus()).isEqualTo(400);
        assertThat(badFormat.getContentAsString()).contains("json, csv, xlsx");
        assertThat(call(get("/api/reports/overdue?programme=CLOUD-2025&format=csv&lang=fr"))
                        .getStatus())
                .isEqualTo(400);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername("observer"))))
                .andReturn()
                .getResponse();
    }
}
