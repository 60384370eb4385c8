package org.stdtrack.report;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardConditions;

/** What the programme's stage events tell about its pace. */
@Repository
class ProgrammeHistory {

    private final JdbcClient jdbc;

    ProgrammeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Totals(long published, long publishedBefore, long inProgress, long cancelled, long overdue) {}

    Totals totals(String programme, Instant deadline, Instant now) {
        return jdbc.sql("""
                select
                  sum(case when %s then 1 else 0 end),
                  sum(case when exists (select 1 from stage_event e where e.standard_id = s.id
                          and e.to_stage = 'PUBLISHED' and e.occurred_at < ?) then 1 else 0 end),
                  sum(case when %s then 1 else 0 end),
                  sum(case when stage = 'CANCELLED' then 1 else 0 end),
                  sum(case when %s then 1 else 0 end)
                from standard s where programme_code = ?""".formatted(
                                StandardConditions.published("s"),
                                StandardConditions.inDevelopment("s"),
                                StandardConditions.overdue("s")))
                .params(toDb(deadline), toDb(now), programme)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    /** An unpublished, uncancelled standard, its committee, and when it entered its current stage. */
    record InProgress(Forecast.InProgress progress, String committee) {}

    /** Unpublished, uncancelled standards with the time they entered their current stage. */
    List<InProgress> inProgress(String programme) {
        return jdbc.sql("""
                select s.id, s.stage, s.committee_code, max(e.occurred_at) as entered from standard s
                join stage_event e on e.standard_id = s.id and e.to_stage = s.stage
                where s.programme_code = ? and %s
                group by s.id, s.stage, s.committee_code order by s.id""".formatted(StandardConditions.inDevelopment("s")))
                .param(programme)
                .query((rs, n) -> new InProgress(
                        new Forecast.InProgress(rs.getLong(1), Stage.valueOf(rs.getString(2)), instant(rs, "entered")),
                        rs.getString(3)))
                .list();
    }

    /**
     * For each development stage, how long the programme's standards stayed in it before moving on
     * forwards: from first entering it to the first event that left it for a later stage.
     */
    Map<Stage, List<Duration>> stageDurations(String programme) {
        Map<Stage, List<Duration>> durations = new EnumMap<>(Stage.class);
        long[] current = {-1};
        Stage[] stage = {null};
        Instant[] since = {null};
        jdbc.sql("""
                select e.standard_id, e.to_stage, e.occurred_at from stage_event e
                join standard s on s.id = e.standard_id where s.programme_code = ?
                order by e.standard_id, e.occurred_at, e.id""").param(programme).query(rs -> {
            long standard = rs.getLong(1);
            Stage to = Stage.valueOf(rs.getString(2));
            Instant at = instant(rs, "occurred_at");
            if (standard != current[0]) {
                current[0] = standard;
                stage[0] = null;
            }
            if (stage[0] != null && to != stage[0]) {
                if (to.ordinal() > stage[0].ordinal()
                        && to != Stage.CANCELLED
                        && Forecast.DEVELOPMENT.contains(stage[0])) {
                    durations.computeIfAbsent(stage[0], s -> new ArrayList<>()).add(Duration.between(since[0], at));
                }
                stage[0] = null;
            }
            if (stage[0] == null) {
                stage[0] = to;
                since[0] = at;
            }
        });
        return durations;
    }
}
