package org.stdtrack.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.stdtrack.files.ZipBombs;
import org.stdtrack.support.Drafts;

/**
 * The hostile inputs of the outside review (issue 27, item 1), sent over real HTTP to the tracker running
 * as its own process with a 256 MB heap: each is answered with a 4xx within seconds, and afterwards the
 * tracker still serves an ordinary request. Before the fixes each of these filled the heap (or the disk),
 * overflowed the stack or answered 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    static Path dir;

    private AppProcess app;
    private HttpApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        app = AppProcess.start(
                dir.resolve("app.log"),
                List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                List.of(
                        "--stdtrack.data-dir=" + dir.resolve("data"),
                        "--stdtrack.imports.checked-dir=" + dir.resolve("checked"),
                        "--logging.level.root=WARN"));
        api = new HttpApi(app.port, user -> user); // the demo accounts, whose passwords are their names
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void reportDatesFarOutsideTheProgrammeCenturyAreRefused() throws Exception {
        for (String query : List.of(
                "forecast-calibration?programme=CLOUD-2025&every=P1D&from=-999999999-01-01",
                "targets?programme=CLOUD-2025&asOf=0001-01-01",
                "targets?programme=CLOUD-2025&asOf=%2B999999999-12-31",
                "forecast-calibration?programme=CLOUD-2025&every=P2147483647Y")) {
            assertThat(get("observer", "/api/reports/" + query).statusCode())
                    .as(query)
                    .isEqualTo(422);
        }
        stillServing();
    }

    @Test
    void bodiesAreBoundedByTheDecodedPathAndFormsWithFilesOnlyReachAddressesThatTakeThem() throws Exception {
        String json = "application/json";
        RawHttp.Body hugeJson = new RawHttp.Body(
                json, "{\"values\":{\"comment\":\"".getBytes(StandardCharsets.UTF_8), filler(), 350L << 20, false);
        Map<String, String> enterprise = Map.of("Authorization", RawHttp.basic("enterprise1", "enterprise1"));
        assertThat(RawHttp.send(app.port, "POST", "/%61pi/tasks/x/complete", enterprise, hugeJson, WITHIN))
                .as("a declared 350 MB body to an encoded API path")
                .isEqualTo(413);
        RawHttp.Body chunkedJson = new RawHttp.Body(json, hugeJson.head(), filler(), 350L << 20, true);
        assertThat(RawHttp.send(app.port, "POST", "/%61pi/tasks/x/complete", enterprise, chunkedJson, WITHIN))
                .as("the same without a declared length")
                .isIn(413, -1);
        assertThat(RawHttp.send(app.port, "POST", "/%65ngine-rest/user", Map.of(), hugeJson, WITHIN))
                .isEqualTo(413);

        String boundary = "hostile";
        byte[] part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        for (boolean chunked : List.of(false, true)) {
            RawHttp.Body multipart =
                    new RawHttp.Body("multipart/form-data; boundary=" + boundary, part, filler(), 200L << 20, chunked);
            for (String path : List.of("/login", "/standards", "/%61pi/standards")) {
                assertThat(RawHttp.send(app.port, "POST", path, Map.of(), multipart, WITHIN))
                        .as("an anonymous multipart POST of 200 MB to %s (chunked: %s)", path, chunked)
                        .isEqualTo(415);
            }
        }
        stillServing();
    }

    @Test
    void hostilePortfolioFilesAreRefusedAsTheyAreRead() throws Exception {
        String path = "/api/imports/standards?programme=CLOUD-2025";
        assertThat(post("secretary", path, "text/csv", commaLine(49 << 20)).statusCode())
                .as("a 49 MB line of commas")
                .isEqualTo(422);
        assertThat(post("secretary", path, XLSX, paddingParts(2_000, 8 << 10)).statusCode())
                .as("a workbook of 16 MB of padding parts")
                .isEqualTo(422);
        assertThat(post("secretary", path, XLSX, wideSheet()).statusCode())
                .as("a sheet with a cell in column XFD per row")
                .isEqualTo(422);
        assertThat(post("secretary", path, XLSX, bomb("xl/worksheets/sheet1.xml"))
                        .statusCode())
                .as("a sheet inflating beyond the part limit")
                .isBetween(400, 499);
        assertThat(post("secretary", path, XLSX, bomb("xl/sharedStrings.xml")).statusCode())
                .as("shared strings inflating beyond the part limit")
                .isBetween(400, 499);
        stillServing();
    }

    @Test
    void hostileCommentFilesAreRefusedAsTheyAreRead() throws Exception {
        long id = inConsultation();
        String path = "/api/standards/" + id + "/comments/import";
        assertThat(post("secretary", path, XLSX, wideSheet()).statusCode())
                .as("a sheet with a cell in column XFD per row")
                .isEqualTo(422);
        assertThat(post("secretary", path, "text/csv", commaLine(4 << 20)).statusCode())
                .as("a 4 MB line of commas")
                .isEqualTo(422);
        assertThat(post("secretary", path, XLSX, bomb("xl/worksheets/sheet1.xml"))
                        .statusCode())
                .isBetween(400, 499);
        stillServing();
    }

    @Test
    void hostileDraftsAreRefusedBeforeTheirComparisonHoldsTheHeapOrTheThread() throws Exception {
        long id = api.register("secretary", "Hostile drafts");
        long plain = upload(id, Drafts.docx("An ordinary paragraph."));
        Path longParagraph = dir.resolve("long.docx");
        Files.write(longParagraph, Drafts.docx("seed"));
        long bomb = upload(
                id,
                Files.readAllBytes(
                        ZipBombs.withPaddedPart(longParagraph, dir.resolve("long-bomb.docx"), "word/document.xml")));
        assertThat(get("secretary", diff(id, plain, bomb)).statusCode())
                .as("a DOCX inflating far beyond its size")
                .isEqualTo(413);
        long tooLong = upload(id, Drafts.docx("云".repeat(30_000)));
        assertThat(get("secretary", diff(id, plain, tooLong)).statusCode()).isEqualTo(413);

        String[] first = new String[20_000];
        String[] second = new String[20_000];
        for (int i = 0; i < first.length; i++) {
            first[i] = "a" + i;
            second[i] = "b" + i;
        }
        long a = upload(id, Drafts.docx(first));
        long b = upload(id, Drafts.docx(second));
        long started = System.nanoTime();
        assertThat(get("secretary", diff(id, a, b)).statusCode())
                .as("two long, wholly different versions")
                .isEqualTo(422);
        assertThat(get("secretary", "/standards/" + id + "/documents/" + a + "/diff?to=" + b)
                        .statusCode())
                .as("and on the page")
                .isEqualTo(422);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);

        Path bombFile = dir.resolve("types-bomb.docx");
        Files.write(bombFile, Drafts.docx("x"));
        HttpApi.Answer refused = api.upload(
                "secretary",
                id,
                "PROPOSAL",
                ZipBombs.withPaddedPart(bombFile, dir.resolve("types.docx"), "[Content_Types].xml"));
        assertThat(refused.status()).as(refused.body().toString()).isBetween(200, 499);
        stillServing();
    }

    @Test
    void checkedImportFilesDoNotStayInTheHeap() throws Exception {
        // ten checks of a 29 MB file through Basic-authenticated page requests (each a session of its own)
        byte[] file = blankRows(49_000, 600);
        for (int i = 0; i < 10; i++) {
            file["title\n".length() + i] = '\t'; // a file of its own each time, its rows still blank
            String boundary = "check" + i;
            ByteArrayOutputStream form = new ByteArrayOutputStream();
            form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programme\"\r\n\r\nCLOUD-2025\r\n"
                            + "--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.csv\"\r\n"
                            + "Content-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            form.write(file);
            form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> checked = http.send(
                    request("secretary", "/imports/check")
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
            assertThat(checked.body()).contains("name=\"token\"");
        }
        try (var kept = Files.walk(dir.resolve("checked"))) {
            assertThat(kept.filter(Files::isRegularFile).count())
                    .as("three checks wait per account; the older ones are gone")
                    .isEqualTo(3);
        }
        stillServing();
    }

    private void stillServing() throws Exception {
        assertThat(app.isAlive()).as("the tracker is still running").isTrue();
        HttpResponse<String> ordinary = get("observer", "/api/standards?programme=CLOUD-2025&size=5");
        assertThat(ordinary.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ordinary.body()).get("total").asInt()).isPositive();
    }

    private long inConsultation() throws Exception {
        JsonNode standards = JSON.readTree(
                get("secretary", "/api/standards?programme=CLOUD-2025&stage=CONSULTATION&committee=TC28-SC38")
                        .body());
        assertThat(standards.get("items"))
                .as("the demo has a national standard out for comments")
                .isNotEmpty();
        return standards.get("items").get(0).get("id").asLong();
    }

    /** A draft uploaded as the proposal's next version; its document id. */
    private long upload(long id, byte[] file) throws IOException {
        HttpApi.Answer uploaded = api.upload(
                "secretary", id, "PROPOSAL", Files.write(Files.createTempFile(dir, "draft-", ".docx"), file));
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        return uploaded.body().get("id").asLong();
    }

    private static String diff(long id, long from, long to) {
        return "/api/standards/" + id + "/documents/" + from + "/diff?to=" + to;
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
                .timeout(WITHIN)
                .header("Authorization", RawHttp.basic(user, user));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String user, String path, String type, Path file) throws Exception {
        return http.send(
                request(user, path)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] filler() {
        return "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    }

    /** A CSV whose second line is {@code length} commas. */
    private Path commaLine(int length) throws IOException {
        Path file = dir.resolve("commas-" + length + ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("title,title_zh\n".getBytes(StandardCharsets.UTF_8));
            byte[] commas = ",".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < length; written += commas.length) {
                out.write(commas);
            }
        }
        return file;
    }

    /** A header and {@code rows} lines of blanks: every row empty, {@code width} characters each. */
    private static byte[] blankRows(int rows, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("title\n".getBytes(StandardCharsets.UTF_8));
        byte[] blank = (" ".repeat(width - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < rows; i++) {
            out.writeBytes(blank);
        }
        return out.toByteArray();
    }

    private Path paddingParts(int parts, int size) throws IOException {
        Path file = dir.resolve("padding.xlsx");
        byte[] random = new byte[size];
        new java.util.Random(1).nextBytes(random);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("pad/" + i + ".bin"));
                zip.write(random);
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path wideSheet() throws IOException {
        Path file = dir.resolve("wide.xlsx");
        if (!Files.exists(file)) {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook();
                    OutputStream out = Files.newOutputStream(file)) {
                var sheet = workbook.createSheet();
                sheet.createRow(0).createCell(0).setCellValue("title");
                for (int r = 1; r < 20_000; r++) {
                    sheet.createRow(r).createCell(16_383).setCellValue("far");
                }
                workbook.write(out);
            }
        }
        return file;
    }

    private Path bomb(String part) throws IOException {
        Path workbook = dir.resolve("small.xlsx");
        try (XSSFWorkbook small = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(workbook)) {
            var sheet = small.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("title");
            small.write(out);
        }
        return ZipBombs.withPaddedPart(workbook, dir.resolve("bomb-" + part.replace('/', '-')), part);
    }
}
