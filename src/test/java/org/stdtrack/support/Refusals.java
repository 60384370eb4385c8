package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;

/**
 * Requests that must be refused: each is sent as a user who could otherwise make it, must leave every
 * table as it was, and must answer problem details that name the field at fault. A bean of the shared
 * test contexts.
 */
public final class Refusals {

    private final Api api;
    private final WriteGuard guard;
    private final TaskService tasks;

    Refusals(Api api, WriteGuard guard, TaskService tasks) {
        this.api = api;
        this.guard = guard;
        this.tasks = tasks;
    }

    /** Problem details with this status, a useful message, and nothing of the server's insides. */
    public static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.text("detail")).isNotBlank();
        assertThat(response.text("code"))
                .as("the text a client renders in its reader's language")
                .startsWith("problem.");
        assertThat(response.get("arguments").isArray()).isTrue();
        assertThat(response.body().toString())
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("select ");
    }

    /** A registration by the committee's secretariat. */
    public Api.Response ofRegistration(Map<String, Object> body, int status, String field) {
        return refused("secretary", "/api/standards", body, status, field);
    }

    /** A completion (or another command at that path) by someone who may work the task. */
    public Api.Response ofCompletion(String path, Map<String, ?> body, int status, String field) {
        return refused(path.contains("/tasks/") ? taskUser(path) : "secretary", path, body, status, field);
    }

    private Api.Response refused(String user, String path, Map<String, ?> body, int status, String field) {
        Api.Response response = guard.unchangedBy(() -> api.as(user).post(path, body));
        assertProblem(response, status);
        assertThat(response.text("field")).as(response.body().toString()).isEqualTo(field);
        return response;
    }

    /** The first demo user who may work the task at that path. */
    private String taskUser(String path) {
        String taskId = path.split("/")[3];
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        var groups = tasks.getIdentityLinksForTask(taskId).stream()
                .map(link -> link.getGroupId())
                .toList();
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return groups.contains("approverSAC")
                ? "sac"
                : groups.contains("secretariatTC28SC38") ? "secretary" : "drafter";
    }
}
