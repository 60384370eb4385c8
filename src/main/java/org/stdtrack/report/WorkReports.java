package org.stdtrack.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stdtrack.forecast.ForecastSimulation;
import org.stdtrack.forecast.ProgrammeHistory;
import org.stdtrack.liaison.Liaisons;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.plan.WorkPlans;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.PlanFreeze;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardConditions;

/** How long the stages take, and where work is late. */
@Service
class WorkReports {

    private final ReferenceData referenceData;
    private final ProgrammeHistory history;
    private final JdbcClient jdbc;
    private final ProgrammeClock clock;
    private final PlanFreeze freeze;
    private final Liaisons liaisons;

    WorkReports(
            ReferenceData referenceData,
            ProgrammeHistory history,
            JdbcClient jdbc,
            ProgrammeClock clock,
            PlanFreeze freeze,
            Liaisons liaisons) {
        this.freeze = freeze;
        this.liaisons = liaisons;
        this.referenceData = referenceData;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Days a completed stay in the stage took: median and 90th percentile; null when none completed yet. */
    record CycleTime(int completed, Long medianDays, Long p90Days) {}

    record CycleTimes(String programme, Map<Stage, CycleTime> stages) {}

    /**
     * {@code frozenStandards}: overdue past the policy's freeze, their tasks refused until a plan change;
     * {@code behindWorkPlan}: past a target of their work plan they have not reached.
     */
    record CommitteeWork(
            String committee,
            long openTasks,
            long tasksPastDue,
            long overdueStandards,
            long frozenStandards,
            long behindWorkPlan,
            /** Liaison statements the committee received and has not answered after their response was due. */
            long liaisonsPastDue) {}

    record OverdueWork(String programme, List<CommitteeWork> committees) {}

    CycleTimes cycleTimes(String programme) {
        Programme p = referenceData.requireProgramme(programme);
        Map<Stage, List<Duration>> measured = history.stageDurations(p.code());
        Map<Stage, CycleTime> stages = new LinkedHashMap<>();
        for (Stage stage : ForecastSimulation.DEVELOPMENT) {
            List<Duration> samples = new ArrayList<>(measured.getOrDefault(stage, List.of()));
            samples.sort(null);
            stages.put(
                    stage,
                    samples.isEmpty()
                            ? new CycleTime(0, null, null)
                            : new CycleTime(
                                    samples.size(),
                                    percentile(samples, 50).toDays(),
                                    percentile(samples, 90).toDays()));
        }
        return new CycleTimes(p.code(), stages);
    }

    OverdueWork overdue(String programme) {
        Programme p = referenceData.requireProgramme(programme);
        Instant now = clock.now();
        Map<String, long[]> perCommittee = new LinkedHashMap<>();
        referenceData.committees().forEach(c -> perCommittee.put(c.code(), new long[5]));
        jdbc.sql("""
                select s.committee_code, count(*), sum(case when t.due_at < ? then 1 else 0 end)
                from open_task t join standard s on s.id = t.standard_id where s.programme_code = ?
                group by s.committee_code""").params(Timestamps.toDb(now), p.code()).query(rs -> {
            perCommittee.get(rs.getString(1))[0] = rs.getLong(2);
            perCommittee.get(rs.getString(1))[1] = rs.getLong(3);
        });
        jdbc.sql("select committee_code, count(*) from standard where programme_code = ? and "
                        + StandardConditions.overdue(null) + " group by committee_code")
                .params(p.code(), Timestamps.toDb(now))
                .query(rs -> {
                    perCommittee.get(rs.getString(1))[2] = rs.getLong(2);
                });
        jdbc.sql("select committee_code, count(*) from standard where programme_code = ? and "
                        + StandardConditions.overdue(null) + " group by committee_code")
                .params(p.code(), Timestamps.toDb(freeze.frozenIfDueBefore()))
                .query(rs -> {
                    perCommittee.get(rs.getString(1))[3] = rs.getLong(2);
                });
        jdbc.sql("select s.committee_code, count(*) from standard s where s.programme_code = ? and "
                        + WorkPlans.behindSql() + " group by s.committee_code")
                .params(p.code(), clock.today())
                .query(rs -> {
                    perCommittee.get(rs.getString(1))[4] = rs.getLong(2);
                });
        Map<String, Long> liaisonsPastDue = liaisons.pastDueByCommittee();
        List<CommitteeWork> committees = perCommittee.entrySet().stream()
                .map(e -> new CommitteeWork(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3],
                        e.getValue()[4],
                        liaisonsPastDue.getOrDefault(e.getKey(), 0L)))
                .toList();
        return new OverdueWork(p.code(), committees);
    }

    /** Nearest-rank percentile of sorted values. */
    static Duration percentile(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
