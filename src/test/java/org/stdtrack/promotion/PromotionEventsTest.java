package org.stdtrack.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * Events that promote published standards, kept by their organisers; registrations by the organiser and by an
 * enterprise for its own people; attendance, exams, certificates and their public verification with the name
 * masked; the sign-in sheet read whole and written all or nothing. On H2 and PostgreSQL.
 */
abstract class PromotionEventsTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    /** enterprise1's organisation, ECLOUD, declares under this code. */
    private static final String ECLOUD = "91110108MA01ECL0U5";

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private final String serial = SERIAL.incrementAndGet() + "" + System.nanoTime() % 100_000;

    @Test
    void organisersKeepTheirOwnEventsAndPromoteOnlyPublishedStandards() {
        long published = journeys.importedPublished("Promoted " + serial);
        long draft = journeys.registerNational("Not yet promoted " + serial);
        assertThat(api.as("reviewer1")
                        .post("/api/standards/" + published + "/watch", Map.of())
                        .status())
                .isEqualTo(200);
        Map<String, Object> body = event("CCIA", List.of(published), "ATTENDANCE", Duration.ofDays(1));
        Api.Response created = api.as("association").post("/api/promotion/events", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.get("id").asLong();
        assertThat(api.as("reviewer1")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .as("those who follow the standard are told")
                .contains("PROMOTION_EVENT", (String) body.get("title"));
        assertThat(api.as("miit")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .doesNotContain((String) body.get("title"));
        String token = api.as("reviewer1").post("/api/me/feed-token", Map.of()).text("token");
        assertThat(api.as(null).fetch("/feeds/" + token + "/deadlines.ics").text())
                .as("and find it in their calendar")
                .contains("UID:promotion-" + id);
        assertThat(api.as(null)
                        .fetch("/feeds/" + token + "/standards/" + published + ".atom")
                        .text())
                .as("the standard's news feed announces it")
                .contains("urn:stdtrack:promotion-event:" + id, "Promotion event: " + body.get("title"));
        assertThat(created.location()).endsWith("/api/promotion/events/" + id);
        assertThat(created.get("standards").get(0).asLong()).isEqualTo(published);

        assertProblem(
                guard.unchangedBy(() -> api.as("association")
                        .post("/api/promotion/events", event("CESI", List.of(published), "NONE", Duration.ofDays(1)))),
                403);
        for (String user : List.of("secretary2", "observer", "enterprise1", "drafter")) {
            assertProblem(guard.unchangedBy(() -> api.as(user).post("/api/promotion/events", body)), 403);
        }
        assertProblem(
                guard.unchangedBy(() -> api.as("association")
                        .post("/api/promotion/events", event("CCIA", List.of(draft), "NONE", Duration.ofDays(1)))),
                409);
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("endsAt", body.get("startsAt"));
        assertProblem(guard.unchangedBy(() -> api.as("association").post("/api/promotion/events", backwards)), 422);
        Map<String, Object> examWithoutMark = event("CCIA", List.of(published), "EXAM", Duration.ofDays(1));
        examWithoutMark.remove("passMark");
        Api.Response noMark =
                guard.unchangedBy(() -> api.as("association").post("/api/promotion/events", examWithoutMark));
        assertProblem(noMark, 422);
        assertThat(noMark.text("field")).isEqualTo("passMark");
        Map<String, Object> nowhere = new HashMap<>(body);
        nowhere.remove("place");
        assertProblem(guard.unchangedBy(() -> api.as("association").post("/api/promotion/events", nowhere)), 422);

        assertThat(api.as("enterprise1").get("/api/promotion/events/" + id).text("title"))
                .isEqualTo(body.get("title"));
        assertThat(api.as("observer")
                        .get("/api/promotion/events?programme=" + Demo.PROGRAMME + "&organiser=CCIA&size=200")
                        .body()
                        .toString())
                .contains((String) body.get("title"));
        Map<String, Object> renamed = new HashMap<>(body);
        renamed.put("title", "Renamed " + serial);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").put("/api/promotion/events/" + id, renamed)), 403);
        Api.Response changed = api.as("association").put("/api/promotion/events/" + id, renamed);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.text("title")).isEqualTo("Renamed " + serial);
        assertProblem(api.as("association").get("/api/promotion/events/999999999"), 404);
    }

    @Test
    void participantsAreRegisteredAttendSitTheExamAndGetACertificateAnyoneMayVerify() {
        long published = journeys.importedPublished("Certified " + serial);
        Map<String, Object> body = event("CCIA", List.of(published), "EXAM", Duration.ofDays(1));
        body.put("capacity", 3);
        long id = api.as("association")
                .post("/api/promotion/events", body)
                .get("id")
                .asLong();
        String path = "/api/promotion/events/" + id;
        String zhang = "张三" + serial;
        String codeA = creditCode("91110000MA0" + serial.substring(0, Math.min(6, serial.length())));
        String codeB = creditCode("91310000MA1" + serial.substring(0, Math.min(6, serial.length())));

        long own = register("enterprise1", id, "Wang Fang " + serial, "ECLOUD staff", ECLOUD);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("enterprise1").post(path + "/registrations", person("Not ours", "Other Co.", codeA))),
                403);
        long a = register("association", id, zhang, "A-Cloud", codeA);
        assertProblem(
                guard.unchangedBy(() -> api.as("association").post(path + "/registrations", person(zhang, "A", codeA))),
                409);
        Api.Response badCode = guard.unchangedBy(() ->
                api.as("association").post(path + "/registrations", person("Li Si", "B-Cloud", "91110000MA01ABCDE0")));
        assertProblem(badCode, 422);
        assertThat(badCode.text("field")).isEqualTo("creditCode");
        long b = register("association", id, "Li Si " + serial, "B-Cloud", codeB);
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("association").post(path + "/registrations", person("Fourth", "B-Cloud", codeB))),
                409);

        assertThat(names(api.as("association").get(path + "/registrations").body()))
                .containsExactly("Wang Fang " + serial, zhang, "Li Si " + serial);
        JsonNode ownList = api.as("enterprise1").get(path + "/registrations").body();
        assertThat(names(ownList)).containsExactly("Wang Fang " + serial);
        assertThat(ownList.toString()).doesNotContain(zhang, codeA);
        assertProblem(api.as("secretary2").get(path + "/registrations"), 403);
        assertThat(api.as("enterprise1")
                        .fetch(path + "/registrations?format=csv")
                        .text())
                .as("the exported list, as the list: the enterprise's own people only")
                .contains("Wang Fang " + serial)
                .doesNotContain(zhang, codeA, "Li Si " + serial);
        assertThat(sheetText(api.as("association").download(path + "/registrations?format=xlsx&lang=zh")))
                .contains("统一社会信用代码", zhang, codeA, "Li Si " + serial, "Wang Fang " + serial);
        assertThat(api.as("secretary2")
                        .fetch(path + "/registrations?format=csv")
                        .status())
                .isEqualTo(403);

        assertProblem(
                guard.unchangedBy(() ->
                        api.as("association").put(path + "/attendance", Map.of("present", List.of(a, own)))),
                409);
        passTime(Duration.ofDays(1).plusHours(1));
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("association").put(path + "/attendance", Map.of("present", List.of(a, 999_999_999L)))),
                422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary").put(path + "/attendance", Map.of("present", List.of(a)))),
                403);
        Api.Response attended = api.as("association").put(path + "/attendance", Map.of("present", List.of(a, own)));
        assertThat(attended.status()).as(attended.body().toString()).isEqualTo(200);
        Api.Response scored = api.as("association")
                .post(
                        path + "/exam-results",
                        Map.of(
                                "results",
                                List.of(
                                        Map.of("registrationId", a, "score", 80),
                                        Map.of("registrationId", own, "score", 50),
                                        Map.of("registrationId", b, "score", 95))));
        assertThat(scored.status()).as(scored.body().toString()).isEqualTo(200);

        assertProblem(guard.unchangedBy(() -> api.as("association").post(path + "/certificates", Map.of())), 409);
        passTime(Duration.ofDays(1));
        Api.Response issued = api.as("association").post(path + "/certificates", Map.of());
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
        assertThat(issued.get("issued").asInt())
                .as("present and at the pass mark: not the absentee, not the one below it")
                .isEqualTo(1);
        JsonNode certificate = issued.get("certificates").get(0);
        assertThat(certificate.get("holder").asText()).isEqualTo(zhang);
        String number = certificate.get("number").asText();
        assertThat(api.as("association")
                        .post(path + "/certificates", Map.of())
                        .get("issued")
                        .asInt())
                .as("once")
                .isZero();

        Api.Response verified = api.as(null).get("/api/certificates/" + number);
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.text("holder")).isEqualTo("张" + "*".repeat(zhang.length() - 1));
        assertThat(verified.text("enterprise")).isEqualTo("A-Cloud");
        assertThat(verified.get("issuedBy").get("code").asText()).isEqualTo("CCIA");
        assertThat(verified.get("standards").get(0).get("title").asText()).isEqualTo("Certified " + serial);
        assertThat(verified.get("revoked").asBoolean()).isFalse();
        assertThat(verified.body().toString())
                .doesNotContain(
                        zhang, codeA, certificate.get("verificationCode").asText());
        assertProblem(api.as(null).get("/api/certificates/2026-NOSUCHNUMB"), 404);
        assertThat(api.as(null).get("/api/certificates/" + "X".repeat(5_000)).status())
                .as("a number longer than any issued")
                .isBetween(400, 404);
        assertThat(api.as(null).get("/api/certificates/2026%2F..%2Fadmin").status())
                .as("an encoded slash: refused at the edge")
                .isEqualTo(400);

        assertProblem(
                guard.unchangedBy(() -> api.as("secretary2")
                        .post("/api/certificates/" + number + "/revocation", Map.of("reason", "No."))),
                403);
        Api.Response revoked = api.as("association")
                .post("/api/certificates/" + number + "/revocation", Map.of("reason", "Issued in error."));
        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(200);
        assertThat(api.as(null)
                        .get("/api/certificates/" + number)
                        .get("revoked")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aCertificateIsListedAndPrintedForItsOrganiserAndTheHoldersOwnEnterpriseOnly() throws IOException {
        long published = journeys.importedPublished("Printed " + serial);
        long id = api.as("association")
                .post("/api/promotion/events", event("CCIA", List.of(published), "ATTENDANCE", Duration.ofDays(-2)))
                .get("id")
                .asLong();
        String path = "/api/promotion/events/" + id;
        String ours = "王芳" + serial;
        String theirs = "赵敏" + serial;
        String codeA = creditCode("91120000MA0" + serial.substring(0, Math.min(6, serial.length())));
        long own = register("association", id, ours, "ECLOUD", ECLOUD);
        long other = register("association", id, theirs, "A-Cloud", codeA);
        api.as("association").put(path + "/attendance", Map.of("present", List.of(own, other)));
        api.as("association").post(path + "/certificates", Map.of());

        JsonNode all = api.as("association").get(path + "/certificates").body();
        assertThat(all.findValuesAsText("holder")).containsExactlyInAnyOrder(ours, theirs);
        JsonNode ownList = api.as("enterprise1").get(path + "/certificates").body();
        assertThat(ownList.findValuesAsText("holder")).containsExactly(ours);
        assertThat(ownList.toString()).doesNotContain(theirs);
        assertProblem(api.as("secretary2").get(path + "/certificates"), 403);
        String ownNumber = ownList.get(0).get("number").asText();
        String otherNumber = all.findValuesAsText("number").stream()
                .filter(n -> !n.equals(ownNumber))
                .findFirst()
                .orElseThrow();

        Api.FileResponse printed = api.as("enterprise1").fetch("/api/certificates/" + ownNumber + "/pdf");
        assertThat(printed.status()).isEqualTo(200);
        assertThat(printed.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(printed.header("Content-Disposition")).contains("certificate-" + ownNumber + ".pdf");
        assertThat(pdfText(printed.bytes())).contains(ours, "ECLOUD", ownNumber).doesNotContain(theirs);

        Api.FileResponse notTheirs = api.as("enterprise1").fetch("/api/certificates/" + otherNumber + "/pdf");
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.text()).doesNotContain(theirs);
        assertThat(api.as(null).fetch("/api/certificates/" + ownNumber + "/pdf").status())
                .as("the public verifies, the holder's name in full is not public")
                .isEqualTo(401);
        assertThat(pdfText(api.as("association").download("/api/certificates/" + otherNumber + "/pdf")))
                .contains(theirs, "A-Cloud");
        assertThat(api.as("association")
                        .fetch("/api/certificates/2026-NOSUCHNUMB/pdf")
                        .status())
                .isEqualTo(404);

        api.as("association")
                .post("/api/certificates/" + otherNumber + "/revocation", Map.of("reason", "Issued in error."));
        assertThat(api.as("association")
                        .fetch("/api/certificates/" + otherNumber + "/pdf")
                        .status())
                .as("a revoked certificate is not printed")
                .isEqualTo(409);
    }

    @Test
    void theSignInSheetIsCheckedWholeAndWrittenAllOrNothing() {
        long published = journeys.importedPublished("Signed in " + serial);
        Map<String, Object> body = event("CCIA", List.of(published), "ATTENDANCE", Duration.ofHours(-1));
        long id = api.as("association")
                .post("/api/promotion/events", body)
                .get("id")
                .asLong();
        String path = "/api/promotion/events/" + id;
        String codeA = creditCode("91440300MA5" + serial.substring(0, Math.min(6, serial.length())));
        long a = register("association", id, "Zhao Liu " + serial, "C-Cloud", codeA);
        register("association", id, "Qian Qi " + serial, "C-Cloud", codeA);

        String faulty = "姓名,单位,统一社会信用代码,出席,时长（分钟）\n"
                + "Zhao Liu " + serial + ",C-Cloud," + codeA + ",是,120\n"
                + "Qian Qi " + serial + ",C-Cloud," + codeA + ",否,\n"
                + "Walked In " + serial + ",D-Cloud," + codeA + ",是,60\n"
                + "Bad Code,D-Cloud,91110000MA01ABCDE0,是,60\n"
                + "Zhao Liu " + serial + ",C-Cloud," + codeA + ",maybe,lots\n";
        Api.Response dry = api.as("association")
                .postRaw(path + "/attendance/import", faulty, MediaType.parseMediaType("text/csv"));
        assertThat(dry.status()).as(dry.body().toString()).isEqualTo(200);
        List<String> faults = new ArrayList<>();
        dry.get("errors")
                .forEach(e ->
                        faults.add(e.get("row").asInt() + " " + e.get("column").asText()));
        assertThat(faults).containsExactly("4 姓名", "5 统一社会信用代码", "6 出席", "6 时长（分钟）");
        Api.Response committed = guard.unchangedBy(() -> api.as("association")
                .postRaw(path + "/attendance/import?dryRun=false", faulty, MediaType.parseMediaType("text/csv")));
        assertThat(committed.status()).isEqualTo(422);

        String sheet = "name,enterprise,credit_code,present,minutes\n"
                + "Zhao Liu " + serial + ",C-Cloud," + codeA + ",yes,120\n"
                + "Qian Qi " + serial + ",C-Cloud," + codeA + ",no,\n";
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary2")
                        .postRaw(
                                path + "/attendance/import?dryRun=false", sheet, MediaType.parseMediaType("text/csv"))),
                403);
        Api.Response done = api.as("association")
                .postRaw(path + "/attendance/import?dryRun=false", sheet, MediaType.parseMediaType("text/csv"));
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
        assertThat(done.get("present").asInt()).isEqualTo(1);
        JsonNode registrations =
                api.as("association").get(path + "/registrations").body();
        for (JsonNode r : registrations) {
            boolean isA = r.get("id").asLong() == a;
            assertThat(r.get("present").asBoolean()).isEqualTo(isA);
            if (isA) {
                assertThat(r.get("minutes").asInt()).isEqualTo(120);
            }
        }
        assertProblem(
                api.as("association")
                        .postRaw(path + "/attendance/import", "who,when\nx,y\n", MediaType.parseMediaType("text/csv")),
                422);
        assertProblem(
                api.as("association").postRaw(path + "/attendance/import", "{}", MediaType.APPLICATION_JSON), 415);
    }

    @Test
    void everyRuleOfAnEventRefusesWithItsReasonAndWalkInsAreRegisteredFromTheSheet() {
        long published = journeys.importedPublished("Ruled " + serial);
        Map<String, Object> body = event("CCIA", List.of(published), "NONE", Duration.ofHours(-2));
        body.put("walkIns", true);
        body.put("capacity", 1);
        long id = api.as("association")
                .post("/api/promotion/events", body)
                .get("id")
                .asLong();
        String path = "/api/promotion/events/" + id;
        String code = creditCode("91330000MA2" + serial);

        Map<String, Object> tooLong = new HashMap<>(body);
        tooLong.put("endsAt", OffsetDateTime.now(Demo.ZONE).plusYears(2).toString());
        Map<String, Object> hundredths = new HashMap<>(body);
        hundredths.put("hours", 6.25);
        Map<String, Object> elsewhere = new HashMap<>(body);
        elsewhere.put("standards", List.of(999_999_999L));
        Map<String, Object> noOrganisation = new HashMap<>(body);
        noOrganisation.put("organiser", "NOPE");
        for (Map<String, Object> wrong : List.of(tooLong, hundredths, elsewhere)) {
            assertProblem(guard.unchangedBy(() -> api.as("association").post("/api/promotion/events", wrong)), 422);
        }
        assertProblem(guard.unchangedBy(() -> api.as("admin").post("/api/promotion/events", noOrganisation)), 422);
        Map<String, Object> moved = new HashMap<>(body);
        moved.put("programme", "OTHER");
        assertProblem(guard.unchangedBy(() -> api.as("association").put(path, moved)), 422);

        register("association", id, "Sun " + serial, "E-Cloud", code);
        Map<String, Object> none = new HashMap<>(body);
        none.put("capacity", 1);
        assertThat(api.as("association").put(path, none).status()).isEqualTo(200);
        assertProblem(
                guard.unchangedBy(() -> api.as("association")
                        .post(
                                path + "/exam-results",
                                Map.of("results", List.of(Map.of("registrationId", 1, "score", 1))))),
                409);
        assertProblem(guard.unchangedBy(() -> api.as("association").post(path + "/certificates", Map.of())), 409);
        assertProblem(api.as("observer").get(path + "/registrations"), 403);

        String sheet = "name,enterprise,credit_code,present,minutes\n"
                + "Sun " + serial + ",E-Cloud," + code + ",yes,30\n"
                + ",,,,\n"
                + "Walk In " + serial + ",," + code + ",yes,\n";
        Api.Response noEnterprise =
                api.as("association").postRaw(path + "/attendance/import", sheet, MediaType.parseMediaType("text/csv"));
        assertThat(noEnterprise.get("errors").get(0).get("column").asText()).isEqualTo("enterprise");
        String fixed = sheet.replace("Walk In " + serial + ",,", "Walk In " + serial + ",F-Cloud,");
        Api.Response walkedIn = api.as("association")
                .postRaw(path + "/attendance/import?dryRun=false", fixed, MediaType.parseMediaType("text/csv"));
        assertThat(walkedIn.status()).as(walkedIn.body().toString()).isEqualTo(200);
        assertThat(walkedIn.get("walkIns").asInt())
                .as("past the capacity: walk-ins were there")
                .isEqualTo(1);
        assertThat(names(api.as("association").get(path + "/registrations").body()))
                .contains("Walk In " + serial);
        assertProblem(
                api.as("association")
                        .postRaw(
                                path + "/attendance/import",
                                "name,present\nx,yes\n",
                                MediaType.parseMediaType("text/csv")),
                422);
        String wide = "name,credit_code,present," + String.join(",", Collections.nCopies(30, "x")) + "\n";
        assertThat(api.as("association")
                        .postRaw(path + "/attendance/import", wide + wide, MediaType.parseMediaType("text/csv"))
                        .status())
                .as("a sheet wider than any sign-in sheet")
                .isEqualTo(422);
    }

    // ---- helpers ----

    /** An event on these standards, starting after {@code startsIn} from now and lasting a day. */
    private Map<String, Object> event(String organiser, List<Long> standards, String policy, Duration startsIn) {
        Instant start = TestTime.now().plus(startsIn);
        Map<String, Object> body = new HashMap<>();
        body.put("programme", Demo.PROGRAMME);
        body.put("organiser", organiser);
        body.put("title", "Cloud standards training " + serial);
        body.put("kind", "TRAINING");
        body.put("standards", standards);
        body.put("startsAt", OffsetDateTime.ofInstant(start, Demo.ZONE).toString());
        body.put(
                "endsAt",
                OffsetDateTime.ofInstant(start.plus(Duration.ofDays(1)), Demo.ZONE)
                        .toString());
        body.put("place", "Beijing, CESI auditorium");
        body.put("capacity", 100);
        body.put("hours", 6.5);
        body.put("certificatePolicy", policy);
        body.put("passMark", 60);
        return body;
    }

    private long register(String user, long event, String name, String enterprise, String creditCode) {
        Api.Response made = api.as(user)
                .post("/api/promotion/events/" + event + "/registrations", person(name, enterprise, creditCode));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    private static Map<String, Object> person(String name, String enterprise, String creditCode) {
        return Map.of("name", name, "enterprise", enterprise, "creditCode", creditCode, "role", "Engineer");
    }

    private static String sheetText(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> text.append(cell).append('\t')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> names(JsonNode registrations) {
        List<String> names = new ArrayList<>();
        registrations.forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    /** A valid GB 32100 code: these first characters, padded to 17, and their check character. */
    static String creditCode(String start) {
        return CreditCode.withCheck(
                (start.replaceAll("[^0-9A-HJ-NP-RTUW-Y]", "0") + "00000000000000000").substring(0, 17));
    }
}
