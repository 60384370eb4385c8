package org.stdtrack.tasks;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.engine.EngineTasks;
import org.stdtrack.persistence.SqlIds;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.standard.ActionHolders;
import org.stdtrack.standard.StandardRepository;

/**
 * Keeps the open_task table equal to the engine's open tasks. The engine publishes every task event
 * synchronously, inside the transaction of the step that caused it: a rolled-back step leaves no trace
 * here either.
 */
@Component
@Order(0)
class OpenTaskProjection implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final EngineTasks tasks;
    private final StandardRepository standards;
    private final TaskSubjects subjects;

    OpenTaskProjection(JdbcClient jdbc, EngineTasks tasks, StandardRepository standards, TaskSubjects subjects) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.standards = standards;
        this.subjects = subjects;
    }

    @EventListener
    void on(DelegateTask task) {
        // The subject's lock first, as every command and the ballot tally take it: one lock order, no deadlock.
        String businessKey = task.getExecution().getProcessBusinessKey();
        Long standardId = TaskSubjects.standardIdOf(businessKey);
        if (standardId != null) {
            standards.lock(standardId);
        } else {
            subjects.lock(businessKey);
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE ->
                insert(
                        new Row(
                                task.getId(),
                                standardId,
                                standardId == null ? businessKey : null,
                                task.getTaskDefinitionKey(),
                                task.getName(),
                                task.getProcessDefinitionId(),
                                task.getAssignee(),
                                instant(task.getCreateTime()),
                                instant(task.getDueDate())),
                        EngineTasks.candidateGroupsOf(task));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> {
                jdbc.sql("update open_task set assignee = ?, due_at = ? where task_id = ?")
                        .params(task.getAssignee(), toDb(instant(task.getDueDate())), task.getId())
                        .update();
                // An update is also what the engine reports when candidate groups are added or removed.
                replaceCandidates(task.getId(), EngineTasks.candidateGroupsOf(task));
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE ->
                jdbc.sql("delete from open_task where task_id = ?")
                        .param(task.getId())
                        .update();
            default -> {}
        }
    }

    /** An open task as the projection holds it: about a standard, or about another subject (its key). */
    record Row(
            String taskId,
            Long standardId,
            String subject,
            String key,
            String name,
            String processDefinitionId,
            String assignee,
            Instant created,
            Instant due) {}

    /**
     * The business key of an open task's process (its standard's id, or its subject's key): one look-up by key,
     * where the engine would need two queries.
     */
    Optional<String> businessKeyOf(String taskId) {
        return jdbc.sql("select standard_id, subject from open_task where task_id = ?")
                .param(taskId)
                .query((rs, n) ->
                        rs.getString("subject") != null ? rs.getString("subject") : rs.getString("standard_id"))
                .optional();
    }

    /**
     * The open tasks assigned to the user or offered to one of their groups (the engine's own rule of who
     * may see a task), optionally of one standard, soonest due first.
     */
    List<Row> offeredTo(String username, Set<String> groups, Long standardId, int limit) {
        List<Object> params = new ArrayList<>(List.of(username));
        params.addAll(groups);
        if (standardId != null) {
            params.add(standardId);
        }
        return jdbc.sql(offeredSql(groups.size(), standardId != null, limit))
                .params(params)
                .query(OpenTaskProjection::row)
                .list();
    }

    /**
     * The tasks assigned to a user or offered to any of so many groups: each found through its own index, then
     * read by key. (One condition "assigned or offered" made PostgreSQL read every open task, 75,000 nationally, for
     * each task list.) Soonest due first; tasks without a due date after them, oldest first.
     */
    static String offeredSql(int groups, boolean ofOneStandard, int limit) {
        return "select * from open_task t where t.task_id in (select a.task_id from open_task a where a.assignee = ?"
                + (groups == 0
                        ? ""
                        : " union select c.task_id from open_task_candidate c where c.group_id in ("
                                + String.join(", ", Collections.nCopies(groups, "?")) + ")")
                + ")"
                + (ofOneStandard ? " and t.standard_id = ?" : "")
                + " order by case when t.due_at is null then 1 else 0 end, t.due_at, t.created_at, t.task_id limit "
                + limit;
    }

    /** A standard's open tasks, whoever works them, soonest due first (at most {@code limit}). */
    List<Row> ofStandard(long standardId, int limit) {
        return jdbc.sql("""
                        select * from open_task where standard_id = ?
                        order by case when due_at is null then 1 else 0 end, due_at, created_at, task_id limit ?""")
                .params(standardId, limit)
                .query(OpenTaskProjection::row)
                .list();
    }

    static final String OF_STANDARDS = "select t.* from " + SqlIds.TABLE
            + " join open_task t on t.standard_id = ids.id order by t.created_at, t.task_id";

    static final String GROUPS_OF_STANDARDS = "select c.task_id, c.group_id from " + SqlIds.TABLE
            + " join open_task t on t.standard_id = ids.id join open_task_candidate c on c.task_id = t.task_id";

    /**
     * The open tasks of these standards, oldest first: one statement for any number of standards, each found by
     * the standard index ({@link SqlIds}: an {@code in} list of 1,000 is searched row by row on H2).
     */
    List<Row> ofStandards(Collection<Long> standardIds) {
        if (standardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OF_STANDARDS)
                .param(SqlIds.of(standardIds))
                .query(OpenTaskProjection::row)
                .list();
    }

    static final String SUMMARIES_OF_STANDARDS = "select t.standard_id, min(t.created_at) as since,"
            + " min(t.due_at) as soonest_due, min(case when t.task_key = ? then t.due_at end) as ballot_due from "
            + SqlIds.TABLE + " join open_task t on t.standard_id = ids.id group by t.standard_id";

    /**
     * Of each of these standards with an open task: its oldest task's creation, its soonest due date, and the
     * soonest of its tasks of this key (a ballot's votes): one row a standard, however many votes it waits on.
     */
    Map<Long, ActionHolders.Summary> summariesOfStandards(Collection<Long> standardIds, String ballotTaskKey) {
        Map<Long, ActionHolders.Summary> summaries = new HashMap<>();
        if (!standardIds.isEmpty()) {
            jdbc.sql(SUMMARIES_OF_STANDARDS)
                    .params(ballotTaskKey, SqlIds.of(standardIds))
                    .query((RowCallbackHandler) rs -> summaries.put(
                            rs.getLong("standard_id"),
                            new ActionHolders.Summary(
                                    Timestamps.instant(rs, "since"),
                                    Timestamps.instant(rs, "soonest_due"),
                                    Timestamps.instant(rs, "ballot_due"))));
        }
        return summaries;
    }

    /** At most this many values in one {@code in} list, whatever a committee's size. */
    static final int BATCH = 1000;

    static <T> List<List<T>> batches(List<T> values) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < values.size(); from += BATCH) {
            batches.add(values.subList(from, Math.min(values.size(), from + BATCH)));
        }
        return batches;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("task_id"),
                rs.getObject("standard_id", Long.class),
                rs.getString("subject"),
                rs.getString("task_key"),
                rs.getString("name"),
                rs.getString("process_definition_id"),
                rs.getString("assignee"),
                Timestamps.instant(rs, "created_at"),
                Timestamps.instant(rs, "due_at"));
    }

    /**
     * The candidate groups of these standards' open tasks, by task: one query by the standards (a committee's
     * hundreds of standards have thousands of open tasks, ballots' votes among them, most without a group).
     */
    Map<String, Set<String>> candidateGroupsOfStandards(Collection<Long> standardIds) {
        Map<String, Set<String>> groups = new HashMap<>();
        if (!standardIds.isEmpty()) {
            jdbc.sql(GROUPS_OF_STANDARDS).param(SqlIds.of(standardIds)).query((RowCallbackHandler)
                    rs -> addGroup(groups, rs));
        }
        return groups;
    }

    /** The candidate groups of these open tasks, by task, asked {@link #BATCH} task ids at a time. */
    Map<String, Set<String>> candidateGroups(Collection<String> taskIds) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (List<String> batch : batches(List.copyOf(taskIds))) {
            jdbc.sql("select task_id, group_id from open_task_candidate where task_id in ("
                            + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")
                    .params(batch)
                    .query((RowCallbackHandler) rs -> addGroup(groups, rs));
        }
        return groups;
    }

    private static void addGroup(Map<String, Set<String>> groups, ResultSet taskAndGroup) throws SQLException {
        groups.computeIfAbsent(taskAndGroup.getString(1), id -> new TreeSet<>()).add(taskAndGroup.getString(2));
    }

    /**
     * Fills the projection from the engine: every open task when it is empty (first start after the
     * upgrade that added it), and the name, definition and candidates of rows written before they were kept.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean empty =
                jdbc.sql("select count(*) from open_task").query(Long.class).single() == 0;
        List<String> incomplete = jdbc.sql("select task_id from open_task where process_definition_id is null")
                .query(String.class)
                .list();
        if (!empty && incomplete.isEmpty()) {
            return;
        }
        for (var task : tasks.active()) {
            Set<String> groups = tasks.candidateGroups(task.id());
            if (empty) {
                String businessKey = tasks.businessKeyOf(task.id()).orElseThrow();
                Long standardId = TaskSubjects.standardIdOf(businessKey);
                insert(
                        new Row(
                                task.id(),
                                standardId,
                                standardId == null ? businessKey : null,
                                task.key(),
                                task.name(),
                                task.processDefinitionId(),
                                task.assignee(),
                                task.created(),
                                task.due()),
                        groups);
            } else if (incomplete.contains(task.id())) {
                jdbc.sql("update open_task set name = ?, process_definition_id = ? where task_id = ?")
                        .params(task.name(), task.processDefinitionId(), task.id())
                        .update();
                replaceCandidates(task.id(), groups);
            }
        }
    }

    private void insert(Row row, Set<String> candidateGroups) {
        jdbc.sql("""
                insert into open_task (task_id, standard_id, subject, task_key, name, process_definition_id, assignee,
                                       created_at, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        row.taskId(),
                        row.standardId(),
                        row.subject(),
                        row.key(),
                        row.name(),
                        row.processDefinitionId(),
                        row.assignee(),
                        toDb(row.created()),
                        toDb(row.due()))
                .update();
        insertCandidates(row.taskId(), candidateGroups);
    }

    private void replaceCandidates(String taskId, Set<String> groups) {
        jdbc.sql("delete from open_task_candidate where task_id = ?")
                .param(taskId)
                .update();
        insertCandidates(taskId, groups);
    }

    private void insertCandidates(String taskId, Set<String> groups) {
        for (String group : groups) {
            jdbc.sql("insert into open_task_candidate (task_id, group_id) values (?, ?)")
                    .params(taskId, group)
                    .update();
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
