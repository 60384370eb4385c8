package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.PROGRAMME;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.deadlineIn;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives standards through the real API and the real engine, as the demo users: registering, reading,
 * working tasks, firing due timers, and whole steps (to technical review, approval, in force). A bean of
 * the shared test contexts ({@link OnH2}, {@link OnPostgres}); time moves with {@link TestTime}.
 */
public class Journeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final ManagementService management;
    private final JdbcClient jdbc;

    Journeys(Api api, ManagementService management, JdbcClient jdbc) {
        this.api = api;
        this.management = management;
        this.jdbc = jdbc;
        // The shared contexts review TC28-SC38's drafts by correspondence, the ballot path most suites walk;
        // the review meeting suites set the committee back to MEETING, a national committee's default.
        jdbc.sql("update committee set review_mode = 'CORRESPONDENCE' where code = ?")
                .param(NATIONAL)
                .update();
        // Nor do their proposals wait for members' support or their package, but in ProposalSupport…Test,
        // WorkPlans…Test and the demo.
        jdbc.sql("update committee set proposal_support = 'NONE', proposal_package = false")
                .update();
    }

    // ---- committees ------------------------------------------------------------------------------

    /**
     * Changes some of a committee's settings as an administrator would, keeping the rest; returns the
     * committee as it was, for {@link #restoreCommittee}.
     */
    public JsonNode changeCommittee(String code, Map<String, ?> changes) {
        JsonNode before = api.as("admin").get("/api/committees/" + code).body();
        Map<String, Object> terms = new LinkedHashMap<>();
        before.properties()
                .forEach(field -> terms.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class)));
        terms.putAll(changes);
        terms.remove("code");
        terms.remove("level");
        Api.Response changed = api.as("admin").put("/api/committees/" + code, terms);
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        return before;
    }

    public void restoreCommittee(JsonNode before) {
        Map<String, Object> all = new LinkedHashMap<>();
        before.properties()
                .forEach(field -> all.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class)));
        changeCommittee(before.get("code").asText(), all);
    }

    // ---- registering ------------------------------------------------------------------------------

    public Map<String, Object> nationalStandard(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("titleZh", "云计算 " + title);
        body.put("type", "GB_T");
        body.put("domain", "SRV.IAAS");
        body.put("committee", NATIONAL);
        body.put("programme", PROGRAMME);
        body.put("leadOrganisation", "CESI");
        return body;
    }

    public long register(Map<String, Object> body) {
        Api.Response created = api.as(owner(body)).post("/api/standards", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    /** The secretariat of the committee the standard belongs to. */
    private static String owner(Map<String, Object> body) {
        return NATIONAL.equals(body.get("committee")) ? "secretary" : "secretary2";
    }

    public long registerNational(String title) {
        return register(nationalStandard(title));
    }

    /**
     * A standard of that type and committee already waiting to be submitted for approval, as a programme
     * office imports it (its committee needs no voting roll to get there).
     */
    public long importedAtApproval(String title, String type, String committee, String leadOrganisation) {
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        Map<String, String> row = row(title, type, committee, leadOrganisation, "APPROVAL");
        row.put("stage_entered_on", today.minusDays(1).toString());
        row.put("plan_approved_on", today.minusMonths(12).toString());
        return imported(row);
    }

    /**
     * A national standard of TC28-SC38 published five years ago, imported as its periodic review begins: the
     * secretariat's task to propose its conclusion is open.
     */
    public long importedUnderReview(String title) {
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        Map<String, String> row = row(title, "GB_T", NATIONAL, "CESI", "PERIODIC_REVIEW");
        row.put("stage_entered_on", today.minusDays(1).toString());
        row.put("plan_approved_on", today.minusYears(6).toString());
        published(row, today.minusYears(5), today.minusYears(5).plusMonths(6));
        long id = imported(row);
        assertThat(openTaskKeys(id)).containsExactly("periodicReview");
        return id;
    }

    /** A national standard of TC28-SC38 published a month ago, in force next month, as an import places it. */
    public long importedPublished(String title) {
        return importedPublishedIn(PROGRAMME, title);
    }

    /** A published national standard of TC28-SC38 in that programme, as its import places it. */
    public long importedPublishedIn(String programme, String title) {
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        Map<String, String> row = row(title, "GB_T", NATIONAL, "CESI", "PUBLISHED");
        row.put("plan_approved_on", today.minusYears(1).toString());
        published(row, today.minusMonths(1), today.plusMonths(1));
        long id = imported(programme, row);
        assertThat(stage(id)).isEqualTo("PUBLISHED");
        return id;
    }

    /**
     * A national standard of TC28-SC38 placed at approval as an import places it (no walk through drafting,
     * consultation and ballot), with the drafting explanation its package needs: what the approval and
     * publication steps that follow need, and nothing a test of them does not.
     */
    public long placedAtApproval(String title) {
        long id = importedAtApproval(title, "GB_T", NATIONAL, "CESI");
        upload(id, "DRAFTING_EXPLANATION");
        return id;
    }

    /** A portfolio file's row for one standard of the programme, with a plan number no other standard has. */
    private Map<String, String> row(String title, String type, String committee, String lead, String stage) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", title);
        row.put("title_zh", "导入 " + title);
        row.put("type", type);
        row.put("domain", "SRV.IAAS");
        row.put("committee", committee);
        row.put("lead_organisation", lead);
        row.put("stage", stage);
        row.put("plan_number", "IMP-" + NUMBERS.incrementAndGet() + "-" + System.nanoTime() % 100_000);
        return row;
    }

    /** Its publication: a GB/T number of the publication's year, and the dates. */
    private void published(Map<String, String> row, LocalDate publication, LocalDate implementation) {
        row.put(
                "published_number",
                nextNumber("GB/T")
                        .replace("-" + LocalDate.ofInstant(now(), ZONE).getYear(), "-" + publication.getYear()));
        row.put("publication_date", publication.toString());
        row.put("implementation_date", implementation.toString());
    }

    /** The programme office imports the one standard of this row; its id. */
    private long imported(Map<String, String> row) {
        return imported(PROGRAMME, row);
    }

    private long imported(String programme, Map<String, String> row) {
        String csv = String.join(",", row.keySet()) + "\r\n" + String.join(",", row.values()) + "\r\n";
        Api.Response imported = api.as("admin")
                .postFile(
                        "/api/imports/standards?programme=" + programme + "&dryRun=false&fileName=one.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        MediaType.parseMediaType("text/csv"));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        return jdbc.sql("select id from standard where title = ?")
                .param(row.get("title"))
                .query(Long.class)
                .single();
    }

    // ---- reading ------------------------------------------------------------------------------------

    public JsonNode standard(long id) {
        Api.Response response = api.as("admin").get("/api/standards/" + id);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    public String stage(long id) {
        return standard(id).get("stage").asText();
    }

    public List<String> openTaskKeys(long id) {
        List<String> keys = new ArrayList<>();
        standard(id).get("tasks").forEach(t -> keys.add(t.get("key").asText()));
        return keys;
    }

    public List<String> stageCodes(long id) {
        List<String> codes = new ArrayList<>();
        standard(id).get("history").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    /** The user's open task of that kind on that standard, as the task list shows it. */
    public JsonNode task(String user, long standardId, String key) {
        Api.Response list = api.as(user).get("/api/tasks?standard=" + standardId);
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode task : list.body()) {
            if (task.get("key").asText().equals(key)) {
                return task;
            }
        }
        throw new AssertionError(user + " has no " + key + " task on standard " + standardId + "; open: "
                + openTaskKeys(standardId) + ", list: " + list.body());
    }

    // ---- acting -------------------------------------------------------------------------------------

    public Api.Response tryComplete(String user, long standardId, String key, Map<String, ?> body) {
        String taskId = task(user, standardId, key).get("id").asText();
        return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
    }

    public JsonNode complete(String user, long standardId, String key, Map<String, ?> body) {
        Api.Response response = tryComplete(user, standardId, key, body);
        assertThat(response.status())
                .as(key + " by " + user + ": " + response.body())
                .isEqualTo(200);
        return response.body();
    }

    public JsonNode complete(String user, long standardId, String key) {
        return complete(user, standardId, key, Map.of());
    }

    /** Runs the standard's timers that are due at the current engine time; returns how many fired. */
    public int fireDueTimers(long standardId) {
        return fireDueTimersOf(processInstance(standardId));
    }

    /** Runs the due timers of one process instance (a standard's amendment, say); returns how many fired. */
    public int fireDueTimersOf(String processInstanceId) {
        int fired = 0;
        List<Job> due;
        do {
            due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .timers()
                    .duedateLowerThan(Date.from(now().plusMillis(1)))
                    .list();
            for (Job job : due) {
                management.executeJob(job.getId());
                fired++;
            }
        } while (!due.isEmpty());
        return fired;
    }

    public List<Job> timers(long standardId) {
        return management
                .createJobQuery()
                .processInstanceId(processInstance(standardId))
                .timers()
                .list();
    }

    public String processInstance(long standardId) {
        return jdbc.sql("select process_instance_id from standard where id = ?")
                .param(standardId)
                .query(String.class)
                .single();
    }

    // ---- whole steps --------------------------------------------------------------------------------

    /** Submitted, approved by SAC, publicly commented for the proposal period: the plan is in effect. */
    public void submitAndApproveProposal(long id) {
        complete("secretary", id, "submitProposal");
        complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", nextPlanNumber()));
        passTime(Period.ofDays(30));
        assertThat(fireDueTimers(id)).isEqualTo(1);
    }

    // ---- documents ----------------------------------------------------------------------------------

    /** Uploads a Word draft of that kind as the drafting group (or, for the published text, as SAC). */
    public JsonNode upload(long id, String kind, String... paragraphs) {
        return uploadAs("PUBLISHED_TEXT".equals(kind) ? "sac" : "drafter", id, kind, paragraphs);
    }

    public JsonNode uploadAs(String user, long id, String kind, String... paragraphs) {
        byte[] file = Drafts.docx(paragraphs.length == 0 ? new String[] {kind + " of standard " + id} : paragraphs);
        Api.Response response =
                api.as(user).upload("/api/standards/" + id + "/documents", Map.of("kind", kind), kind + ".docx", file);
        assertThat(response.status()).as(kind + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    /** The draft for comments and its drafting explanation, which opening the consultation needs. */
    public void consultationDocuments(long id) {
        upload(id, "DRAFT_FOR_COMMENTS");
        upload(id, "DRAFTING_EXPLANATION");
    }

    /** The draft for review that submitting the consultation's outcome to the ballot needs. */
    public void draftForReview(long id) {
        upload(id, "DRAFT_FOR_REVIEW");
    }

    /** The documents of the submission package besides the drafting explanation of the consultation. */
    public void approvalDocuments(long id) {
        upload(id, "REVIEW_MINUTES");
        upload(id, "DRAFT_FOR_APPROVAL");
    }

    /** Opens the consultation, lets the comment period run out; reviewers' comments are up to the caller. */
    public void openConsultation(long id) {
        consultationDocuments(id);
        complete("secretary", id, "openConsultation", Map.of("commentDeadline", deadlineIn(Period.ofDays(60))));
    }

    /**
     * The secretariat submits the package for approval, its documents uploaded first, and the committee's
     * competent department (MIIT for TC28-SC38) passes it on to the approver.
     */
    public JsonNode submitForApproval(long id) {
        JsonNode submitted = submitPackage(id);
        if (openTaskKeys(id).contains("reviewSubmission")) {
            complete("miit", id, "reviewSubmission", Map.of("outcome", "APPROVE"));
        }
        return submitted;
    }

    /** The secretariat submits the package for approval, its documents uploaded first; nobody acts on it yet. */
    public JsonNode submitPackage(long id) {
        approvalDocuments(id);
        return complete("secretary", id, "submitForApproval");
    }

    public void closeConsultation(long id) {
        passTime(Period.ofDays(61));
        assertThat(fireDueTimers(id)).isEqualTo(1);
    }

    public void toTechnicalReview(long id) {
        submitAndApproveProposal(id);
        complete("drafter", id, "submitDraft");
        openConsultation(id);
        closeConsultation(id);
        draftForReview(id);
        complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        assertThat(stage(id)).isEqualTo("TECHNICAL_REVIEW");
    }

    /** Every voter of a CESI-led standard (drafter recused) approves. */
    public void ballotPasses(long id) {
        for (String voter : List.of("reviewer1", "reviewer2", "reviewer3", "reviewer4")) {
            complete(voter, id, "castVote", Map.of("vote", "APPROVE"));
        }
    }

    public void toApproval(long id) {
        toTechnicalReview(id);
        ballotPasses(id);
        assertThat(stage(id)).isEqualTo("APPROVAL");
    }

    public void publish(long id, String number) {
        submitForApproval(id);
        complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
        var today = LocalDate.ofInstant(now(), ZONE);
        complete(
                "sac",
                id,
                "publish",
                Map.of(
                        "publishedNumber",
                        number,
                        "publicationDate",
                        today.toString(),
                        "implementationDate",
                        today.plusMonths(6).toString()));
    }

    /** The secretariat asks to terminate the planned project; its approving body approves (.98). */
    public void terminate(long id, String reason) {
        boolean national = NATIONAL.equals(standard(id).get("committee").asText());
        Api.Response asked = api.as(national ? "secretary" : "secretary2")
                .post("/api/standards/" + id + "/plan-changes", Map.of("kind", "TERMINATION", "reason", reason));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        complete(national ? "sac" : "miit", id, "decidePlanChange", Map.of("outcome", "APPROVE"));
        assertThat(stage(id)).isEqualTo("CANCELLED");
    }

    public void toInForce(long id) {
        toApproval(id);
        publish(id, nextNumber("GB/T"));
        passTime(Period.ofMonths(6).plusDays(1));
        assertThat(fireDueTimers(id)).isEqualTo(1);
        assertThat(stage(id)).isEqualTo("IN_FORCE");
    }

    /**
     * A periodic review concluded as its secretariat proposes: the proposal, the committee's batch of the
     * year submitted, the competent department's endorsement (where there is one) and the approving body's
     * decision, each on the standard's own task.
     */
    public void concludeReview(long id, String outcome, String reason) {
        String committee = standard(id).get("committee").asText();
        boolean national = NATIONAL.equals(committee);
        Map<String, Object> conclusion = new LinkedHashMap<>();
        conclusion.put("outcome", outcome);
        if (reason != null) {
            conclusion.put("comment", reason);
        }
        complete(national ? "secretary" : "secretary2", id, "periodicReview", conclusion);
        submitReviewBatch(committee);
        if (openTaskKeys(id).contains("endorseReviewConclusion")) {
            complete("miit", id, "endorseReviewConclusion", Map.of("outcome", "ENDORSE"));
        }
        complete(national ? "sac" : "miit", id, "decideReviewConclusion", conclusion);
    }

    /** The secretariat submits its committee's review batch of this year. */
    public JsonNode submitReviewBatch(String committee) {
        Api.Response submitted = api.as(NATIONAL.equals(committee) ? "secretary" : "secretary2")
                .post(reviewBatch(committee) + "/submission", Map.of());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        return submitted.body();
    }

    /** The standard's conclusion in this batch (a batch's JSON), as a reader of it finds it. */
    public static JsonNode conclusionOf(JsonNode batch, long standardId) {
        for (JsonNode conclusion : batch.get("conclusions")) {
            if (conclusion.get("standardId").asLong() == standardId) {
                return conclusion;
            }
        }
        throw new AssertionError("no conclusion of " + standardId + " in " + batch);
    }

    /** The API path of the committee's review batch of the engine clock's year. */
    public String reviewBatch(String committee) {
        return "/api/committees/" + committee + "/review-batches/"
                + LocalDate.ofInstant(now(), ZONE).getYear();
    }

    /** A publication number unique across the suite's run, for the year the engine clock is in. */
    public String nextNumber(String prefix) {
        return prefix + " " + (40000 + NUMBERS.incrementAndGet()) + "-"
                + LocalDate.ofInstant(now(), ZONE).getYear();
    }

    /** A plan number no other standard has: plan numbers are unique in a programme. */
    public static String nextPlanNumber() {
        return "2026" + String.format("%04d", 1000 + PLAN_NUMBERS.incrementAndGet()) + "-T-469";
    }

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final AtomicInteger PLAN_NUMBERS = new AtomicInteger();
}
