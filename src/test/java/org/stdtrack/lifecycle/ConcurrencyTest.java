package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * Requests that race each other on real threads against the real database: exactly one of two
 * conflicting actions wins, the other gets 409, and the history records exactly what happened.
 */
abstract class ConcurrencyTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    private static final int ROUNDS = 10;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void aTaskCompletedTwiceAtTheSameMomentMovesTheStandardOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = journeys.registerNational("Double submission " + round);
            String path = "/api/tasks/"
                    + journeys.task("secretary", id, "submitProposal").get("id").asText() + "/complete";
            List<Api.Response> responses = race(
                    () -> api.as("secretary").post(path, Map.of()),
                    () -> api.as("secretary").post(path, Map.of()));
            assertThat(responses)
                    .as(responses.toString())
                    .extracting(Api.Response::status)
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(journeys.stageCodes(id))
                    .as("exactly one stage event for the one completion")
                    .containsExactly("00.00", "10.00");
            assertThat(journeys.openTaskKeys(id)).as("exactly one evaluation").containsExactly("approveProposal");
        }
    }

    @Test
    void theLastTwoVotesRacingTheBallotsCloseCountOnce() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            long id = journeys.registerNational("Last votes " + round);
            journeys.toTechnicalReview(id);
            journeys.complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
            journeys.complete("reviewer2", id, "castVote", Map.of("vote", "APPROVE"));
            String third = "/api/tasks/"
                    + journeys.task("reviewer3", id, "castVote").get("id").asText() + "/complete";
            String fourth = "/api/tasks/"
                    + journeys.task("reviewer4", id, "castVote").get("id").asText() + "/complete";
            List<Api.Response> responses = race(
                    () -> api.as("reviewer3").post(third, Map.of("vote", "APPROVE")),
                    () -> api.as("reviewer4").post(fourth, Map.of("vote", "APPROVE")));
            assertThat(responses).extracting(Api.Response::status).contains(200).allMatch(s -> s == 200 || s == 409);
            long recorded = jdbc.sql(
                            "select count(*) from ballot_vote v join ballot b on b.id = v.ballot_id where b.standard_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
            long accepted = responses.stream().filter(r -> r.status() == 200).count();
            assertThat(recorded).as("a vote answered 409 was not counted").isEqualTo(2 + accepted);
            if (accepted == 1) {
                String loser = responses.get(0).status() == 409 ? "reviewer3" : "reviewer4";
                journeys.complete(loser, id, "castVote", Map.of("vote", "APPROVE"));
            }
            assertThat(journeys.stage(id)).isEqualTo("APPROVAL");
            assertThat(journeys.stageCodes(id)).as("the ballot closed once").containsOnlyOnce("40.99");
            assertThat(jdbc.sql("select count(*) from ballot where standard_id = ? and closed_at is not null")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aVoteAfterTheDeadlineIsRefusedWhetherOrNotTheTimerHasRunAndTheBallotClosesOnce() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            long id = journeys.registerNational("Vote against the clock " + round);
            journeys.toTechnicalReview(id);
            for (String voter : List.of("reviewer1", "reviewer2", "reviewer3")) {
                journeys.complete(voter, id, "castVote", Map.of("vote", "APPROVE"));
            }
            String last = "/api/tasks/"
                    + journeys.task("reviewer4", id, "castVote").get("id").asText() + "/complete";
            Job deadline = journeys.timers(id).get(0);
            passTime(Period.ofDays(31));
            // The job executor does not run in tests: the deadline's timer is still waiting, the ballot is closed.
            Api.Response late = api.as("reviewer4").post(last, Map.of("vote", "DISAPPROVE", "comment", "Too late"));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.text("detail")).contains("The ballot closed at");
            List<Object> results = race(
                    () -> api.as("reviewer4")
                            .post(last, Map.of("vote", "APPROVE"))
                            .status(),
                    () -> {
                        try {
                            management.executeJob(deadline.getId());
                            return "timer fired";
                        } catch (RuntimeException e) {
                            return "timer lost";
                        }
                    });
            assertThat(results).as("a late vote never wins").containsExactly(409, "timer fired");
            assertThat(jdbc.sql(
                                    "select count(*) from ballot_vote v join ballot b on b.id = v.ballot_id where b.standard_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from ballot where standard_id = ? and closed_at is not null")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .as("the ballot closed once")
                    .isEqualTo(1);
            // Three votes of the roll's five members (the drafter recused): under 3/4 of all members, so the
            // ballot fails and the secretariat decides (the national rule counts participation on all members).
            assertThat(journeys.stage(id)).as("3 of 5 members fail").isEqualTo("TECHNICAL_REVIEW");
            assertThat(journeys.openTaskKeys(id)).contains("decideFailedBallot");
            assertThat(journeys.stageCodes(id)).as("never passed").doesNotContain("40.99");
        }
    }

    @Test
    void twoPublicationsRacingForOneNumberHaveOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            long first = journeys.registerNational("Number race A " + round);
            long second = journeys.registerNational("Number race B " + round);
            List<String> paths = new ArrayList<>();
            for (long id : List.of(first, second)) {
                journeys.toApproval(id);
                journeys.submitForApproval(id);
                journeys.complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
                paths.add("/api/tasks/"
                        + journeys.task("sac", id, "publish").get("id").asText() + "/complete");
            }
            String number = journeys.nextNumber("GB/T");
            var today = LocalDate.ofInstant(now(), ZONE);
            Map<String, Object> body = Map.of(
                    "publishedNumber",
                    number,
                    "publicationDate",
                    today.toString(),
                    "implementationDate",
                    today.plusMonths(6).toString());
            List<Integer> statuses = race(
                    () -> api.as("sac").post(paths.get(0), body).status(),
                    () -> api.as("sac").post(paths.get(1), body).status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(jdbc.sql("select count(*) from standard where published_number = ?")
                            .param(number)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aResolutionRacingTheSubmissionEitherCountsOrIsRefused() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            long id = journeys.registerNational("Resolution against submission " + round);
            journeys.submitAndApproveProposal(id);
            journeys.complete("drafter", id, "submitDraft");
            journeys.openConsultation(id);
            long comment = api.as("reviewer1")
                    .post(
                            "/api/standards/" + id + "/comments",
                            Map.of("clause", "1", "type", "EDITORIAL", "text", "Typo."))
                    .get("id")
                    .asLong();
            journeys.closeConsultation(id);
            String resolution = "/api/standards/" + id + "/comments/" + comment + "/resolution";
            api.as("drafter").put(resolution, Map.of("resolution", "ACCEPTED"));
            journeys.draftForReview(id);
            String submit = "/api/tasks/"
                    + journeys.task("drafter", id, "resolveComments").get("id").asText() + "/complete";
            List<Integer> statuses = race(
                    () -> api.as("drafter")
                            .put(resolution, Map.of("resolution", "NOT_ACCEPTED", "reason", "Changed our mind"))
                            .status(),
                    () -> api.as("drafter")
                            .post(submit, Map.of("outcome", "SUBMIT"))
                            .status());
            assertThat(statuses.get(1)).isEqualTo(200);
            String recorded = jdbc.sql("select resolution from consultation_comment where id = ?")
                    .param(comment)
                    .query(String.class)
                    .single();
            // Refused (409, the stage moved on) or in before the submission: never rewritten after it.
            assertThat(recorded).isEqualTo(statuses.get(0) == 200 ? "NOT_ACCEPTED" : "ACCEPTED");
            if (statuses.get(0) == 200) {
                assertThat(lastAuditId(id, "RESOLVE_COMMENT")).isLessThan(lastAuditId(id, "COMPLETE_TASK"));
            } else {
                assertThat(statuses.get(0)).isEqualTo(409);
            }
        }
    }

    @Test
    void anAdoptionRacingAWithdrawalNeverLandsOnAWithdrawnStandard() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = journeys.registerNational("Adoption against withdrawal " + round);
            journeys.toInForce(id);
            passTime(Period.ofYears(5));
            assertThat(journeys.fireDueTimers(id)).isEqualTo(1);
            // The withdrawal takes effect when its public notice ends, by the engine's timer.
            journeys.concludeReview(id, "WITHDRAW", "Superseded");
            passTime(Period.ofDays(30));
            Map<String, Object> declaration = Map.of(
                    "enterprise",
                    "E-Cloud",
                    "creditCode",
                    "91110108MA01ECL0U5",
                    "scope",
                    "All regions",
                    "productsOrServices",
                    "Compute",
                    "implementedOn",
                    LocalDate.ofInstant(now(), ZONE).minusDays(1).toString(),
                    "evidence",
                    "https://example.com/evidence");
            List<Integer> statuses = race(
                    () -> api.as("enterprise1")
                            .post("/api/standards/" + id + "/adoptions", declaration)
                            .status(),
                    () -> journeys.fireDueTimers(id));
            assertThat(statuses.get(1)).isEqualTo(1);
            assertThat(journeys.stage(id)).isEqualTo("WITHDRAWN");
            if (statuses.get(0) == 201) {
                assertThat(jdbc.sql("select count(*) from adoption where standard_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .as("declared while the standard was in force, before the withdrawal took effect")
                        .isEqualTo(1);
            } else {
                assertThat(statuses.get(0)).isEqualTo(409);
                assertThat(jdbc.sql("select count(*) from adoption where standard_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .isZero();
            }
        }
    }

    @Test
    void twoAdministratorsAddingRolesAtOnceKeepBoth() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String name = "racedroles" + round + System.nanoTime() % 100000;
            assertThat(api.as("admin")
                            .post(
                                    "/api/users",
                                    Map.of(
                                            "username",
                                            name,
                                            "displayName",
                                            name,
                                            "password",
                                            "a long password",
                                            "roles",
                                            List.of(Map.of("role", "OBSERVER"))))
                            .status())
                    .isEqualTo(201);
            race(() -> addRole(name, "ASSOCIATION"), () -> addRole(name, "APPROVER_SAC"));
            assertThat(api.as("admin").get("/api/users/" + name).get("roles").findValuesAsText("role"))
                    .containsExactlyInAnyOrder("OBSERVER", "ASSOCIATION", "APPROVER_SAC");
        }
    }

    private int addRole(String user, String role) throws Exception {
        return mvc.perform(post("/admin/users/" + user + "/roles/add")
                        .param("role", role)
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** The latest audit record of that action on the standard: ids follow the order of commits under its lock. */
    private long lastAuditId(long standardId, String action) {
        return jdbc.sql("select max(id) from audit_event where standard_id = ? and action = ? and outcome = 'DONE'")
                .params(standardId, action)
                .query(Long.class)
                .single();
    }

    @Test
    void aCancellationRacingACompletionLeavesOneConsistentStory() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = journeys.registerNational("Cancel or submit " + round);
            String path = "/api/tasks/"
                    + journeys.task("secretary", id, "submitProposal").get("id").asText() + "/complete";
            List<Api.Response> responses = race(
                    () -> api.as("secretary").post(path, Map.of()),
                    () -> api.as("secretary")
                            .post("/api/standards/" + id + "/cancel", Map.of("reason", "Withdrawn by the proposer")));
            Api.Response completion = responses.get(0);
            Api.Response cancellation = responses.get(1);
            assertThat(cancellation.status()).as(responses.toString()).isIn(200, 409);
            assertThat(completion.status()).as(responses.toString()).isIn(200, 409);
            assertThat(completion.status() == 200 || cancellation.status() == 200)
                    .isTrue();
            List<String> codes = journeys.stageCodes(id);
            if (cancellation.status() == 409) {
                assertThat(codes).containsExactly("00.00", "10.00");
                assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
            } else if (completion.status() == 409) {
                assertThat(codes).containsExactly("00.00", "00.98");
            } else {
                assertThat(codes).as("one after the other").containsExactly("00.00", "10.00", "10.98");
            }
            if (cancellation.status() == 200) {
                assertThat(journeys.stage(id)).isEqualTo("CANCELLED");
                assertThat(journeys.timers(id)).isEmpty();
                assertThat(journeys.openTaskKeys(id)).isEmpty();
            }
        }
    }

    /** Starts both at the same instant and returns their results in order. */
    @SafeVarargs
    private <T> List<T> race(Callable<? extends T>... contenders) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<? extends T>> futures = new ArrayList<>();
        for (Callable<? extends T> contender : contenders) {
            futures.add(pool.submit(() -> {
                start.await();
                return contender.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<? extends T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
