package org.stdtrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.stdtrack.support.Api;
import org.stdtrack.support.LifecycleTestSupport;
import org.stdtrack.support.WriteGuard;

/**
 * The API as each demo user meets it: what they can see and do, and how every bad request is refused
 * with problem details while writing nothing. Runs on H2 and on PostgreSQL.
 */
abstract class AccessAndInputTest extends LifecycleTestSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;

    WriteGuard guard;

    @BeforeEach
    void setUpGuard() {
        guard = new WriteGuard(jdbc, runtime, taskService, management, history);
    }

    // ---- reference data -----------------------------------------------------------------------------

    @Test
    void referenceDataIsPublishedToSignedInUsers() {
        JsonNode programme = api.as("observer").get("/api/programmes/CLOUD-2025").body();
        assertThat(programme.get("targetStandards").asInt()).isEqualTo(30);
        assertThat(programme.get("targetEnterprises").asInt()).isEqualTo(1000);
        assertThat(programme.get("targetDate").asText()).isEqualTo("2027-12-31");
        assertThat(api.as("observer").get("/api/programmes").body()).hasSize(1);

        JsonNode domains = api.as("enterprise1").get("/api/domains").body();
        assertThat(domains).hasSize(6 + 24);
        assertThat(domains.findValuesAsText("code")).contains("BAS", "TEC", "SRV", "APP", "MGT", "SEC",
                "SRV.AIAAS", "SEC.DATA", "MGT.QUALITY", "TEC.DEPLOY", "BAS.TALENT", "APP.INDUSTRY");
        JsonNode security = domains.findParents("code").stream().filter(d -> d.get("code").asText().equals("SEC.DATA"))
                .findFirst().orElseThrow();
        assertThat(security.get("parent").asText()).isEqualTo("SEC");
        assertThat(security.get("nameZh").asText()).isEqualTo("数据安全");

        assertThat(api.as("observer").get("/api/committees").body().findValuesAsText("code"))
                .containsExactly("CCSA-TC1", "TC28-SC38");
    }

    @Test
    void unknownProgrammeIs404ProblemDetails() {
        Api.Response missing = api.as("observer").get("/api/programmes/NOPE");
        assertProblem(missing, 404);
        assertThat(missing.text("detail")).contains("NOPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/programmes", "/api/domains", "/api/committees", "/api/standards", "/api/tasks",
            "/api/reports/stages?programme=CLOUD-2025", "/api/standards/1"})
    void anonymousCallersGet401(String path) {
        Api.Response response = api.as(null).get(path);
        assertProblem(response, 401);
    }

    // ---- registering ------------------------------------------------------------------------------

    @Test
    void onlyTheCommitteesSecretariatOrAnAdminRegisters() {
        for (String user : List.of("secretary2", "drafter", "reviewer1", "sac", "miit", "association", "enterprise1", "observer")) {
            Api.Response refused = guard.unchangedBy(() -> api.as(user).post("/api/standards", nationalStandard("Not mine")));
            assertProblem(refused, 403);
        }
        Api.Response byAdmin = api.as("admin").post("/api/standards", nationalStandard("Registered by the administrator"));
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.location()).isEqualTo("/api/standards/" + byAdmin.get("id").asLong());
        assertThat(byAdmin.text("stage")).isEqualTo("PRELIMINARY");
    }

    @Test
    void registrationValidatesEveryField() {
        expectRefused(with("title", null), 422, "title");
        expectRefused(with("title", "   "), 422, "title");
        expectRefused(with("title", "x".repeat(301)), 422, "title");
        expectRefused(with("titleZh", "云".repeat(301)), 422, "titleZh");
        expectRefused(with("type", null), 422, "type");
        expectRefused(with("domain", "CLOUD.NOPE"), 422, "domain");
        expectRefused(with("committee", "TC99"), 422, "committee");
        expectRefused(with("programme", "NOPE"), 422, "programme");
        expectRefused(with("leadOrganisation", "NOBODY"), 422, "leadOrganisation");
        expectRefused(with("type", "SECTOR"), 422, "type");
        expectRefused(with("international", Map.of("reference", "ISO/IEC 17788:2014")), 422, "international.degree");
        Api.Response badEnum = expectRefused(with("type", "ISO"), 400, "type");
        assertThat(badEnum.text("detail")).contains("GB", "GB_T", "SECTOR");
        Api.Response badDegree = expectRefused(with("international", Map.of("reference", "ISO/IEC 17788:2014", "degree", "EQV")),
                400, "international.degree");
        assertThat(badDegree.text("detail")).contains("IDT", "MOD", "NEQ");
        expectRefused(with("unexpected", "field"), 400, "unexpected");
        expectRefused(with("title", 42), 400, "title");
    }

    @Test
    void malformedOrMistypedBodiesAre4xx() {
        assertProblem(guard.unchangedBy(() -> api.as("secretary").postRaw("/api/standards", "{\"title\": ", MediaType.APPLICATION_JSON)), 400);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").postRaw("/api/standards", "[]", MediaType.APPLICATION_JSON)), 400);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").postRaw("/api/standards", "title=x", MediaType.TEXT_PLAIN)), 415);
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";
        Api.Response tooLarge = guard.unchangedBy(() -> api.as("secretary").postRaw("/api/standards", huge, MediaType.APPLICATION_JSON));
        assertProblem(tooLarge, 413);
        assertThat(tooLarge.text("detail")).contains("larger than");
    }

    // ---- seeing -----------------------------------------------------------------------------------

    @Test
    void workInProgressIsVisibleToItsCommitteeAndProgrammeRolesOnly() {
        long id = registerNational("Visibility of drafts");
        for (String user : List.of("admin", "secretary", "drafter", "reviewer1", "reviewer3", "sac", "miit", "association", "observer")) {
            assertThat(api.as(user).get("/api/standards/" + id).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("secretary2", "enterprise1")) {
            assertProblem(api.as(user).get("/api/standards/" + id), 404);
            assertThat(api.as(user).get("/api/standards?programme=CLOUD-2025&size=500").body().get("items")
                    .findValuesAsText("id")).as(user).doesNotContain(String.valueOf(id));
        }
    }

    @Test
    void publishedStandardsAreVisibleToEveryone() {
        long id = registerNational("Published for everyone");
        toApproval(id);
        publish(id, nextNumber("GB/T"));
        assertThat(api.as("enterprise1").get("/api/standards/" + id).status()).isEqualTo(200);
        assertThat(api.as("secretary2").get("/api/standards/" + id).status()).isEqualTo(200);
        assertThat(api.as("enterprise1").get("/api/standards?stage=PUBLISHED&size=500").body().get("items")
                .findValuesAsText("id")).contains(String.valueOf(id));
    }

    @Test
    void standardsListFiltersAndPages() {
        Map<String, Object> security = nationalStandard("Filtered security standard");
        security.put("domain", "SEC.DATA");
        long sec = register(security);
        long srv = registerNational("Filtered service standard");
        JsonNode byDomain = api.as("observer").get("/api/standards?domain=SEC&size=500").body();
        assertThat(byDomain.get("items").findValuesAsText("id")).contains(String.valueOf(sec)).doesNotContain(String.valueOf(srv));
        JsonNode page = api.as("observer").get("/api/standards?committee=TC28-SC38&page=0&size=1").body();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertProblem(api.as("observer").get("/api/standards?stage=FINISHED"), 400);
        assertProblem(api.as("observer").get("/api/standards?size=100000"), 400);
        assertProblem(api.as("observer").get("/api/standards/abc"), 400);
        assertProblem(api.as("observer").get("/api/standards/987654321"), 404);
    }

    // ---- tasks ----------------------------------------------------------------------------------------

    @Test
    void taskListShowsTheCallersWorkWithItsFormFromTheModel() {
        long id = registerNational("Task list shape");
        complete("secretary", id, "submitProposal");
        passTime(Period.ofDays(30));
        fireDueTimers(id);
        JsonNode task = task("sac", id, "approveProposal");
        assertThat(task.get("name").asText()).isEqualTo("Approve proposal");
        assertThat(task.get("standardId").asLong()).isEqualTo(id);
        assertThat(task.get("stage").asText()).isEqualTo("PROPOSAL");
        assertThat(task.get("candidateGroups").findValuesAsText("")).isEmpty();
        assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("approverSAC");
        assertThat(task.get("outcomes").toString()).isEqualTo("[\"APPROVE\",\"REVISE\",\"REJECT\"]");
        assertThat(task.get("fields").findValuesAsText("id")).containsExactly("planNumber", "comment");
        assertThat(task.get("created").asText()).isNotBlank();
        assertThat(api.as("secretary").get("/api/tasks?standard=" + id).body()).isEmpty();
        assertThat(api.as("miit").get("/api/tasks?standard=" + id).body()).isEmpty();
    }

    @Test
    void aTaskIsSeenAndWorkedOnlyByItsGroupOrAssignee() {
        long id = registerNational("Who works the task");
        String taskId = task("secretary", id, "submitProposal").get("id").asText();
        for (String outsider : List.of("reviewer1", "drafter", "secretary2", "sac", "enterprise1", "observer")) {
            assertProblem(guard.unchangedBy(() -> api.as(outsider).get("/api/tasks/" + taskId)), 404);
            assertProblem(guard.unchangedBy(() -> api.as(outsider).post("/api/tasks/" + taskId + "/claim", Map.of())), 404);
            assertProblem(guard.unchangedBy(() -> api.as(outsider).post("/api/tasks/" + taskId + "/complete", Map.of())), 404);
            assertThat(api.as(outsider).get("/api/tasks").body().findValuesAsText("id")).doesNotContain(taskId);
        }
        assertThat(api.as("admin").get("/api/tasks/" + taskId).status()).as("administrators see every task").isEqualTo(200);
        assertProblem(guard.unchangedBy(() -> api.as("admin").post("/api/tasks/" + taskId + "/complete", Map.of())), 403);
        assertProblem(api.as("secretary").get("/api/tasks/no-such-task"), 404);
    }

    @Test
    void claimingReservesATaskAndCompletingTwiceIsAConflict() {
        long id = registerNational("Claim and complete");
        String taskId = task("secretary", id, "submitProposal").get("id").asText();
        Api.Response claimed = api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.text("assignee")).isEqualTo("secretary");
        Api.Response unclaimed = api.as("secretary").post("/api/tasks/" + taskId + "/unclaim", Map.of());
        assertThat(unclaimed.text("assignee")).isNull();
        api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(api.as("secretary").post("/api/tasks/" + taskId + "/complete", Map.of()).status()).isEqualTo(200);

        Api.Response again = guard.unchangedBy(() -> api.as("secretary").post("/api/tasks/" + taskId + "/complete", Map.of()));
        assertProblem(again, 409);
        assertThat(again.text("detail")).contains("already been completed");
        assertProblem(api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of()), 409);
    }

    @Test
    void aVoteTaskBelongsToItsVoterAlone() {
        long id = registerNational("Personal ballots");
        toTechnicalReview(id);
        String reviewer1Vote = task("reviewer1", id, "castVote").get("id").asText();
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post("/api/tasks/" + reviewer1Vote + "/complete",
                Map.of("vote", "APPROVE"))), 404);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post("/api/tasks/" + reviewer1Vote + "/unclaim", Map.of())), 409);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post("/api/tasks/" + reviewer1Vote + "/complete",
                Map.of("vote", "MAYBE"))), 422);
    }

    @Test
    void completionsAreValidatedAgainstTheModelAndWriteNothingWhenRefused() {
        long id = registerNational("Completion validation");
        complete("secretary", id, "submitProposal");
        passTime(Period.ofDays(30));
        fireDueTimers(id);
        String taskId = task("sac", id, "approveProposal").get("id").asText();
        String path = "/api/tasks/" + taskId + "/complete";

        Api.Response noOutcome = refusedCompletion(path, Map.of(), 422, "outcome");
        assertThat(noOutcome.text("detail")).contains("APPROVE, REVISE, REJECT");
        refusedCompletion(path, Map.of("outcome", "MAYBE"), 422, "outcome");
        refusedCompletion(path, Map.of("outcome", "APPROVE"), 422, "planNumber");
        refusedCompletion(path, Map.of("outcome", "REVISE", "comment", " "), 422, "comment");
        refusedCompletion(path, Map.of("outcome", "APPROVE", "planNumber", 7), 400, "planNumber");
        refusedCompletion(path, Map.of("outcome", "APPROVE", "planNumber", "P-1", "colour", "red"), 400, "colour");
        refusedCompletion(path, Map.of("outcome", "APPROVE", "planNumber", "x".repeat(10_001)), 422, "planNumber");
        assertProblem(guard.unchangedBy(() -> api.as("sac").postRaw(path, "{\"outcome\":", MediaType.APPLICATION_JSON)), 400);
        assertThat(stage(id)).isEqualTo("PROPOSAL");
        complete("sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "P-1"));
    }

    @Test
    void consultationDeadlineMustRespectThePolicyMinimum() {
        long id = registerNational("Consultation deadline");
        submitAndApproveProposal(id);
        complete("drafter", id, "submitDraft");
        String path = "/api/tasks/" + task("secretary", id, "openConsultation").get("id").asText() + "/complete";
        Api.Response tooSoon = refusedCompletion(path, Map.of("commentDeadline", deadlineIn(Period.ofDays(59))), 422, "commentDeadline");
        assertThat(tooSoon.text("detail")).contains("P60D");
        refusedCompletion(path, Map.of("commentDeadline", "2027-01-01"), 422, "commentDeadline");
        refusedCompletion(path, Map.of("commentDeadline", "2027-01-01T10:00:00"), 422, "commentDeadline");
        refusedCompletion(path, Map.of("commentDeadline", "2300-01-01T10:00:00+08:00"), 422, "commentDeadline");
        refusedCompletion(path, Map.of(), 422, "commentDeadline");
        String deadline = deadlineIn(Period.ofDays(75));
        complete("secretary", id, "openConsultation", Map.of("commentDeadline", deadline));
        assertThat(timers(id)).singleElement().extracting(job -> job.getDuedate().toInstant())
                .as("the consultation closes at the deadline's instant").isEqualTo(java.time.OffsetDateTime.parse(deadline).toInstant());
    }

    @Test
    void publicationChecksTheNumberAndTheDates() {
        long id = registerNational("Publication checks");
        toApproval(id);
        complete("secretary", id, "submitForApproval", submissionPackage());
        complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
        String path = "/api/tasks/" + task("sac", id, "publish").get("id").asText() + "/complete";
        String year = String.valueOf(java.time.LocalDate.ofInstant(now(), ZONE).getYear());
        String today = java.time.LocalDate.ofInstant(now(), ZONE).toString();
        Map<String, Object> good = new HashMap<>(Map.of("publishedNumber", "GB/T 49001-" + year,
                "publicationDate", today, "implementationDate", today));

        refusedCompletion(path, with(good, "publishedNumber", "YD/T 1234-" + year), 422, "publishedNumber");
        refusedCompletion(path, with(good, "publishedNumber", "GB/T 49001"), 422, "publishedNumber");
        refusedCompletion(path, with(good, "publishedNumber", "GB/T 49001-1999"), 422, "publishedNumber");
        refusedCompletion(path, with(good, "publishedNumber", "GB/T 49001-" + year + "/ISO/IEC 17788:2014"), 422, "publishedNumber");
        refusedCompletion(path, with(good, "publicationDate", "31/12/2026"), 422, "publicationDate");
        refusedCompletion(path, with(good, "publicationDate", "1899-12-31"), 422, "publicationDate");
        refusedCompletion(path, with(good, "implementationDate", "2126-01-01"), 422, "implementationDate");
        refusedCompletion(path, with(good, "implementationDate", java.time.LocalDate.parse(today).minusDays(1).toString()),
                422, "implementationDate");
        complete("sac", id, "publish", good);
        assertThat(standard(id).get("publishedNumber").asText()).isEqualTo("GB/T 49001-" + year);

        long other = registerNational("Same number twice");
        toApproval(other);
        complete("secretary", other, "submitForApproval", submissionPackage());
        complete("sac", other, "approvePublication", Map.of("outcome", "APPROVE"));
        String otherPath = "/api/tasks/" + task("sac", other, "publish").get("id").asText() + "/complete";
        assertProblem(guard.unchangedBy(() -> api.as("sac").post(otherPath, good)), 409);
    }

    @Test
    void identicalAdoptionsArePublishedWithTheirDualNumber() {
        Map<String, Object> body = nationalStandard("Cloud computing — Reference architecture");
        body.put("international", Map.of("reference", "ISO/IEC 17789:2014", "degree", "IDT"));
        long id = register(body);
        submitAndApproveProposal(id);
        openConsultation(id);
        closeConsultation(id);
        complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        ballotPasses(id);
        complete("secretary", id, "submitForApproval", submissionPackage());
        complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
        var today = java.time.LocalDate.ofInstant(now(), ZONE);
        String plain = "GB/T 49002-" + today.getYear();
        String path = "/api/tasks/" + task("sac", id, "publish").get("id").asText() + "/complete";
        Map<String, Object> publication = new HashMap<>(Map.of("publishedNumber", plain,
                "publicationDate", today.toString(), "implementationDate", today.plusMonths(6).toString()));
        Api.Response refused = refusedCompletion(path, publication, 422, "publishedNumber");
        assertThat(refused.text("detail")).contains(plain + "/ISO/IEC 17789:2014");
        complete("sac", id, "publish", with(publication, "publishedNumber", plain + "/ISO/IEC 17789:2014"));
        assertThat(stage(id)).isEqualTo("PUBLISHED");
    }

    // ---- comments ---------------------------------------------------------------------------------------

    @Test
    void commentsComeFromReviewersWhileTheConsultationIsOpen() {
        long id = registerNational("Comment rules");
        submitAndApproveProposal(id);
        String path = "/api/standards/" + id + "/comments";
        Map<String, Object> comment = Map.of("clause", "4.1", "type", "EDITORIAL", "text", "Typo in the title.");
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, comment)), 409);

        complete("drafter", id, "submitDraft");
        openConsultation(id);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").post(path, comment)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, comment)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, comment)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, with(comment, "type", "RUDE"))), 400);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, with(comment, "text", "x".repeat(10_001)))), 422);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer2").post(path, with(comment, "clause", ""))), 422);

        Api.Response created = api.as("reviewer3").post(path, comment);
        assertThat(created.status()).isEqualTo(201);
        long commentId = created.get("id").asLong();
        assertThat(created.location()).isEqualTo(path + "/" + commentId);
        assertThat(created.text("author")).isEqualTo("reviewer3");
        assertThat(api.as("secretary").get(path + "/" + commentId).text("text")).isEqualTo("Typo in the title.");
        assertThat(api.as("secretary").get(path).body()).hasSize(1);

        String resolution = path + "/" + commentId + "/resolution";
        assertProblem(guard.unchangedBy(() -> api.as("reviewer3").put(resolution, Map.of("resolution", "ACCEPTED"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").put(resolution, Map.of("resolution", "NOT_ACCEPTED"))), 422);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").put(resolution, Map.of("resolution", "MAYBE"))), 400);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").put(path + "/999999/resolution", Map.of("resolution", "ACCEPTED"))), 404);
        Api.Response resolved = api.as("drafter").put(resolution, Map.of("resolution", "PARTIALLY_ACCEPTED", "reason", "Title kept."));
        assertThat(resolved.get("resolution").get("decision").asText()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(resolved.get("resolution").get("resolvedBy").asText()).isEqualTo("drafter");

        closeConsultation(id);
        assertProblem(guard.unchangedBy(() -> api.as("reviewer3").post(path, comment)), 409);
    }

    // ---- cancelling ---------------------------------------------------------------------------------------

    @Test
    void cancellationNeedsTheSecretariatAndAReason() {
        long id = registerNational("Cancellation rules");
        String path = "/api/standards/" + id + "/cancel";
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(path, Map.of("reason", "No"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("sac").post(path, Map.of("reason", "No"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("enterprise1").post(path, Map.of("reason", "No"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, Map.of("reason", "No"))), 404);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of())), 422);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of("reason", "x".repeat(10_001)))), 422);
        assertThat(api.as("admin").post(path, Map.of("reason", "Duplicate registration")).text("stage")).isEqualTo("CANCELLED");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of("reason", "Again"))), 409);
    }

    // ---- audit trail ------------------------------------------------------------------------------------------

    @Test
    void theAuditTrailRecordsActionsAndRefusedAttemptsOnTasks() {
        long id = registerNational("Audited standard");
        String taskId = task("secretary", id, "submitProposal").get("id").asText();
        assertProblem(api.as("admin").post("/api/tasks/" + taskId + "/complete", Map.of()), 403);
        assertProblem(api.as("reviewer1").post("/api/tasks/" + taskId + "/claim", Map.of()), 404);
        api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        complete("secretary", id, "submitProposal");
        assertProblem(api.as("secretary").post("/api/tasks/" + taskId + "/complete", Map.of()), 409);

        JsonNode trail = api.as("secretary").get("/api/standards/" + id + "/audit").body();
        List<String> lines = new java.util.ArrayList<>();
        trail.forEach(e -> lines.add(e.get("actor").asText() + " " + e.get("action").asText() + " " + e.get("outcome").asText()
                + (e.get("status").isNull() ? "" : " " + e.get("status").asInt())));
        assertThat(lines).containsExactly(
                "secretary REGISTER DONE",
                "admin COMPLETE_TASK REFUSED 403",
                "reviewer1 CLAIM_TASK REFUSED 404",
                "secretary CLAIM_TASK DONE",
                "secretary COMPLETE_TASK DONE",
                "secretary COMPLETE_TASK REFUSED 409");
        assertThat(trail.get(4).get("target").asText()).isEqualTo(taskId);
        assertThat(trail.get(4).get("detail").asText()).isEqualTo("submitProposal");
        assertThat(trail.get(0).get("time").asText()).isNotBlank();
    }

    @Test
    void theAuditTrailIsForTheCommitteeAndAdministrators() {
        long id = registerNational("Audit readers");
        for (String user : List.of("admin", "secretary", "drafter", "reviewer2")) {
            assertThat(api.as(user).get("/api/standards/" + id + "/audit").status()).as(user).isEqualTo(200);
        }
        assertProblem(api.as("sac").get("/api/standards/" + id + "/audit"), 403);
        assertProblem(api.as("observer").get("/api/standards/" + id + "/audit"), 403);
        assertProblem(api.as("enterprise1").get("/api/standards/" + id + "/audit"), 404);
        assertProblem(api.as("secretary2").get("/api/standards/" + id + "/audit"), 404);
    }

    // ---- report --------------------------------------------------------------------------------------------

    @Test
    void stageReportCountsEveryStageIncludingZeros() {
        JsonNode before = api.as("observer").get("/api/reports/stages?programme=CLOUD-2025").body();
        registerNational("Counted in the report");
        JsonNode after = api.as("observer").get("/api/reports/stages?programme=CLOUD-2025").body();
        assertThat(after.get("programme").asText()).isEqualTo("CLOUD-2025");
        assertThat(after.get("target").asInt()).isEqualTo(30);
        assertThat(after.get("byStage").fieldNames()).toIterable().containsExactly("PRELIMINARY", "PROPOSAL", "DRAFTING",
                "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL", "PUBLISHED", "IN_FORCE", "PERIODIC_REVIEW", "WITHDRAWN", "CANCELLED");
        assertThat(after.get("byStage").get("PRELIMINARY").asLong()).isEqualTo(before.get("byStage").get("PRELIMINARY").asLong() + 1);
        long sum = 0;
        for (JsonNode count : after.get("byStage")) {
            sum += count.asLong();
        }
        assertThat(after.get("total").asLong()).isEqualTo(sum).isEqualTo(before.get("total").asLong() + 1);
        assertProblem(api.as("observer").get("/api/reports/stages?programme=NOPE"), 404);
        assertProblem(api.as("observer").get("/api/reports/stages"), 400);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private Map<String, Object> with(String field, Object value) {
        return with(nationalStandard("Validation subject"), field, value);
    }

    private static Map<String, Object> with(Map<String, ?> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private Api.Response expectRefused(Map<String, Object> body, int status, String field) {
        Api.Response response = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", body));
        assertProblem(response, status);
        assertThat(response.text("field")).as(response.body().toString()).isEqualTo(field);
        return response;
    }

    private Api.Response refusedCompletion(String path, Map<String, ?> body, int status, String field) {
        String user = path.contains("/tasks/") ? taskUser(path) : "secretary";
        Api.Response response = guard.unchangedBy(() -> api.as(user).post(path, body));
        assertProblem(response, status);
        assertThat(response.text("field")).as(response.body().toString()).isEqualTo(field);
        return response;
    }

    /** The first demo user who may work the task at that path. */
    private String taskUser(String path) {
        String taskId = path.split("/")[3];
        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        var groups = taskService.getIdentityLinksForTask(taskId).stream().map(l -> l.getGroupId()).toList();
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return groups.contains("approverSAC") ? "sac" : groups.contains("secretariatTC28SC38") ? "secretary" : "drafter";
    }

    static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.text("detail")).isNotBlank();
        assertThat(response.body().toString()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ");
    }
}
