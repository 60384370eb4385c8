package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts every application table (read from the schema) and the engine's runtime state, to prove a refused request wrote nothing.
 * A bean of the shared test contexts ({@link OnH2}, {@link OnPostgres}).
 */
public final class WriteGuard {

    /**
     * Tables a refused request does write, on purpose: the audit trail records each refusal. Every other
     * application table is counted; a new one is counted from its migration on, without being listed here.
     */
    private static final Set<String> WRITTEN_BY_REFUSALS = Set.of("audit_event");

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;

    public WriteGuard(
            JdbcClient jdbc,
            RuntimeService runtime,
            TaskService tasks,
            ManagementService management,
            HistoryService history) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : applicationTables()) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put(
                "resolved comments",
                jdbc.sql("select count(*) from consultation_comment where resolution is not null")
                        .query(Long.class)
                        .single());
        counts.put(
                "review conclusions on their way",
                jdbc.sql("select count(*) from review_conclusion where status <> 'PROPOSED'")
                        .query(Long.class)
                        .single());
        counts.put("engine executions", runtime.createExecutionQuery().count());
        counts.put("engine tasks", tasks.createTaskQuery().count());
        counts.put(
                "engine assigned tasks", tasks.createTaskQuery().taskAssigned().count());
        counts.put("engine jobs", management.createJobQuery().count());
        counts.put("engine variables", runtime.createVariableInstanceQuery().count());
        counts.put(
                "engine history", history.createHistoricActivityInstanceQuery().count());
        return counts;
    }

    /** The application's tables as the schema has them: not the engine's, not Flyway's history. */
    private List<String> applicationTables() {
        return jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                        where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')
                          and lower(table_name) not like 'act\\_%' escape '\\'
                          and lower(table_name) <> 'flyway_schema_history'
                        order by 1""").query(String.class).list().stream()
                .filter(table -> !WRITTEN_BY_REFUSALS.contains(table))
                .toList();
    }

    /** Runs the request and asserts that every count is unchanged afterwards. */
    public <T> T unchangedBy(Supplier<T> request) {
        Map<String, Long> before = snapshot();
        T result = request.get();
        assertThat(snapshot()).as("a refused request must write nothing").isEqualTo(before);
        return result;
    }
}
