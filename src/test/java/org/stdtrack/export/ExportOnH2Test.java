package org.stdtrack.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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
                Row header = workbook.getSheetAt(0).getRow(0);
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
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("阶段");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("预阶段");
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
