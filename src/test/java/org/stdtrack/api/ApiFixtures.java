package org.stdtrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.support.Api;
import org.stdtrack.support.BallotSteps;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;

/**
 * What the API suites of this package call on: standards at each point of their life, reference data and
 * accounts of their own, each made once on first use; and valid request bodies to start from.
 */
final class ApiFixtures {

    static final AtomicInteger SERIAL = new AtomicInteger();

    // Not final: the fixtures below are lambdas declared before the constructor assigns these.
    private Journeys journeys;
    private Api api;
    private JdbcClient jdbc;

    private final BallotSteps ballots;

    ApiFixtures(Journeys journeys, Api api, JdbcClient jdbc) {
        this.journeys = journeys;
        this.api = api;
        this.ballots = new BallotSteps(api);
        this.jdbc = jdbc;
    }

    /** A notification in the user's inbox, as the notification room writes it; its id. */
    long notificationOf(String user) {
        jdbc.sql("insert into notification (recipient, kind, params, created_at, email_status)"
                        + " values (?, 'TASK_DUE_SOON', '{}', ?, 'NOT_SENT')")
                .params(user, Timestamps.toDb(Instant.now()))
                .update();
        return jdbc.sql("select max(id) from notification where recipient = ?")
                .param(user)
                .query(Long.class)
                .single();
    }

    /** Real codes: one per role allowed to declare, so that neither is a duplicate of the other. */
    static final String HUAWEI = "914403001922038216";

    static final String TENCENT = "9144030071526726XG";

    static Map<String, Object> adoption(String creditCode) {
        return Map.of(
                "enterprise",
                "Enterprise " + creditCode,
                "creditCode",
                creditCode,
                "scope",
                "Public cloud",
                "productsOrServices",
                "Compute",
                "implementedOn",
                "2026-01-05",
                "evidence",
                "https://example.com/" + creditCode);
    }

    /** The user's feed token, made now; for anonymous callers one that no account has. */
    String feedToken(String user) {
        return user == null
                ? "no-such-token"
                : api.as(user).post("/api/me/feed-token", Map.of()).text("token");
    }

    /** The rows of the fixture system table. */
    String systemRows() {
        return "/api/programmes/CLOUD-2025/system-tables/" + systemTable.get() + "/rows";
    }

    static Map<String, Object> systemRow(String title) {
        return Map.of("node", "SRV.IAAS", "title", title, "level", "GB_T");
    }

    /** A new row of the fixture system table; with {@code filled}, filled by a fresh draft of TC28-SC38. */
    long systemRow(boolean filled) {
        Api.Response row = api.as("admin").post(systemRows(), systemRow("Matrix row " + SERIAL.incrementAndGet()));
        assertThat(row.status()).as(row.body().toString()).isEqualTo(201);
        long id = row.get("id").asLong();
        if (filled) {
            assertThat(api.as("admin")
                            .put(systemRows() + "/" + id + "/standard", Map.of("standardId", freshDraft()))
                            .status())
                    .isEqualTo(200);
        }
        return id;
    }

    /** A row of the fixture system table as a committee's secretariat proposes it. */
    long proposedSystemRow() {
        Api.Response row =
                api.as("secretary").post(systemRows(), systemRow("Proposed matrix row " + SERIAL.incrementAndGet()));
        assertThat(row.status()).as(row.body().toString()).isEqualTo(201);
        return row.get("id").asLong();
    }

    long freshDraft() {
        return journeys.registerNational("Matrix draft " + SERIAL.incrementAndGet());
    }

    /**
     * The competent department's review of a submission (MIIT for TC28-SC38), open: the one made before
     * while nobody has completed it, else a fresh one.
     */
    String competentDepartmentTask() {
        boolean open = reviewTask != null
                && jdbc.sql("select count(*) from open_task where task_id = ?")
                                .param(reviewTask)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (!open) {
            long id = freshDraft();
            journeys.toApproval(id);
            journeys.submitPackage(id);
            reviewTask = journeys.task("miit", id, "reviewSubmission").get("id").asText();
        }
        return reviewTask;
    }

    private String reviewTask;

    String secretariatTask() {
        return journeys.task("secretary", freshDraft(), "submitProposal")
                .get("id")
                .asText();
    }

    /** A code no other row or run uses. */
    static String newCode(String prefix) {
        return prefix + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    static Map<String, Object> names(String code) {
        return Map.of("code", code, "nameEn", "Matrix " + code, "nameZh", "矩阵 " + code);
    }

    static Map<String, Object> programme(String code) {
        return with(with(with(names(code), "targetStandards", 3), "targetDate", "2030-12-31"), "targetEnterprises", 9);
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> withoutCode(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove("code");
        return copy;
    }

    /** Creates one entry as the administrator and returns its code. */
    private String created(String path, Map<String, Object> body) {
        Api.Response response = api.as("admin").post(path, body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("code");
    }

    // Prepared once, on first use, for the whole run.
    final Supplier<String> programme = once(() -> created("/api/programmes", programme(newCode("MP"))));
    final Supplier<String> domain = once(() -> created("/api/domains", names(newCode("MD"))));
    final Supplier<String> committee =
            once(() -> created("/api/committees", with(names(newCode("MC")), "level", "NATIONAL")));
    final Supplier<String> organisation = once(() -> created("/api/organisations", names(newCode("MO"))));
    final Supplier<Long> draft = once(() -> freshDraft());
    /** A version of the demo programme's system table, made by an administrator. */
    final Supplier<String> systemTable = once(() -> {
        String version = newCode("MV");
        Api.Response created = api.as("admin")
                .post(
                        "/api/programmes/CLOUD-2025/system-tables",
                        Map.of("version", version, "titleEn", "Matrix " + version, "titleZh", "矩阵 " + version));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return version;
    });

    /** An international committee mirrored by the demo's national committee: its key. */
    final Supplier<String> intlCommittee = once(() -> {
        Api.Response created = api.as("admin").post("/api/international/committees", intlCommittee(newCode("SC ")));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("key");
    });

    final Supplier<Long> intlProject = once(() -> {
        Api.Response created = api.as("admin").post("/api/international/projects", intlProject(newCode("ISO/IEC ")));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    });

    /** An international ballot open for comments on the fixture's project, closing in two months. */
    final Supplier<Long> intlBallot = once(() -> openBallot(60));

    /** A comment on the open ballot by a member of its mirror committee. */
    final Supplier<Long> ballotComment = once(() -> comment(intlBallot.get()));

    /**
     * A ballot that closes in ten days, China's position on it submitted with one accepted comment: its id and
     * that comment's. Dispositions are recorded on it {@link #afterClose after the close}.
     */
    final Supplier<long[]> positionedBallot = once(() -> {
        long ballot = openBallot(10);
        long comment = comment(ballot);
        submitWith(ballot, comment);
        return new long[] {ballot, comment};
    });

    /** The call made a month on, after the positioned ballot's close; the clock then goes back. */
    static <T> T afterClose(Supplier<T> call) {
        TestTime.passTime(Duration.ofDays(30));
        try {
            return call.get();
        } finally {
            TestTime.passTime(Duration.ofDays(-30));
        }
    }

    private long openBallot(int closesInDays) {
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        return ballots.open(intlProject.get(), "DIS", today, today.plusDays(closesInDays))
                .get("id")
                .asLong();
    }

    private void submitWith(long ballot, long acceptedComment) {
        ballots.decide(ballot, acceptedComment, "ACCEPTED", null);
        ballots.submit(ballot, "APPROVE_WITH_COMMENTS");
    }

    private long comment(long ballot) {
        return ballots.comment("reviewer1", ballot, "te", "5.2", "Matrix comment");
    }

    /** A published standard the promotion events promote. */
    final Supplier<Long> promotedStandard = once(() -> journeys.importedPublished("Matrix promoted standard"));

    /** An event of CESI (the secretariat's organisation) under way: begun an hour ago, with an exam. */
    final Supplier<Long> promotionEvent = once(() -> event(Duration.ofHours(-1), "EXAM"));

    /** Someone registered for the event under way, by its organiser. */
    final Supplier<Long> promotionRegistration =
            once(() -> registered(promotionEvent.get(), "Matrix participant", "91110000MA01MATR0C"));

    /** An event of CESI that ended yesterday, with one participant who attended: its id. */
    final Supplier<Long> endedEvent = once(() -> {
        long event = event(Duration.ofDays(-3), "ATTENDANCE");
        long registration = registered(event, "Matrix graduate", "91110000MA01MATR0C");
        Api.Response attended = api.as("admin")
                .put("/api/promotion/events/" + event + "/attendance", Map.of("present", List.of(registration)));
        assertThat(attended.status()).as(attended.body().toString()).isEqualTo(200);
        return event;
    });

    /** The number of a certificate issued for the ended event. */
    final Supplier<String> certificate = once(() -> {
        Api.Response issued =
                api.as("admin").post("/api/promotion/events/" + endedEvent.get() + "/certificates", Map.of());
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
        return issued.get("certificates").get(0).get("number").asText();
    });

    /** A certificate of E-Cloud's engineer from another ended event, never revoked: its number, for printing. */
    final Supplier<String> printedCertificate = once(() -> {
        long event = event(Duration.ofDays(-3), "ATTENDANCE");
        long registration = registered(event, "Matrix engineer", "91110108MA01ECL0U5");
        api.as("admin").put("/api/promotion/events/" + event + "/attendance", Map.of("present", List.of(registration)));
        Api.Response issued = api.as("admin").post("/api/promotion/events/" + event + "/certificates", Map.of());
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
        return issued.get("certificates").get(0).get("number").asText();
    });

    /** A national pilot of E-Cloud and a partner on the promoted standard: its fields. */
    Map<String, Object> pilotBody() {
        Map<String, Object> pilot = new LinkedHashMap<>();
        pilot.put("programme", "CLOUD-2025");
        pilot.put("name", "Matrix pilot");
        pilot.put("kind", "NATIONAL_PILOT");
        pilot.put("lead", Map.of("enterprise", "E-Cloud Services", "creditCode", "91110108MA01ECL0U5"));
        pilot.put("participants", List.of(Map.of("enterprise", "Matrix Co.", "creditCode", "91110000MA01MATR0C")));
        pilot.put("standards", List.of(promotedStandard.get()));
        return pilot;
    }

    final Supplier<Long> pilot = once(() -> {
        Api.Response applied = api.as("admin").post("/api/pilots", pilotBody());
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(201);
        return applied.get("id").asLong();
    });

    /** A patent disclosure's fields, with this licensing. */
    Map<String, Object> patentDisclosure(String licensing) {
        return Map.of(
                "holder",
                "Matrix Patents Ltd.",
                "patentNumber",
                newCode("ZL"),
                "title",
                "Matrix method",
                "jurisdiction",
                "CN",
                "licensing",
                licensing,
                "disclosedOn",
                LocalDate.ofInstant(TestTime.now(), Demo.ZONE).toString());
    }

    /** A new disclosure of the draft, recorded by an administrator: its id. */
    long newPatentDisclosure(String licensing) {
        Api.Response made = api.as("admin")
                .post("/api/standards/" + draft.get() + "/patent-disclosures", patentDisclosure(licensing));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    /** The promoted (published) standard, with its published text uploaded by SAC: its id. */
    final Supplier<Long> publicText = once(() -> {
        journeys.upload(promotedStandard.get(), "PUBLISHED_TEXT", "Matrix published text");
        return promotedStandard.get();
    });

    /** A national proposal of TC28-SC38 approved by SAC and publicly commented: its id. */
    final Supplier<Long> commentedProposal = once(() -> {
        long id = journeys.registerNational("Matrix commented proposal");
        journeys.complete("secretary", id, "submitProposal");
        journeys.complete(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", Journeys.nextPlanNumber()));
        return id;
    });

    /**
     * A new duplication claim on that proposal, each of another claimant (one person files at most five): its id.
     * Written as the table keeps it, since filing is not what the probes that need one test.
     */
    long newDuplicationClaim() {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into duplication_claim (standard_id, claimant, existing_number, reason, filed_at)"
                        + " values (?, ?, 'GB/T 99999-2020', 'Matrix', current_timestamp)")
                .params(commentedProposal.get(), newCode("claimant"))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A webhook of TC28-SC38's stage changes to a public address (never called: the tests send nothing). */
    Map<String, Object> webhookBody() {
        return Map.of(
                "url", "http://127.0.0.1:9/matrix",
                "events", List.of("STAGE_CHANGED"),
                "committee", "TC28-SC38",
                "secret", "matrix-secret-of-sixteen-or-more");
    }

    /** A new webhook of the administrator's: its id. */
    long newWebhook() {
        Api.Response made = api.as("admin").post("/api/webhooks", webhookBody());
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    /** An incoming liaison statement to TC28-SC38 with a response due in two weeks. */
    Map<String, Object> liaisonBody() {
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        return Map.of(
                "from", "ISO/IEC JTC 1/SC 27",
                "to", "TC28-SC38",
                "subject", "Matrix liaison",
                "receivedOn", today.toString(),
                "responseDue", today.plusDays(14).toString(),
                "standards", List.of(draft.get()),
                "projects", List.of(intlProject.get()));
    }

    /** A new liaison of TC28-SC38, recorded by an administrator: its id. */
    long newLiaison() {
        Api.Response made = api.as("admin").post("/api/liaisons", liaisonBody());
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    final Supplier<Long> liaison = once(this::newLiaison);

    /** The statement of that liaison as a document: its id. */
    final Supplier<Long> liaisonDocument = once(() -> {
        Api.Response added = api.as("admin")
                .upload(
                        "/api/liaisons/" + liaison.get() + "/documents",
                        Map.of("kind", "LIAISON_STATEMENT"),
                        "matrix.pdf",
                        Drafts.pdf());
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        return added.get("id").asLong();
    });

    /** An evidence letter of that pilot: its id. */
    final Supplier<Long> pilotLetter = once(() -> {
        Api.Response added = api.as("admin")
                .upload("/api/pilots/" + pilot.get() + "/letters", Map.of(), "matrix-letter.pdf", Drafts.pdf());
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        return added.get("id").asLong();
    });

    /** A conformity result's fields: a PASS of E-Cloud against the promoted standard, valid for a year. */
    Map<String, Object> conformityResult() {
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("programme", "CLOUD-2025");
        result.put("enterprise", "E-Cloud Services");
        result.put("creditCode", "91110108MA01ECL0U5");
        result.put("scheme", "Matrix scheme");
        result.put("standards", List.of(promotedStandard.get()));
        result.put("result", "PASS");
        result.put("certificateReference", "MATRIX-1");
        result.put("validFrom", today.toString());
        result.put("validUntil", today.plusYears(1).toString());
        return result;
    }

    /** An event's fields, organised by this organisation, starting after {@code startsIn} and lasting two days. */
    Map<String, Object> promotionEventBody(String organiser, Duration startsIn, String policy) {
        Instant start = TestTime.now().plus(startsIn);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", "CLOUD-2025");
        body.put("organiser", organiser);
        body.put("title", "Matrix training");
        body.put("kind", "TRAINING");
        body.put("standards", List.of(promotedStandard.get()));
        body.put("startsAt", OffsetDateTime.ofInstant(start, Demo.ZONE).toString());
        body.put(
                "endsAt",
                OffsetDateTime.ofInstant(start.plus(Duration.ofDays(2)), Demo.ZONE)
                        .toString());
        body.put("place", "Beijing");
        body.put("capacity", 5000);
        body.put("hours", 6);
        body.put("certificatePolicy", policy);
        body.put("passMark", 60);
        return body;
    }

    private long event(Duration startsIn, String policy) {
        Api.Response created =
                api.as("admin").post("/api/promotion/events", promotionEventBody("CESI", startsIn, policy));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    private long registered(long event, String name, String creditCode) {
        Api.Response made = api.as("admin")
                .post(
                        "/api/promotion/events/" + event + "/registrations",
                        Map.of("name", name + " " + newCode(""), "enterprise", "Matrix Co.", "creditCode", creditCode));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        return made.get("id").asLong();
    }

    final Supplier<Long> expert = once(() -> {
        Api.Response created = api.as("admin").post("/api/experts", expert());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    });

    static Map<String, Object> intlCommittee(String code) {
        Map<String, Object> committee = new LinkedHashMap<>();
        committee.put("code", "ISO/IEC JTC 1/" + code);
        committee.put("body", "ISO_IEC_JTC1");
        committee.put("nameEn", "Matrix committee");
        committee.put("nameZh", "矩阵技术机构");
        committee.put("chinaMembership", "P");
        committee.put("mirrorCommittee", Demo.NATIONAL);
        return committee;
    }

    Map<String, Object> intlProject(String reference) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("programme", "CLOUD-2025");
        project.put("body", "ISO");
        project.put("reference", reference);
        project.put("title", "Matrix project");
        project.put("ownerCommittee", intlCommittee.get());
        project.put("deliverableType", "IS");
        project.put("stage", "30.20");
        project.put("chinaRole", "LED");
        return project;
    }

    /** A project's fields as a PUT sends them: its stage changes only through its stage history. */
    Map<String, Object> intlProjectChange(String reference) {
        Map<String, Object> change = intlProject(reference);
        change.remove("stage");
        return change;
    }

    /** A published project no national standard adopts yet, fresh for each call: its id. */
    long publishedIntlProject() {
        String reference = newCode("ISO/IEC ");
        Map<String, Object> project = intlProject(reference);
        project.put("stage", "60.60");
        project.put("title", "Matrix adoption of " + reference); // each adoption registers a standard of this title
        Api.Response created = api.as("admin").post("/api/international/projects", project);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    Map<String, Object> expert() {
        return Map.of(
                "name",
                "Matrix expert",
                "role",
                "EXPERT",
                "committees",
                List.of(Map.of("committee", intlCommittee.get())));
    }

    final Supplier<String> secretariatTask = once(() -> secretariatTask());
    final Supplier<Long> published = once(() -> {
        long id = freshDraft();
        journeys.toApproval(id);
        journeys.publish(id, journeys.nextNumber("GB/T"));
        return id;
    });
    /** The published standard with its English version started and uploaded, to be submitted. */
    final Supplier<Long> translated = once(() -> {
        long id = published.get();
        assertThat(api.as("secretary")
                        .post("/api/standards/" + id + "/translations", Map.of("language", "en"))
                        .status())
                .isEqualTo(201);
        journeys.uploadAs("secretary", id, "FOREIGN_LANGUAGE_VERSION", "Cloud computing, English version");
        return id;
    });
    /** The published standard with an amendment out for comments (XG1 or XG2, its sequence). */
    final Supplier<Integer> amended = once(() -> {
        long id = published.get();
        Api.Response registered =
                api.as("secretary").post("/api/standards/" + id + "/amendments", Map.of("reason", "Matrix amendment"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        journeys.upload(id, "AMENDMENT_DRAFT", "修改单");
        // Every amendment drafting now (the matrix may have registered another) goes out for comments.
        while (journeys.openTaskKeys(id).contains("submitAmendmentDraft")) {
            journeys.complete("drafter", id, "submitAmendmentDraft");
        }
        return registered.body().get("sequence").asInt();
    });
    /**
     * TC28-SC38's review batch of this year with a conclusion of each kind of standing: the first proposed (to
     * submit), the second with the competent department (to endorse), the third with the approver (to decide).
     */
    final Supplier<List<Long>> reviewBatch = once(() -> {
        List<Long> ids = new ArrayList<>();
        for (String which : List.of("proposed", "submitted", "endorsed")) {
            ids.add(journeys.importedUnderReview("Matrix review " + which + " " + newCode("R")));
        }
        journeys.complete("secretary", ids.get(1), "periodicReview", Map.of("outcome", "CONFIRM"));
        journeys.complete("secretary", ids.get(2), "periodicReview", Map.of("outcome", "CONFIRM"));
        journeys.submitReviewBatch(Demo.NATIONAL);
        journeys.complete("miit", ids.get(2), "endorseReviewConclusion", Map.of("outcome", "ENDORSE"));
        journeys.complete("secretary", ids.get(0), "periodicReview", Map.of("outcome", "CONFIRM"));
        return ids;
    });

    static Map<String, Object> reviewDecision(long standardId) {
        return Map.of(
                "decisions",
                List.of(new LinkedHashMap<>(
                        Map.of("standardId", standardId, "outcome", "CONFIRM", "comment", "Still current."))));
    }

    /** A TC28-SC38 draft at its review meeting, scheduled a week and a day ahead. */
    final Supplier<Long> meeting = once(() -> {
        JsonNode committee = journeys.changeCommittee(Demo.NATIONAL, Map.of("reviewMode", "MEETING"));
        long id;
        try {
            id = freshDraft();
            journeys.toTechnicalReview(id);
        } finally {
            journeys.restoreCommittee(committee);
        }
        assertThat(api.as("secretary")
                        .put("/api/standards/" + id + "/review-meeting", meetingSchedule())
                        .status())
                .isEqualTo(200);
        return id;
    });

    static Map<String, Object> meetingSchedule() {
        return Map.of(
                "meetingAt",
                TestTime.now()
                        .plus(Duration.ofDays(8))
                        .atZone(Demo.ZONE)
                        .toOffsetDateTime()
                        .toString(),
                "place",
                "Matrix room");
    }

    /** A work plan a proposal made today can keep. */
    static Map<String, Object> workPlan() {
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        return Map.of(
                "targets",
                Map.of(
                        "DRAFTING", today.plusMonths(4).toString(),
                        "CONSULTATION", today.plusMonths(8).toString(),
                        "TECHNICAL_REVIEW", today.plusMonths(11).toString(),
                        "APPROVAL", today.plusMonths(14).toString()));
    }

    /** A draft whose proposal its members support. */
    final Supplier<Long> proposed = once(this::freshDraft);
    /** A proposal submitted: its public comments are recorded from now until its plan takes effect. */
    final Supplier<Long> commented = once(() -> {
        long id = freshDraft();
        journeys.complete("secretary", id, "submitProposal");
        return id;
    });

    /** A planned project of its own, whose termination the matrix asks for once. */
    final Supplier<Long> planned = once(() -> {
        long id = freshDraft();
        journeys.submitAndApproveProposal(id);
        return id;
    });

    final Supplier<Long> developing = once(() -> {
        long id = freshDraft();
        journeys.submitAndApproveProposal(id);
        return id;
    });
    /** A month after the developing standard's due date, as the request takes it. */
    final Supplier<String> extendedDueDate = once(() -> LocalDate.ofInstant(
                    Instant.parse(journeys.standard(developing.get())
                            .get("developmentDueAt")
                            .asText()),
                    Demo.ZONE)
            .plusMonths(1)
            .toString());

    final Supplier<Long> documented = once(() -> freshDraft());
    /** The path of a draft's first version, with a second version to compare it with. */
    final Supplier<String> document = once(() -> "/api/standards/" + documented.get() + "/documents/"
            + journeys.upload(documented.get(), "WORKING_DRAFT", "Scope")
                    .get("id")
                    .asLong());

    final Supplier<Long> secondVersion = once(() -> {
        document.get();
        return journeys.upload(documented.get(), "WORKING_DRAFT", "Scope and terms")
                .get("id")
                .asLong();
    });
    final Supplier<String> publishedText = once(() -> "/api/standards/" + published.get() + "/documents/"
            + journeys.upload(published.get(), "PUBLISHED_TEXT").get("id").asLong());
    final Supplier<Long> submitted = once(() -> {
        long id = freshDraft();
        journeys.toApproval(id);
        journeys.submitForApproval(id);
        return id;
    });
    final Supplier<Long> consulting = once(() -> {
        long id = freshDraft();
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        return id;
    });
    final Supplier<Long> comment = once(() -> api.as("reviewer1")
            .post(
                    "/api/standards/" + consulting.get() + "/comments",
                    Map.of("clause", "2", "type", "TECHNICAL", "text", "To be resolved"))
            .get("id")
            .asLong());
    final Supplier<String> approverTask = once(() -> {
        long id = freshDraft();
        journeys.complete("secretary", id, "submitProposal");
        return journeys.task("sac", id, "approveProposal").get("id").asText();
    });
    final Supplier<String> account = once(() -> {
        String name = "matrix" + SERIAL.incrementAndGet();
        api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                name,
                                "displayName",
                                "Matrix account",
                                "password",
                                "a-long-enough-password",
                                "roles",
                                List.of(Map.of("role", "OBSERVER"))));
        return name;
    });

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
