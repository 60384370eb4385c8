package org.stdtrack.tasks;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was decided on each completed task, and the note written with it: the record the decision pages read
 * the notes from (the secretariat's with a submission, a department's opinion). Written in the completion's
 * transaction.
 */
@Repository
public class TaskDecisions {

    /** A completed task's decision (null for a task without one), its note (or null), who and when. */
    public record Decision(String decision, String note, String decidedBy, Instant decidedAt) {}

    private final JdbcClient jdbc;

    TaskDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long standardId, String taskKey, String decision, String note, String by, Instant at) {
        jdbc.sql("""
                insert into task_decision (standard_id, task_key, decision, note, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?)""").params(standardId, taskKey, decision, note, by, toDb(at)).update();
    }

    /** The latest completion of that task on the standard. */
    public Optional<Decision> latest(long standardId, String taskKey) {
        return jdbc
                .sql("""
                select decision, note, decided_by, decided_at from task_decision
                where standard_id = ? and task_key = ?
                order by decided_at desc, id desc
                fetch first 1 rows only""")
                .params(standardId, taskKey)
                .query((rs, n) -> new Decision(
                        rs.getString("decision"),
                        rs.getString("note"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at")))
                .list()
                .stream()
                .findFirst();
    }
}
