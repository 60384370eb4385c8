package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.SECTOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestAccounts;
import org.stdtrack.support.WriteGuard;

/**
 * Who may work, hand back and know of a task as an outside review tested it (issue 12): claims follow
 * roles, the secretariat hands back a leaver's claim, a standard's open tasks only for those who may know
 * them, projections that stay true whatever Cockpit or the engine API change, overlong task ids.
 */
abstract class TaskAccessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService engineTasks;

    @Autowired
    private WriteGuard guard;

    @Test
    void aClaimHeldBySomeoneWhoLeftTheCommitteeCanNeitherBeWorkedByThemNorBlockTheirColleagues() throws Exception {
        String leaver = accounts.create("SECRETARIAT", NATIONAL);
        long id = journeys.registerNational("Claimed by a leaver");
        String taskId = journeys.task(leaver, id, "submitProposal").get("id").asText();
        assertThat(api.as(leaver)
                        .post("/api/tasks/" + taskId + "/claim", Map.of())
                        .text("assignee"))
                .isEqualTo(leaver);

        assertThat(api.as("admin")
                        .put(
                                "/api/users/" + leaver + "/roles",
                                List.of(Map.of("role", "SECRETARIAT", "committee", SECTOR)))
                        .status())
                .isEqualTo(200);
        assertThat(guard.unchangedBy(() -> api.as(leaver).post("/api/tasks/" + taskId + "/complete", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(api.as(leaver)
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(journeys.stage(id)).isEqualTo("PRELIMINARY");
        Api.Response list = api.as(leaver).get("/api/tasks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().toString()).doesNotContain(taskId);
        MockHttpServletResponse page = mvc.perform(
                        MockMvcRequestBuilders.get("/tasks").with(user(users.loadUserByUsername(leaver))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus())
                .as("one unreadable row never breaks the list")
                .isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain(taskId);

        // A colleague cannot take it over, but the committee's secretariat hands it back, on the record.
        assertThat(api.as("secretary")
                        .post("/api/tasks/" + taskId + "/complete", Map.of())
                        .status())
                .isEqualTo(409);
        Api.Response handedBack = api.as("secretary").post("/api/tasks/" + taskId + "/unclaim", Map.of());
        assertThat(handedBack.status()).as(handedBack.body().toString()).isEqualTo(200);
        assertThat(handedBack.text("assignee")).isNull();
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/audit")
                        .body()
                        .toString())
                .contains("HAND_BACK_TASK", "submitProposal from " + leaver);
        journeys.complete("secretary", id, "submitProposal");
        assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
    }

    @Test
    void anAdministratorHandsBackAClaimedTaskButTheOtherSecretariatCannot() {
        long id = journeys.registerNational("Handed back by an administrator");
        String taskId =
                journeys.task("secretary", id, "submitProposal").get("id").asText();
        api.as("secretary").post("/api/tasks/" + taskId + "/claim", Map.of());
        assertThat(api.as("secretary2")
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.as("drafter")
                        .post("/api/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(journeys.task("secretary", id, "submitProposal")
                        .get("assignee")
                        .asText())
                .isEqualTo("secretary");
        Api.Response handedBack = api.as("admin").post("/api/tasks/" + taskId + "/unclaim", Map.of());
        assertThat(handedBack.status()).isEqualTo(200);
        assertThat(journeys.task("secretary", id, "submitProposal")
                        .get("assignee")
                        .isNull())
                .isTrue();
        assertThat(api.as("admin")
                        .post("/api/tasks/" + taskId + "/complete", Map.of())
                        .status())
                .as("administrators hand back, they do not work others' tasks")
                .isEqualTo(403);
    }

    @Test
    void aStandardsOpenTasksAreListedOnlyToThoseWhoMayKnowThem() {
        long id = journeys.registerNational("Who has not voted");
        journeys.toTechnicalReview(id);
        journeys.complete("reviewer1", id, "castVote", Map.of("vote", "APPROVE"));
        assertThat(assignees(api.as("secretary").get("/api/standards/" + id)))
                .containsExactlyInAnyOrder("reviewer2", "reviewer3", "reviewer4");
        assertThat(assignees(api.as("admin").get("/api/standards/" + id)))
                .containsExactlyInAnyOrder("reviewer2", "reviewer3", "reviewer4");
        assertThat(assignees(api.as("reviewer2").get("/api/standards/" + id))).containsExactly("reviewer2");
        assertThat(assignees(api.as("reviewer1").get("/api/standards/" + id))).isEmpty();
        assertThat(api.as("observer").get("/api/standards/" + id).get("tasks")).isEmpty();
        assertThat(api.as("sac").get("/api/standards/" + id).toString()).doesNotContain("reviewer3");
    }

    @Test
    void aCockpitModificationSkippingCustomListenersKeepsTheProjectionsTrue() {
        long id = journeys.registerNational("Modified in Cockpit");
        journeys.submitAndApproveProposal(id);
        String process = journeys.processInstance(id);
        // What Cockpit sends for "move the token" with "skip custom listeners" ticked: back through the
        // drafting flow, whose listener records the stage event.
        runtime.createProcessInstanceModification(process)
                .cancelAllForActivity("submitDraft")
                .startTransition("draftingStarts")
                .execute(true, false);
        List<String> engineTasks = this.engineTasks.createTaskQuery().processInstanceId(process).list().stream()
                .map(t -> t.getId())
                .sorted()
                .toList();
        List<String> projected = jdbc.sql("select task_id from open_task where standard_id = ? order by task_id")
                .param(id)
                .query(String.class)
                .list();
        assertThat(projected).isEqualTo(engineTasks).hasSize(1);
        assertThat(journeys.stageCodes(id)).endsWith("10.99", "10.99");
        assertThat(journeys.stage(id)).isEqualTo("DRAFTING");
    }

    @Test
    void candidateGroupsChangedThroughTheEngineReachTheTaskList() {
        long id = journeys.registerNational("Offered to another group");
        String taskId =
                journeys.task("secretary", id, "submitProposal").get("id").asText();
        assertThat(api.as("association").get("/api/tasks?standard=" + id).body())
                .isEmpty();
        engineTasks.addCandidateGroup(taskId, "association");
        assertThat(api.as("association").get("/api/tasks?standard=" + id).body().toString())
                .contains(taskId);
        assertThat(journeys.task("secretary", id, "submitProposal")
                        .get("candidateGroups")
                        .toString())
                .contains("association");
        engineTasks.deleteCandidateGroup(taskId, "association");
        assertThat(api.as("association").get("/api/tasks?standard=" + id).body())
                .isEmpty();
    }

    @Test
    void anOverlongTaskIdIsNotFoundAndTheAttemptIsAudited() {
        String id = "x".repeat(100);
        long before = jdbc.sql("select count(*) from audit_event where outcome = 'REFUSED'")
                .query(Long.class)
                .single();
        Api.Response response = api.as("secretary").post("/api/tasks/" + id + "/complete", Map.of());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from audit_event where outcome = 'REFUSED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    private static List<String> assignees(Api.Response standard) {
        assertThat(standard.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        standard.get("tasks").forEach(t -> names.add(t.get("assignee").asText()));
        return names;
    }
}
