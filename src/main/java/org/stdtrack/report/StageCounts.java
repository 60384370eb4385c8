package org.stdtrack.report;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.standard.Stage;

/**
 * Counts of standards per stage and group. Today's counts read the standards' current stage (kept by
 * the lifecycle in the engine's transaction); a past instant's counts read the stage event of each
 * standard that was current at that instant (from its occurred_at until its superseded_at), so they never
 * change once the instant has passed.
 */
@Repository
class StageCounts {

    /** What a report can be grouped by, and the SQL expression that gives a standard's group. */
    enum GroupBy {
        DOMAIN(
                "case when position('.' in s.domain_code) > 0 then substring(s.domain_code, 1, position('.' in s.domain_code) - 1) else s.domain_code end"),
        TYPE("s.type"),
        COMMITTEE("s.committee_code"),
        /** One group: the programme (a column, not a constant, which PostgreSQL will not group by). */
        NONE("s.programme_code");

        final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }
    }

    private final JdbcClient jdbc;

    StageCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Group key -> stage -> count; every stage present, zeros included. */
    Map<String, Map<Stage, Long>> current(String programme, GroupBy groupBy) {
        return collect(jdbc.sql("select " + groupBy.expression + " as grp, s.stage, count(*) from standard s "
                        + "where s.programme_code = ? group by " + groupBy.expression + ", s.stage")
                .param(programme));
    }

    /** One committee's counts now, of one programme or of all; every stage present, zeros included. */
    Map<Stage, Long> ofCommittee(String committee, String programme) {
        return collect(jdbc.sql("select s.committee_code as grp, s.stage, count(*) from standard s "
                                + "where s.committee_code = ?"
                                + (programme == null ? "" : " and s.programme_code = ?")
                                + " group by s.committee_code, s.stage")
                        .params(programme == null ? List.of(committee) : List.of(committee, programme)))
                .getOrDefault(committee, zeros());
    }

    /** The counts at an instant: the stage event of each standard that was current then. */
    Map<String, Map<Stage, Long>> asOf(String programme, Instant at, GroupBy groupBy) {
        return collect(
                jdbc.sql("""
                select %s as grp, e.to_stage, count(*) from standard s
                join stage_event e on e.standard_id = s.id and e.superseded_at >= ? and e.occurred_at < ?
                where s.programme_code = ?
                group by %s, e.to_stage""".formatted(groupBy.expression, groupBy.expression)).params(toDb(at), toDb(at), programme));
    }

    private static Map<String, Map<Stage, Long>> collect(JdbcClient.StatementSpec query) {
        Map<String, Map<Stage, Long>> groups = new LinkedHashMap<>();
        query.query(rs -> {
            groups.computeIfAbsent(rs.getString(1), g -> zeros()).put(Stage.valueOf(rs.getString(2)), rs.getLong(3));
        });
        return groups;
    }

    static Map<Stage, Long> zeros() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        return counts;
    }
}
