package org.stdtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stdtrack.support.Drafts;

/**
 * Real Chromium (Debian's chromium and chromium-driver, installed by .ci/run) against the running app:
 * one standard from registration to publication through the pages alone, each person signing in with
 * the keyboard; the dashboard before and after; a reviewer refused an approver's task; languages; phone
 * width. Screenshots of every page go to target/screenshots. Time passes by moving the engine clock and
 * running the timers that fall due, as the job executor would.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:stdtrack-browser;DB_CLOSE_DELAY=-1",
            // the living demo programme, so that the pages (and their screenshots) show real work
            "stdtrack.demo.standards=true",
            // The dashboard the observer lands on runs the target report's simulation on every visit: a tenth of
            // the production runs draws the same page, and a cold, busy test JVM took longer than a sign-in may
            // wait for the production's 10,000 (the forecast's precision is TargetReport…Test's to check).
            "stdtrack.forecast.simulation.runs=1000"
        })
@ActiveProfiles({"demo", "test"})
class BrowserJourneyTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** axe-core, the WCAG 2 checker, pinned in its own npm package (src/test/accessibility/package.json). */
    private static final Path ACCESSIBILITY = Path.of("src/test/accessibility");

    private static final Path AXE = ACCESSIBILITY.resolve("node_modules/axe-core/axe.min.js");
    private static WebDriver browser;
    private static String axe;
    /** The pages checked for accessibility so far, by path with numbers left out: each kind once. */
    private final Set<String> checkedPages = new HashSet<>();
    /** Each user's session cookies, from the first time the user signed in. */
    private final Map<String, Set<Cookie>> sessions = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Value("${stdtrack.zone}")
    ZoneId zone;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(Path.of("/usr/bin/chromium")),
                "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does).");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("chromium"),
                "--window-size=1280,900",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        browser = new ChromeDriver(options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        axe = loadAxe();
    }

    /** Installs the pinned axe-core from the npm registry the first time (npm ci), then reads it. */
    private static String loadAxe() throws IOException {
        if (!Files.exists(AXE)) {
            try {
                // Not the test JVM's own stdin and stdout: they are Surefire's channel to Maven, and Node
                // switches an inherited stdin to non-blocking, which breaks that channel.
                Path log = Files.createDirectories(Path.of("target")).resolve("npm-ci.log");
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                        .directory(ACCESSIBILITY.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                boolean installed = npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0;
                assertThat(installed)
                        .as("npm ci in " + ACCESSIBILITY + " installs axe-core for the accessibility checks: "
                                + Files.readString(log))
                        .isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return Files.readString(AXE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        ClockUtil.reset();
    }

    @Test
    void oneStandardFromRegistrationToPublicationThroughThePages() throws IOException {
        signIn("observer");
        open("/dashboard");
        long publishedBefore = number("#stage-PUBLISHED td.number");
        long kpiBefore = number("#kpi-published .value");
        long preliminaryBefore = number("#stage-PRELIMINARY td.number");

        // The secretariat registers the standard.
        signIn("secretary");
        open("/standards/new");
        shot("standard-new");
        select("programme", "CLOUD-2025");
        type("title", "Cloud native application — Observability requirements");
        type("titleZh", "云原生应用 可观测性要求");
        select("type", "GB_T");
        select("domain", "APP.IT");
        select("committee", "TC28-SC38");
        type("leadOrganisation", "CESI");
        submit("form.stack button[type=submit]");
        assertThat(browser.getCurrentUrl()).matches(".*/standards/\\d+");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/standards/", ""));
        assertThat(text("h1")).isEqualTo("Cloud native application — Observability requirements");

        signIn("observer");
        open("/dashboard");
        assertThat(number("#stage-PRELIMINARY td.number")).isEqualTo(preliminaryBefore + 1);

        // The committee's own procedure: its administrator sets how many members support a proposal before it
        // is submitted; one member supports this one on its page.
        signIn("admin");
        open("/admin/committees/TC28-SC38");
        browser.findElement(By.id("proposalSupporters")).clear();
        type("proposalSupporters", "1");
        submit("form.stack button[type=submit]");
        assertThat(browser.getCurrentUrl()).as(refusal()).endsWith("/admin/committees/TC28-SC38");
        signIn("reviewer1");
        open("/standards/" + id);
        fillAndSubmit("support-form", Map.of("position-SUPPORT", ""));
        assertThat(text("#support-standing")).as(refusal()).startsWith("1");

        // The secretariat sets the work plan on the standard's page and uploads the proposal package on the task.
        signIn("secretary");
        open("/standards/" + id);
        LocalDate proposedOn = ZonedDateTime.ofInstant(now(), zone).toLocalDate();
        fillAndSubmit(
                "work-plan-form",
                Map.of(
                        "target-DRAFTING", proposedOn.plusMonths(4).toString(),
                        "target-CONSULTATION", proposedOn.plusMonths(8).toString(),
                        "target-TECHNICAL_REVIEW", proposedOn.plusMonths(11).toString(),
                        "target-APPROVAL", proposedOn.plusMonths(14).toString()));
        assertThat(browser.findElements(By.cssSelector("#work-plan td.status")))
                .as(refusal())
                .hasSize(4);
        openTask(id, "submitProposal");
        uploadInPlace("PROPOSAL", draft("项目建议书.docx", "项目建议书", "云计算 服务质量"));
        uploadInPlace("DRAFT_OUTLINE", draft("标准草案大纲.docx", "1 范围", "2 规范性引用文件"));
        complete(Map.of());
        assertThat(browser.getCurrentUrl()).as("submitProposal: " + refusal()).endsWith("/standards/" + id);

        signIn("sac");
        work(id, "approveProposal", Map.of("decision-APPROVE", "", "planNumber", "20261124-T-469"));
        // The approved proposal is publicly commented; the plan takes effect when the period ends.
        passTime(Duration.ofDays(30), id);

        signIn("drafter");
        work(id, "submitDraft", Map.of("comment", "Draft for consultation attached."));

        // The secretariat uploads the draft for comments and its explanation on the task, then opens the consultation.
        signIn("secretary");
        LocalDateTime deadline =
                LocalDateTime.ofInstant(now(), zone).plusDays(61).withSecond(0).withNano(0);
        openTask(id, "openConsultation");
        assertThat(browser.findElements(By.cssSelector("#documents tr.missing")))
                .as("both documents missing at first")
                .hasSize(2);
        uploadInPlace("DRAFT_FOR_COMMENTS", draft("征求意见稿.docx", "1 范围", "5.2 日志"));
        uploadInPlace("DRAFTING_EXPLANATION", draft("编制说明.docx", "编制说明"));
        assertThat(browser.findElements(By.cssSelector("#documents tr.missing")))
                .isEmpty();
        shot("task-documents");
        complete(Map.of("commentDeadline", deadline.toString()));
        assertThat(browser.getCurrentUrl())
                .as("opened the consultation: " + refusal())
                .endsWith("/standards/" + id);
        assertThat(text("#documents"))
                .as("the standard page lists the uploads under their own names")
                .contains("征求意见稿.docx")
                .contains("编制说明.docx");

        // A reviewer, reading Chinese, comments on the draft from the standard page.
        signIn("reviewer1");
        open("/standards/" + id + "?lang=zh");
        assertThat(text("#comments-heading")).isEqualTo("意见");
        // The consultation under the title, and its button, which opens the folded form.
        assertThat(text("#consultation-banner")).contains("正在征求意见（第 1 轮）", "还剩");
        browser.findElement(By.cssSelector("#consultation-banner a.button")).click();
        type("clause", "5.2");
        select("commentType", "TECHNICAL");
        type("text", "日志保留期限应可配置。");
        type("proposedChange", "增加“保留期限可配置”的要求。");
        submit("#comments form button[type=submit]");
        assertThat(text("#comments table tbody")).contains("日志保留期限应可配置。");
        passTime(Duration.ofDays(62), id);

        // The drafting group resolves the comment in the resolution table, then submits.
        signIn("drafter");
        openTask(id, "resolveComments");
        assertThat(browser.findElements(By.cssSelector("table.resolutions tbody tr")))
                .hasSize(1);
        WebElement row = browser.findElement(By.cssSelector("table.resolutions tbody tr"));
        select(row.findElement(By.tagName("select")), "ACCEPTED");
        row.findElement(By.cssSelector("input[name=reason]")).sendKeys("Added as 5.2.3.");
        clickAndWait(row.findElement(By.tagName("button")));
        assertThat(browser.findElements(By.cssSelector("table.resolutions tr.unresolved")))
                .as("every comment resolved")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.resolutions input[name=reason]"))
                        .getDomProperty("value"))
                .as("the saved resolution, shown again")
                .isEqualTo("Added as 5.2.3.");
        shot("task-resolve-comments");
        uploadInPlace("DRAFT_FOR_REVIEW", draft("送审稿.docx", "1 范围", "5.2 日志", "5.2.3 保留期限可配置"));
        complete(Map.of("decision-SUBMIT", ""));

        // The review meeting (会审) of the national committee: the secretariat schedules it, the papers go to
        // all members at least a week ahead; three reviewers vote in the tracker, one on paper; the drafter's
        // organisation is recused.
        signIn("secretary");
        open("/standards/" + id);
        String meetingAt = LocalDateTime.ofInstant(now(), zone)
                .plusDays(8)
                .withHour(9)
                .withMinute(30)
                .withSecond(0)
                .withNano(0)
                .toString();
        fillAndSubmit("schedule-meeting", Map.of("meetingAt", meetingAt, "meetingPlace", "CESI, Beijing, room 301"));
        assertThat(text("#review-meeting")).as(refusal()).contains("CESI, Beijing, room 301");
        for (String reviewer : List.of("reviewer1", "reviewer2", "reviewer3")) {
            signIn(reviewer);
            open("/standards/" + id);
            fillAndSubmit("meeting-vote", Map.of("meeting-vote-choice", "APPROVE", "meeting-confirmed", ""));
            assertThat(text("#member-" + meetingId(id) + "-" + reviewer + " td:last-child"))
                    .as(reviewer + " voted: " + refusal())
                    .containsAnyOf("voted", "已表决");
        }
        signIn("secretary");
        open("/standards/" + id);
        // A refused form comes back open at its place, with what was typed and why: a reference names a standard
        // of the tracker or an outside document, not both.
        browser.findElement(By.cssSelector("#reference-form"))
                .findElements(By.xpath("ancestor::details[not(@open)]/summary"))
                .forEach(WebElement::click);
        select("referenceKind", "INFORMATIVE");
        new Select(browser.findElement(By.id("referenceStandard"))).selectByIndex(1);
        type("referenceDocument", "ISO/IEC 22123-1");
        submit("#reference-form button[type=submit]");
        assertThat(text("#reference-form-refusal")).contains("Give either a standard of the tracker");
        assertThat(browser.findElement(By.id("referenceDocument")).getDomProperty("value"))
                .isEqualTo("ISO/IEC 22123-1");
        assertThat(new Select(browser.findElement(By.id("referenceKind")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("INFORMATIVE");
        assertThat(browser.getCurrentUrl()).endsWith("/standards/" + id + "#reference-form");
        fillAndSubmit(
                "paper-vote",
                Map.of("paper-member", "reviewer4", "paper-vote-choice", "APPROVE", "paper-confirmed", ""));
        fillAndSubmit(
                "meeting-attendance",
                Map.of("present-reviewer1", "", "present-reviewer2", "", "present-reviewer3", ""));
        assertThat(text("#member-" + meetingId(id) + "-reviewer4"))
                .containsAnyOf("absent", "缺席")
                .containsAnyOf("voted on paper", "书面表决");
        assertThat(text("#member-" + meetingId(id) + "-drafter")).containsAnyOf("recused", "回避");
        moveClock(Duration.ofDays(9));
        openTask(id, "holdReviewMeeting");
        assertThat(text("#ballot-rule"))
                .as("the rule the meeting's vote is counted by")
                .contains("2/3", "3/4", "1/4");
        uploadInPlace("REVIEW_MINUTES", draft("审查会议纪要.docx", "审查会议纪要", "签到表"));
        complete(Map.of("decision-VOTE", ""));
        assertThat(browser.getCurrentUrl())
                .as("the meeting's vote counted: " + refusal())
                .endsWith("/standards/" + id);
        assertThat(text(".meeting-result")).contains("3 of 5 members present", "4 approve");

        signIn("secretary");
        openTask(id, "submitForApproval");
        uploadInPlace("REVIEW_MINUTES", draft("审查会议纪要.docx", "审查会议纪要"));
        uploadInPlace("DRAFT_FOR_APPROVAL", draft("报批稿.docx", "1 范围", "5.2 日志", "5.2.3 保留期限可配置"));
        complete(Map.of());
        assertThat(browser.getCurrentUrl())
                .as("submitted for approval: " + refusal())
                .endsWith("/standards/" + id);

        // TC28-SC38's competent department, MIIT, returns the submission once with its reason, then passes it on.
        signIn("miit");
        work(id, "reviewSubmission", Map.of("decision-REVISE", "", "comment", "The minutes need the signature sheet."));
        assertThat(text("ol.timeline")).contains("50.92", "miit", "The minutes need the signature sheet.");
        signIn("secretary");
        work(id, "submitForApproval", Map.of());
        signIn("miit");
        work(id, "reviewSubmission", Map.of("decision-APPROVE", ""));

        // A reviewer cannot open the approver's task, not even by its address.
        String approval = jdbc.sql(
                        "select task_id from open_task where standard_id = ? and task_key = 'approvePublication'")
                .param(id)
                .query(String.class)
                .single();
        signIn("reviewer2");
        open("/tasks/" + approval);
        assertThat(text("h1")).isEqualTo("Not found");
        assertThat(browser.findElements(By.id("complete-form"))).isEmpty();
        open("/admin/users");
        assertThat(text("h1")).as("a page refused by role").isEqualTo("Not allowed");

        // SAC decides with the material in front of it: the package as submitted, each file with its SHA-256,
        // the review's result in words and MIIT's opinion.
        signIn("sac");
        openTask(id, "approvePublication");
        assertThat(text("#material"))
                .contains("Package submitted for approval", "Draft for approval", "SHA-256")
                .contains("Result of the technical review", "4 approve")
                .contains("Opinion of the competent department", "miit");
        String packageLink = browser.findElement(By.cssSelector("#material a[href$='/package']"))
                .getDomAttribute("href");
        assertThat(packageLink).isEqualTo("/api/standards/" + id + "/package");
        complete(Map.of("decision-APPROVE", ""));
        String today = ZonedDateTime.ofInstant(now(), zone).toLocalDate().toString();
        String year = today.substring(0, 4);
        work(
                id,
                "publish",
                Map.of(
                        "publishedNumber",
                        "GB/T 47001-" + year,
                        "publicationDate",
                        today,
                        "implementationDate",
                        ZonedDateTime.ofInstant(now(), zone)
                                .toLocalDate()
                                .plusMonths(6)
                                .toString()));
        assertThat(browser.findElement(By.cssSelector(".facts .stage")).getText())
                .isEqualTo("Published");

        // The standard page tells the whole story, with the diagram showing where the process waits.
        open("/standards/" + id);
        assertThat(browser.findElements(By.cssSelector("ol.timeline li .stage")).stream()
                        .map(WebElement::getText))
                .containsExactly(
                        "Preliminary",
                        "Proposal",
                        "Proposal",
                        "Drafting",
                        "Consultation",
                        "Technical review",
                        "Approval",
                        "Approval",
                        "Published");
        assertThat(browser.findElements(By.cssSelector("ol.timeline li .actor")).stream()
                        .map(WebElement::getText))
                .last()
                .isEqualTo("sac");
        browser.findElement(By.cssSelector("#process > summary")).click();
        waitUpTo(Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#diagram[data-current]"))
                        .isEmpty());
        assertThat(browser.findElements(By.cssSelector("#diagram .djs-element.current")))
                .isNotEmpty();
        shot("standard", 2600);

        // An enterprise declares its adoption from the public page, in Chinese; the association verifies it from
        // the declaration shown on its task; the enterprise sees it verified among its declarations.
        signIn("enterprise1");
        open("/standards/" + id + "?lang=zh");
        assertThat(browser.findElements(By.id("timeline-heading")))
                .as("the public view")
                .isEmpty();
        fillAndSubmit(
                "declare-adoption",
                Map.of(
                        "adoption-scope", "全部公有云区域",
                        "adoption-products", "弹性计算服务",
                        "adoption-implementedOn", today,
                        "adoption-evidence", "https://example.com/conformance/ecloud",
                        "area-OPERATIONS", ""));
        assertThat(text("#adoptions")).contains("已声明");
        signIn("association");
        openTask(id, "verifyAdoption");
        assertThat(text("#material")).contains("全部公有云区域", "弹性计算服务", "91110108MA01ECL0U5");
        complete(Map.of("decision-VERIFY", ""));
        signIn("enterprise1");
        open("/adoptions/mine?lang=zh");
        assertThat(text("main")).contains("已核实");
        // The demo pilot's evidence letters, kept as documents, on its page for the association that recommended it.
        signIn("association");
        open("/pilots/"
                + jdbc.sql("select max(id) from pilot").query(Long.class).single() + "?lang=zh");
        assertThat(text("#letters")).contains("证明材料", "推荐函.docx", "专家评审意见.docx");
        // The secretariat's dashboard, a click from its task list: what waits on whom, by stage.
        signIn("secretary");
        open("/tasks?lang=en");
        open(browser.findElement(By.cssSelector("p.dashboards a")).getDomAttribute("href"));
        assertThat(text("h1")).contains("dashboard");
        assertThat(text("#dashboard-stages")).contains("Drafting");
        // The demo's liaison from SC 27 waits for the secretariat's response: its task, and its page.
        open("/tasks?lang=en");
        assertThat(text("main")).contains("Respond to liaison statement");
        open("/liaisons/"
                + jdbc.sql("select min(id) from liaison where responded_at is null and direction = 'INCOMING'")
                        .query(Long.class)
                        .single());
        assertThat(text("#liaison-facts")).contains("ISO/IEC JTC 1/SC 27");
        assertThat(text("main")).contains("Send the response");

        signIn("observer");
        open("/dashboard");
        assertThat(number("#stage-PUBLISHED td.number")).isEqualTo(publishedBefore + 1);
        assertThat(number("#kpi-published .value")).isEqualTo(kpiBefore + 1);
        // The demo's promotion work: two events' participants, the pilot under way, both readings in words.
        assertThat(number("#funnel-piloted td.number"))
                .as("the pilot's lead and participant")
                .isEqualTo(2);
        assertThat(number("#funnel-trained td.number")).isPositive();
        assertThat(text("#funnel-readings")).contains("Engaged", "implementing");
        // The charts are drawn: the browser lays out the burn-up's line and one line per stage over time.
        Object drawn = ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('burnup-published').getTotalLength();");
        assertThat(((Number) drawn).doubleValue()).isGreaterThan(0);
        assertThat(browser.findElements(By.cssSelector("#timeline polyline[data-stage]")))
                .hasSize(7);
        assertThat(browser.findElement(By.cssSelector("#burnup desc")).getAttribute("textContent"))
                .contains("30");
        shot("dashboard", 2200);
        // The programme's standard system: its coverage on the dashboard, the 2025 system table a click away with
        // the demo's standards in their rows and the gaps still to be started.
        assertThat(text("#kpi-system")).contains("%", "not started");
        open(browser.findElement(By.cssSelector("#kpi-system a.value")).getDomAttribute("href"));
        assertThat(text("h1")).contains("2025");
        assertThat(text("#system-table"))
                .contains("SRV.AIAAS", "AI as a service — General requirements", "Not started", "In development");
        shot("system", 2200);
        // Its gaps: the target standards due by 2027 and not yet in drafting; and what the 2025 guideline added.
        open(browser.findElement(By.id("system-gaps-link")).getDomAttribute("href") + "&unstartedBy=2027-12-31");
        assertThat(text("#unstarted-table")).contains("Security as a service — Capability requirements");
        open(browser.findElement(By.cssSelector("p.subtitle a")).getDomAttribute("href"));
        open(browser.findElement(By.id("system-diff-link")).getDomAttribute("href"));
        assertThat(text("h1")).contains("2015", "2025");
        assertThat(text("#diff-nodes")).contains("SRV.AIAAS", "SRV.DAAS");
        // International work: the committees China takes part in, the China-led items, a published project
        // no national standard adopts yet.
        open(browser.findElement(By.cssSelector("header.site a[href='/international']"))
                .getDomAttribute("href"));
        assertThat(text("#committee-table")).contains("ISO/IEC JTC 1/SC 38", "ITU-T SG13");
        assertThat(text("#project-table")).contains("ISO/IEC 5140", "40.20 Enquiry: main action started");
        open(browser.findElement(By.linkText("ISO/IEC 22123-3:2023")).getDomAttribute("href"));
        assertThat(text("#adoption-candidate")).contains("no national standard adopts it");
        shot("international-project", 1400);

        signIn("secretary");
        open("/tasks");
        shot("tasks");
        // China's position on the open DIS ballot is on the list like any task and is worked on the ballot's page.
        open(browser.findElement(By.cssSelector("tr[data-task-key='submitNationalPosition'] td a"))
                .getDomAttribute("href"));
        assertThat(text("h1")).contains("ISO/IEC 5140");
        assertThat(text("#comments")).contains("Data residency across providers", "Waiting for the secretariat");
        open("/standards");
        shot("standards");

        // Every role's own pages at a phone's width, in Chinese and in English: nothing runs off the side (wide
        // tables scroll inside their own box, task lists are cards), each kind of page is checked with axe-core
        // once per language, and a Chinese page is a Chinese page.
        browser.manage().window().setSize(new Dimension(390, 844));
        Map<String, List<String>> pagesOfRoles = new LinkedHashMap<>();
        pagesOfRoles.put("secretary", List.of("/tasks", "/standards", "/standards/" + id));
        pagesOfRoles.put("reviewer1", List.of("/tasks", "/standards/" + id));
        pagesOfRoles.put("sac", List.of("/tasks"));
        pagesOfRoles.put("miit", List.of("/tasks"));
        pagesOfRoles.put(
                "observer",
                List.of(
                        "/dashboard",
                        "/programmes/CLOUD-2025/system/gaps",
                        "/programmes/CLOUD-2025/system/diff",
                        "/international",
                        "/international/report?programme=CLOUD-2025"));
        pagesOfRoles.put("enterprise1", List.of("/standards/" + id, "/adoptions/mine"));
        pagesOfRoles.put("association", List.of("/tasks"));
        pagesOfRoles.put("admin", List.of("/admin/users"));
        List<String> taskPages = new ArrayList<>();
        pagesOfRoles.forEach((role, pages) -> {
            signIn(role);
            for (String language : List.of("zh", "en")) {
                List<String> shown = new ArrayList<>(pages);
                if (pages.contains("/tasks")) {
                    open("/tasks?lang=" + language);
                    browser.findElements(By.cssSelector("table.tasks td:first-child a")).stream()
                            .findFirst()
                            .map(link -> link.getDomAttribute("href"))
                            .ifPresent(task -> {
                                shown.add(task);
                                taskPages.add(task);
                            });
                }
                for (String page : shown) {
                    open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                            .isEqualTo(language.equals("zh") ? "zh-CN" : "en");
                    assertNothingRunsOffTheSide(role + " " + page + " (" + language + ")");
                }
            }
        });
        assertThat(taskPages).as("task pages among those at phone width").isNotEmpty();
        signIn("secretary");
        open("/tasks");
        assertThat(browser.findElements(By.cssSelector("table.tasks tr")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(card -> card.getCssValue("display")))
                .as("below 600 px each task is a card")
                .isNotEmpty()
                .allMatch("block"::equals);
        byte[] phone = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("tasks-phone.png"), phone);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Swagger UI draws every operation of the published contract under the application's content security
     * policy, for any signed-in user (the API contract's own tests check what the document says).
     */
    /** Anyone finds the demo's published standards in the catalogue, without signing in. */
    @Test
    void thePublicCatalogueIsReadWithoutAnAccount() {
        browser.manage().deleteAllCookies();
        open("/catalogue?lang=zh");
        assertThat(text("h1")).contains("标准目录");
        assertThat(text("#catalogue-table")).contains("GB/T");
        open(browser.findElement(By.cssSelector("#catalogue-table a")).getDomAttribute("href"));
        assertThat(text("#catalogue-facts")).contains("GB/T", "状态", "发布日期");
    }

    @Test
    void theApiContractIsBrowsableInSwaggerUi() throws IOException {
        signIn("enterprise1");
        // Swagger UI is springdoc's page, not ours: it is not held to the WCAG checks of our pages.
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        List<WebElement> operations = waitUpTo(Duration.ofSeconds(30))
                .withMessage("Swagger UI lists the operations of /v3/api-docs")
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector(".opblock .opblock-summary-path"));
                    return found.size() >= 60 ? found : null;
                });
        assertThat(operations.stream().map(WebElement::getText))
                .contains("/api/standards/{id}", "/api/reports/targets", "/feeds/{token}/deadlines.ics");
        assertThat(text(".info .title")).startsWith("stdtrack API");
        shot("swagger-ui");
    }

    // ---- one person at the browser ---------------------------------------------------------------

    /** Signs in with the keyboard only: the user name field has the focus, Tab moves on, Enter submits. */
    /** The page is no wider than the window; else the widest culprits outside a scrolling table. */
    private void assertNothingRunsOffTheSide(String what) {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object widest = ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth && !e.closest('.table-wrap'))
                    .map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5).join(' ');""");
        assertThat(((Number) overflow).intValue())
                .as(what + " at phone width: " + widest)
                .isLessThanOrEqualTo(0);
    }

    /**
     * Signs in with the keyboard the first time a user is needed; after that the journey switches back to the
     * user's session as a second browser window would (the cookies kept from that sign-in): 39 switches, 13
     * users, each sign-in half a second of the journey.
     */
    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        Set<Cookie> session = sessions.get(user);
        if (session != null) {
            session.forEach(cookie -> browser.manage().addCookie(cookie));
            return;
        }
        signInWithTheKeyboard(user);
        sessions.put(user, Set.copyOf(browser.manage().getCookies()));
    }

    private void signInWithTheKeyboard(String user) {
        open("/login");
        // autofocus applies once the page has loaded
        WebElement focused = waitUpTo(Duration.ofSeconds(5))
                .withMessage("the login page starts in the user name field")
                .until(d -> "username".equals(d.switchTo().activeElement().getDomAttribute("id"))
                        ? d.switchTo().activeElement()
                        : null);
        focused.sendKeys(user, Keys.TAB);
        // The tab moves focus to the password when the browser gets to it: on a busy machine, not at once.
        WebElement password = waitUpTo(Duration.ofSeconds(5))
                .withMessage("the tab key leads from the user name to the password")
                .until(d -> "password".equals(d.switchTo().activeElement().getDomAttribute("id"))
                        ? d.switchTo().activeElement()
                        : null);
        password.sendKeys(user, Keys.ENTER);
        waitUntilGone(focused);
        // The form posts to /login and is redirected from there: wait for the redirect, not just the post (as
        // long as a busy 2-core machine running two test JVMs and a browser may take for one bcrypt check).
        waitUpTo(Duration.ofSeconds(30))
                .withMessage(() -> user + " is signed in, not sent back to " + browser.getCurrentUrl())
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * A wait that looks again every 20 ms: Selenium's default of 500 ms made every click and sign-in of the
     * journey wait half a second after the page was there (a minute of the journey's two).
     */
    private static WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(20));
    }

    private void work(long standardId, String taskKey, Map<String, String> inputs) {
        openTask(standardId, taskKey);
        complete(inputs);
        assertThat(browser.getCurrentUrl())
                .as("completed " + taskKey + ": " + refusal())
                .endsWith("/standards/" + standardId);
    }

    /** Uploads the file with the form in the task's row for that kind, and sees the row no longer missing. */
    private void uploadInPlace(String kind, Path file) {
        browser.findElement(By.id("file-" + kind))
                .sendKeys(file.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.cssSelector("#required-" + kind + " button[type=submit]")));
        assertThat(browser.findElement(By.id("required-" + kind)).getDomAttribute("class"))
                .as(kind + " uploaded: " + refusal())
                .contains("present");
    }

    /** A Word file as the browser's file chooser would pick it from disk. */
    private static Path draft(String name, String... paragraphs) {
        try {
            Path folder = Files.createDirectories(Path.of("target/browser-uploads"));
            return Files.write(folder.resolve(name), Drafts.docx(paragraphs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From "My tasks", the row of this standard's task. */
    private void openTask(long standardId, String taskKey) {
        open("/tasks");
        List<WebElement> rows = browser.findElements(
                By.cssSelector("tr[data-standard-id='" + standardId + "'][data-task-key='" + taskKey + "']"));
        assertThat(rows).as(taskKey + " in the task list").hasSize(1);
        clickAndWait(rows.get(0).findElement(By.cssSelector("td a")));
    }

    /** Fills the task form (radio buttons and checkboxes by id with no value; others typed) and submits it. */
    private void complete(Map<String, String> inputs) {
        fillAndSubmit("complete-form", inputs);
    }

    /** Fills the form's inputs (by id: a click for a radio or checkbox, the value for a choice) and submits it. */
    private void fillAndSubmit(String form, Map<String, String> inputs) {
        // A form behind its button: opened as the user opens it.
        browser.findElement(By.id(form))
                .findElements(By.xpath("ancestor::details[not(@open)]/summary"))
                .forEach(WebElement::click);
        inputs.forEach((id, value) -> {
            WebElement input = browser.findElement(By.id(id));
            String type = input.getDomAttribute("type");
            if ("radio".equals(type) || "checkbox".equals(type)) {
                input.click();
            } else if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(value);
            } else if ("date".equals(type) || "datetime-local".equals(type)) {
                // Date pickers take keyboard input in the browser's locale; the value is set as a picker would.
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
            } else {
                input.sendKeys(value);
            }
        });
        submit("#" + form + " button[type=submit]");
    }

    private long meetingId(long standardId) {
        return jdbc.sql("select max(id) from review_meeting where standard_id = ?")
                .param(standardId)
                .query(Long.class)
                .single();
    }

    /** Opens the page and, the first time a page of its kind is shown, checks it with axe-core (WCAG 2 A and AA). */
    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        // English is the pages' default: a page asked for in English is the kind it is without asking.
        String kind = path.replaceAll("\\d+", "{n}").replaceAll("[?&]lang=en$", "");
        if (checkedPages.add(kind)) {
            assertThat(accessibilityViolations())
                    .as("WCAG 2 A/AA violations on " + path)
                    .isEmpty();
        }
    }

    private List<String> accessibilityViolations() {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript(axe);
        Object found = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                        resultTypes: ['violations']})
                    .then(result => done(result.violations.map(v => v.id + ' (' + v.help + '): '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                    .catch(error => done(['axe failed: ' + error]));""");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void select(String id, String value) {
        select(browser.findElement(By.id(id)), value);
    }

    private static void select(WebElement select, String value) {
        new Select(select).selectByValue(value);
    }

    /** Clicks a submit button and waits for the next page. */
    private void submit(String css) {
        clickAndWait(browser.findElement(By.cssSelector(css)));
    }

    private static void clickAndWait(WebElement button) {
        button.click();
        waitUntilGone(button);
    }

    /**
     * Waits for the next page: the element of the old one is gone. Mid-navigation ChromeDriver may say
     * so as "node does not belong to the document" rather than as a stale element.
     */
    private static void waitUntilGone(WebElement element) {
        waitUpTo(Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException navigating) {
                return String.valueOf(navigating.getMessage()).contains("does not belong to the document");
            }
        });
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private long number(String css) {
        return Long.parseLong(text(css).trim());
    }

    private String refusal() {
        return browser.findElements(By.cssSelector(".refusal")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("none");
    }

    private void shot(String name) throws IOException {
        shot(name, 900);
    }

    private void shot(String name, int height) throws IOException {
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, height));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        browser.manage().window().setSize(size);
    }

    // ---- time ------------------------------------------------------------------------------------------

    private Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private void moveClock(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
    }

    /** Moves the engine clock and runs the standard's timers that fall due, as the job executor would. */
    private void passTime(Duration duration, long standardId) {
        moveClock(duration);
        String process = jdbc.sql("select process_instance_id from standard where id = ?")
                .param(standardId)
                .query(String.class)
                .single();
        List<Job> due = management
                .createJobQuery()
                .processInstanceId(process)
                .timers()
                .duedateLowerThan(Date.from(now().plusMillis(1)))
                .list();
        assertThat(due).as("a timer falls due").isNotEmpty();
        due.forEach(job -> management.executeJob(job.getId()));
    }
}
