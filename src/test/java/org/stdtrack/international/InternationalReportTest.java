package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.BallotSteps;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;

/**
 * The international report's figures on a hand-made programme: the projects China leads, by stage, the
 * conversion (only a published IDT or MOD adoption converts; NEQ is no adoption), its median lag, as of a past
 * day, and its CSV. On H2 and PostgreSQL.
 */
abstract class InternationalReportTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    private final String serial = SERIAL.incrementAndGet() + "" + System.nanoTime() % 100_000;

    @Test
    void theConversionCountsOnlyPublishedIdenticalOrModifiedAdoptions() {
        String programme = programme();
        String committee = committee();
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        LocalDate longAgo = today.minusYears(2);
        long identical = journeys.importedPublished("Report IDT " + serial);
        long modified = journeys.importedPublished("Report MOD " + serial);
        long notEquivalent = journeys.importedPublished("Report NEQ " + serial);
        LocalDate nationalDay = LocalDate.parse(
                api.as("admin").get("/api/standards/" + identical).text("publicationDate"));

        project(programme, committee, "A", "40.20", "LED", null, longAgo, List.of());
        project(
                programme,
                committee,
                "B",
                "60.60",
                "CO_LED",
                nationalDay.minusDays(180),
                longAgo,
                List.of(Map.of("standardId", identical, "degree", "IDT")));
        project(
                programme,
                committee,
                "C",
                "60.60",
                "PARTICIPATING",
                nationalDay.minusDays(90),
                longAgo,
                List.of(Map.of("standardId", modified, "degree", "MOD")));
        project(programme, committee, "D", "60.60", "PARTICIPATING", longAgo, longAgo, List.of());
        project(
                programme,
                committee,
                "E",
                "60.60",
                "MONITORING",
                longAgo,
                longAgo,
                List.of(Map.of("standardId", notEquivalent, "degree", "NEQ")));

        JsonNode report = api.as("observer")
                .get("/api/reports/international?programme=" + programme)
                .body();
        assertThat(report.get("chinaLed").get("total").asInt()).isEqualTo(2);
        assertThat(report.get("chinaLed").get("active").asInt()).isEqualTo(1);
        assertThat(report.get("chinaLed").get("published").asInt()).isEqualTo(1);
        assertThat(report.get("projectsByStage").get("40").asInt()).isEqualTo(1);
        assertThat(report.get("projectsByStage").get("60").asInt()).isEqualTo(4);
        JsonNode conversion = report.get("conversion");
        assertThat(conversion.get("publishedInScope").asInt()).isEqualTo(4);
        assertThat(conversion.get("adoptedIdtMod").asInt()).isEqualTo(2);
        assertThat(conversion.get("rate").asDouble()).isEqualTo(0.5);
        assertThat(conversion.get("candidates").asInt())
                .as("no adoption, and an NEQ one")
                .isEqualTo(2);
        assertThat(conversion.get("medianLagDays").asLong())
                .as("the median of 90 and 180 days")
                .isEqualTo(135);
        assertThat(report.get("membership").get("P").asInt()).isPositive();

        JsonNode before = api.as("observer")
                .get("/api/reports/international?programme=" + programme + "&asOf=" + nationalDay.minusDays(1))
                .body()
                .get("conversion");
        assertThat(before.get("adoptedIdtMod").asInt())
                .as("before the national publications")
                .isZero();
        assertThat(before.get("medianLagDays").isNull()).isTrue();
        JsonNode earlier = api.as("observer")
                .get("/api/reports/international?programme=" + programme + "&asOf=" + longAgo.minusDays(1))
                .body();
        assertThat(earlier.get("chinaLed").get("total").asInt())
                .as("before any project was recorded")
                .isZero();

        String dashboard = api.as("observer")
                .fetchIn("en", "/dashboard?programme=" + programme)
                .text();
        assertThat(dashboard)
                .contains(
                        "id=\"kpi-international\"", "1 in progress; 2 of 4 published international standards converted")
                .contains("href=\"/international?programme=" + programme + "&amp;led=true\">2</a>");
        assertThat(api.as("observer")
                        .fetchIn("en", "/international?programme=" + programme + "&led=true")
                        .text())
                .as("the count opens the list it counts")
                .contains("<p id=\"project-count\">2 projects</p>");
        assertThat(api.as("observer")
                        .get("/api/international/projects?programme=" + programme + "&led=true")
                        .get("total")
                        .asInt())
                .isEqualTo(2);

        String page = api.as("observer")
                .fetchIn("zh", "/international/report?programme=" + programme)
                .text();
        assertThat(page)
                .contains("国际标准化工作统计", "转化率", "50 %", "135")
                .contains("href=\"/international?programme=" + programme + "&amp;led=true\">2</a>");
        assertThat(api.as("enterprise1")
                        .fetchIn("en", "/international/report?programme=" + programme)
                        .status())
                .as("reports are not for enterprises")
                .isEqualTo(403);
        assertThat(api.as("enterprise1").fetchIn("en", "/international").text())
                .doesNotContain("international-report-link");

        String csv = new String(
                api.as("observer").download("/api/reports/international?programme=" + programme + "&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Conversion rate", "0.5", "Projects China leads or co-leads");
        assertProblem(api.as("observer").get("/api/reports/international?programme=NOPE" + serial), 404);
        assertProblem(
                api.as("observer").get("/api/reports/international?programme=" + programme + "&asOf=0001-01-01"), 422);
        assertProblem(
                api.as("observer")
                        .get("/api/reports/international?programme=" + programme + "&asOf=" + today.plusDays(1)),
                422);
    }

    @Test
    void theBallotFiguresCountPositionsOnTimeLateMissedAndTheCommentsTakenForTheirReaders() {
        String programme = programme();
        long project = project(programme, committee(), "BAL", "40.20", "LED", null, today(), List.of());
        BallotSteps steps = new BallotSteps(api);
        LocalDate today = today();
        long onTime =
                steps.open(project, "CD", today, today.plusDays(10)).get("id").asLong();
        long missed =
                steps.open(project, "CD", today, today.plusDays(10)).get("id").asLong();
        long late =
                steps.open(project, "DIS", today, today.plusDays(20)).get("id").asLong();
        steps.open(project, "FDIS", today, today.plusDays(60));
        long taken = steps.comment("reviewer1", onTime, "te", "5", "Taken.");
        long refused = steps.comment("reviewer2", onTime, "ed", "6", "Refused.");
        long modified = steps.comment("reviewer3", late, "te", "7", "Taken, modified.");
        steps.decide(onTime, taken, "ACCEPTED", null);
        steps.decide(onTime, refused, "ACCEPTED", null);
        steps.decide(late, modified, "ACCEPTED", null);
        steps.submit(onTime, "APPROVE_WITH_COMMENTS");
        TestTime.passTime(Period.ofDays(15));
        steps.submit(late, "DISAPPROVE");
        TestTime.passTime(Period.ofDays(6));
        steps.dispose(onTime, Map.of(taken, "ACCEPTED", refused, "REJECTED"));
        steps.dispose(late, Map.of(modified, "ACCEPTED_MODIFIED"));

        for (String insider : List.of("admin", "reviewer1")) {
            JsonNode report = api.as(insider)
                    .get("/api/reports/international?programme=" + programme)
                    .body();
            JsonNode ballots = report.get("ballots");
            assertThat(ballots.get("due").asInt())
                    .as("the three deadlines passed")
                    .isEqualTo(3);
            assertThat(ballots.get("votedOnTime").asInt()).isEqualTo(1);
            assertThat(ballots.get("votedLate").asInt()).isEqualTo(1);
            assertThat(ballots.get("missed").asInt()).isEqualTo(1);
            assertThat(ballots.get("participationRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(report.get("positionsByVote")
                            .get("APPROVE_WITH_COMMENTS")
                            .asInt())
                    .isEqualTo(1);
            assertThat(report.get("positionsByVote").get("DISAPPROVE").asInt()).isEqualTo(1);
            assertThat(report.get("nationalCommentAcceptanceRate").asDouble())
                    .as("accepted and accepted modified over the three dispositions")
                    .isCloseTo(2.0 / 3, within(1e-9));
        }
        JsonNode earlier = api.as("admin")
                .get("/api/reports/international?programme=" + programme + "&asOf=" + today.plusDays(5))
                .body();
        assertThat(earlier.get("ballots").get("due").asInt()).isEqualTo(2);
        assertThat(earlier.get("ballots").get("votedOnTime").asInt()).isEqualTo(1);
        assertThat(earlier.get("ballots").get("missed").asInt())
                .as("none closed yet")
                .isZero();
        assertThat(earlier.get("ballots").get("participationRate").isNull()).isTrue();
        assertThat(earlier.get("positionsByVote").get("DISAPPROVE").asInt()).isZero();
        assertThat(earlier.get("nationalCommentAcceptanceRate").isNull()).isTrue();

        for (String outsider : List.of("observer", "secretary2")) {
            JsonNode report = api.as(outsider)
                    .get("/api/reports/international?programme=" + programme)
                    .body();
            assertThat(report.get("ballots").get("due").asInt())
                    .as(outsider + " sees no national position")
                    .isZero();
            assertThat(report.get("positionsByVote").get("DISAPPROVE").asInt()).isZero();
            assertThat(report.get("nationalCommentAcceptanceRate").isNull()).isTrue();
            assertThat(report.get("chinaLed").get("total").asInt())
                    .as("the projects count for all")
                    .isEqualTo(1);
        }
        String page = api.as("admin")
                .fetchIn("zh", "/international/report?programme=" + programme)
                .text();
        assertThat(page).contains("参与率", "67 %");
        String csv = new String(
                api.as("admin").download("/api/reports/international?programme=" + programme + "&format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("National positions due", "Ballots missed", "Disapprove");
    }

    private String programme() {
        String code = "INT" + serial;
        Api.Response created = api.as("admin")
                .post(
                        "/api/programmes",
                        Map.of(
                                "code",
                                code,
                                "nameEn",
                                "International " + code,
                                "nameZh",
                                "国际 " + code,
                                "targetStandards",
                                10,
                                "targetDate",
                                "2030-12-31",
                                "targetEnterprises",
                                10));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    private String committee() {
        String code = "ISO/IEC JTC 1/SC R" + serial;
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("body", "ISO_IEC_JTC1");
        body.put("nameEn", "Report committee");
        body.put("nameZh", "报告技术机构");
        body.put("chinaMembership", "P");
        body.put("mirrorCommittee", Demo.NATIONAL);
        Api.Response created = api.as("admin").post("/api/international/committees", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    private long project(
            String programme,
            String committee,
            String name,
            String stage,
            String role,
            LocalDate published,
            LocalDate stageOn,
            List<Map<String, Object>> counterparts) {
        Map<String, Object> body = new HashMap<>();
        body.put("programme", programme);
        body.put("body", "ISO");
        body.put("reference", "ISO/IEC R" + serial + "-" + name);
        body.put("title", "Report project " + name);
        body.put("ownerCommittee", committee);
        body.put("deliverableType", "IS");
        body.put("stage", stage);
        body.put("chinaRole", role);
        body.put("stageOn", stageOn.toString());
        if (published != null) {
            body.put("publicationDate", published.toString());
        }
        body.put("nationalCounterparts", counterparts);
        Api.Response created = api.as("admin").post("/api/international/projects", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    /** The programme's day now, as the moved test clock has it. */
    private static LocalDate today() {
        return LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
    }
}
