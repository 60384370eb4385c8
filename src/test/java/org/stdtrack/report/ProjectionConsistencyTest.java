package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.deadlineIn;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnPostgres;
import org.stdtrack.tasks.Worklist;

/**
 * Random operations, refused requests and deliberate rollbacks; after every one, the projections the
 * reports read (each standard's stage and history, the open tasks) must equal what the engine itself
 * says. On PostgreSQL; the SQL it runs, H2 runs in the suites of its features (docs/testing.md).
 */
@OnPostgres
class ProjectionConsistencyTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    /** Where the engine's token is, and the stage the projection must then show. */
    private static final Map<String, String> STAGE_AT = Map.ofEntries(
            Map.entry("submitProposal", "PRELIMINARY"),
            Map.entry("proposalCommentPeriodEnded", "PROPOSAL"),
            Map.entry("approveProposal", "PROPOSAL"),
            Map.entry("submitDraft", "DRAFTING"),
            Map.entry("openConsultation", "CONSULTATION"),
            Map.entry("consultationClosed", "CONSULTATION"),
            Map.entry("resolveComments", "CONSULTATION"),
            Map.entry("castVote", "TECHNICAL_REVIEW"),
            Map.entry("decideFailedBallot", "TECHNICAL_REVIEW"),
            Map.entry("submitForApproval", "APPROVAL"),
            Map.entry("reviewSubmission", "APPROVAL"),
            Map.entry("approvePublication", "APPROVAL"),
            Map.entry("publish", "APPROVAL"),
            Map.entry("implementationDateReached", "PUBLISHED"),
            Map.entry("periodicReviewDue", "IN_FORCE"),
            Map.entry("periodicReview", "PERIODIC_REVIEW"),
            Map.entry("reviewBatchSubmitted", "PERIODIC_REVIEW"),
            Map.entry("endorseReviewConclusion", "PERIODIC_REVIEW"),
            Map.entry("decideReviewConclusion", "PERIODIC_REVIEW"),
            Map.entry("withdrawalNoticeEnded", "PERIODIC_REVIEW"));

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repository;

    @Autowired
    Worklist workflowTasks;

    @Autowired
    UserRepository accounts;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> pool = new ArrayList<>();
    private int rollbacks;

    @Test
    void projectionsEqualTheEngineAfterRandomOperationsAndRollbacks() {
        Random random = new Random(20261130);
        for (int step = 0; step < 120; step++) {
            if (pool.size() < 4 || random.nextInt(10) == 0) {
                pool.add(journeys.registerNational("Random walk " + step));
            } else {
                long id = pool.get(random.nextInt(pool.size()));
                switch (random.nextInt(10)) {
                    case 0 -> passTimeAndFireTimers(random);
                    case 1 ->
                        api.as("secretary")
                                .post(
                                        "/api/standards/" + id + "/cancel",
                                        random.nextBoolean() ? Map.of("reason", "Random cancellation") : Map.of());
                    case 2 -> rolledBack(id, random);
                    default -> work(id, random, random.nextInt(5) == 0);
                }
            }
            assertProjectionsEqualTheEngine();
        }
        Set<String> reached = new TreeSet<>();
        for (long id : pool) {
            reached.addAll(jdbc.sql("select to_stage from stage_event where standard_id = ?")
                    .param(id)
                    .query(String.class)
                    .list());
        }
        assertThat(reached).as("the walk went deep enough to mean something").hasSizeGreaterThanOrEqualTo(5);
        assertThat(rollbacks).as("completions rolled back").isGreaterThanOrEqualTo(3);
    }

    /** Time passes: timers fire, and the secretariat submits the review conclusions it has proposed. */
    private void passTimeAndFireTimers(Random random) {
        passTime(Period.ofDays(1 + random.nextInt(60)));
        pool.forEach(journeys::fireDueTimers);
        api.as("secretary").post(journeys.reviewBatch(NATIONAL) + "/submission", Map.of());
    }

    /** Completes one of the standard's tasks: valid input, or deliberately invalid input that is refused. */
    private void work(long id, Random random, boolean invalid) {
        Task task = anyTask(id, random);
        if (task == null) {
            return;
        }
        if (!invalid) {
            uploadDocumentsFor(id, task);
        }
        Api.Response response = api.as(worker(task))
                .post(
                        "/api/tasks/" + task.getId() + "/complete",
                        invalid ? Map.of("outcome", "NOT_AN_OUTCOME") : body(task, random));
        if (invalid) {
            assertThat(response.status()).isBetween(400, 499);
        }
    }

    /** A valid completion, run in a transaction that is then rolled back: nothing of it may remain. */
    private void rolledBack(long id, Random random) {
        Task task = anyTask(id, random);
        if (task == null) {
            return;
        }
        uploadDocumentsFor(id, task);
        var user = accounts.find(worker(task)).orElseThrow();
        rollbacks++;
        try {
            transactions.executeWithoutResult(status -> {
                workflowTasks.complete(user, task.getId(), body(task, random));
                status.setRollbackOnly();
            });
        } catch (RuntimeException refused) {
            // a valid-looking body may still break a rule (e.g. unresolved comments): also a rollback
        }
    }

    /** What the task's gate asks for, as its workers would upload it before completing it. */
    private void uploadDocumentsFor(long id, Task task) {
        switch (task.getTaskDefinitionKey()) {
            case "openConsultation" -> journeys.consultationDocuments(id);
            case "resolveComments" -> journeys.draftForReview(id);
            case "submitForApproval" -> journeys.approvalDocuments(id);
            default -> {}
        }
    }

    private Task anyTask(long id, Random random) {
        List<Task> open = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(id))
                .list();
        return open.isEmpty() ? null : open.get(random.nextInt(open.size()));
    }

    private String worker(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(l -> l.getGroupId())
                .toList();
        return groups.contains("approverSAC")
                ? "sac"
                : groups.contains("approverMIIT")
                        ? "miit"
                        : groups.contains("draftingTC28SC38") ? "drafter" : "secretary";
    }

    private Map<String, Object> body(Task task, Random random) {
        LocalDate today = LocalDate.ofInstant(now(), ZONE);
        Map<String, Object> body = new HashMap<>();
        switch (task.getTaskDefinitionKey()) {
            case "approveProposal", "approvePublication", "reviewSubmission" -> {
                body.put("outcome", pick(random, "APPROVE", "APPROVE", "APPROVE", "REVISE", "REJECT"));
                body.put("planNumber", "RW-" + task.getId());
                body.put("comment", "Random decision");
            }
            case "openConsultation" -> body.put("commentDeadline", deadlineIn(Period.ofDays(61)));
            case "resolveComments" -> {
                body.put("outcome", pick(random, "SUBMIT", "SUBMIT", "REVISE"));
                body.put("comment", "Random decision");
            }
            case "castVote" -> {
                body.put("vote", pick(random, "APPROVE", "APPROVE", "APPROVE_WITH_COMMENTS", "DISAPPROVE", "ABSTAIN"));
                body.put("comment", "Random technical reasons");
            }
            case "decideFailedBallot" -> {
                body.put("outcome", pick(random, "REVISE", "REPEAT", "REJECT"));
                body.put("comment", "Random decision");
            }
            case "publish" -> {
                body.put("publishedNumber", journeys.nextNumber("GB/T"));
                body.put("publicationDate", today.toString());
                body.put(
                        "implementationDate", today.plusDays(random.nextInt(90)).toString());
            }
            case "periodicReview", "decideReviewConclusion" -> {
                body.put("outcome", pick(random, "CONFIRM", "REVISE", "WITHDRAW"));
                body.put("comment", "Random decision");
            }
            case "endorseReviewConclusion" -> {
                body.put("outcome", pick(random, "ENDORSE", "ENDORSE", "RETURN"));
                body.put("comment", "Random endorsement");
            }
            default -> {}
        }
        return body;
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private void assertProjectionsEqualTheEngine() {
        Set<String> engineTasks = new TreeSet<>();
        for (Task task : taskService.createTaskQuery().active().list()) {
            String businessKey = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult()
                    .getBusinessKey();
            Set<String> candidates = new TreeSet<>();
            taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                    .forEach(link -> candidates.add(link.getGroupId()));
            engineTasks.add(task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getName() + " "
                    + task.getProcessDefinitionId() + " " + task.getAssignee() + " " + businessKey + " " + candidates);
        }
        Map<String, Set<String>> projectedCandidates = new HashMap<>();
        jdbc.sql("select task_id, group_id from open_task_candidate").query(rs -> {
            projectedCandidates
                    .computeIfAbsent(rs.getString(1), id -> new TreeSet<>())
                    .add(rs.getString(2));
        });
        Set<String> projected = new TreeSet<>(
                jdbc.sql("select task_id, task_key, name, process_definition_id, assignee, standard_id, subject"
                                + " from open_task")
                        // The business key: a standard's id, or another subject's key (an international ballot).
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getString(4) + " " + rs.getString(5) + " "
                                + (rs.getString(7) != null ? rs.getString(7) : rs.getString(6)) + " "
                                + projectedCandidates.getOrDefault(rs.getString(1), Set.of()))
                        .list());
        assertThat(projected).as("open tasks").isEqualTo(engineTasks);

        Map<String, Long> statistics = new HashMap<>();
        for (var definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (var activity :
                    management.createActivityStatisticsQuery(definition.getId()).list()) {
                statistics.merge(activity.getId(), (long) activity.getInstances(), Long::sum);
            }
        }
        Map<String, Long> projectedPerKey = new HashMap<>();
        jdbc.sql("select task_key, count(*) from open_task group by task_key").query(rs -> {
            projectedPerKey.put(rs.getString(1), rs.getLong(2));
        });
        projectedPerKey.forEach((key, count) -> assertThat(statistics.get(key))
                .as("engine statistics of " + key)
                .isEqualTo(count));

        for (long id : pool) {
            String stage = jdbc.sql("select stage from standard where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            String lastEvent = jdbc.sql(
                            "select to_stage from stage_event where standard_id = ? order by occurred_at desc, id desc limit 1")
                    .param(id)
                    .query(String.class)
                    .single();
            assertThat(stage).as("standard " + id + " and its history").isEqualTo(lastEvent);
            assertValidityChain(id);
            String process = jdbc.sql("select process_instance_id from standard where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            var instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(process)
                    .singleResult();
            if (instance == null) {
                assertThat(stage)
                        .as("standard " + id + " whose process has ended")
                        .isIn("CANCELLED", "WITHDRAWN");
                continue;
            }
            for (String activity : runtime.getActiveActivityIds(process)) {
                if (STAGE_AT.containsKey(activity)) {
                    assertThat(stage)
                            .as("standard " + id + " while the engine is at " + activity)
                            .isEqualTo(STAGE_AT.get(activity));
                }
            }
        }
    }

    /** Each stage event holds until the next one begins; only the last is open-ended (what as-of reads). */
    private void assertValidityChain(long id) {
        List<Instant[]> events = jdbc.sql(
                        "select occurred_at, superseded_at from stage_event where standard_id = ? order by occurred_at, id")
                .param(id)
                .query((rs, n) ->
                        new Instant[] {Timestamps.instant(rs, "occurred_at"), Timestamps.instant(rs, "superseded_at")})
                .list();
        for (int i = 0; i < events.size() - 1; i++) {
            assertThat(events.get(i)[1])
                    .as("standard " + id + ", event " + i + " superseded by the next")
                    .isEqualTo(events.get(i + 1)[0]);
        }
        assertThat(events.get(events.size() - 1)[1])
                .as("standard " + id + ", current event")
                .isEqualTo(Instant.parse("9999-12-31T00:00:00Z"));
    }
}
