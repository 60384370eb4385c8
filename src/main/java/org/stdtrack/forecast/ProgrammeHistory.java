package org.stdtrack.forecast;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageDataGeneration;
import org.stdtrack.standard.StandardConditions;
import org.stdtrack.standard.Track;

/** What the programme's stage events tell about its pace. */
@Repository
public class ProgrammeHistory {

    private final JdbcClient jdbc;

    /** A pace asked about: of a programme, known at an instant, counted from an origin, against a deadline. */
    private record Asked(String programme, Instant asOf, Instant origin, Instant deadline) {}

    /**
     * Paces kept until the stage data changes (decision 0054): a programme of 2,000 standards reads some 10,000
     * stage events for each, and the target report asks for the same one all hour.
     */
    private final StageDataGeneration.Kept<Asked, Pace> paces;

    ProgrammeHistory(JdbcClient jdbc, StageDataGeneration generation) {
        this.jdbc = jdbc;
        this.paces = generation.kept(16);
    }

    /** Standards whose development clock had run out before they were submitted for approval, at that time. */
    public long overdue(String programme, Instant at) {
        return jdbc.sql("select count(*) from standard s where programme_code = ? and "
                        + StandardConditions.overdue("s"))
                .params(programme, toDb(at))
                .query(Long.class)
                .single();
    }

    /**
     * How many of the programme's standards stood at each stage at each of these moments (ascending): one
     * pass over its stage events in time order.
     */
    public List<Map<Stage, Long>> stageCountsAt(String programme, List<Instant> moments) {
        List<Map<Stage, Long>> snapshots = new ArrayList<>();
        Map<Long, Stage> current = new HashMap<>();
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        var cursor = new Object() {
            int next = 0;

            void snapshotBefore(Instant at) {
                while (next < moments.size() && !moments.get(next).isAfter(at)) {
                    snapshots.add(new EnumMap<>(counts));
                    next++;
                }
            }
        };
        jdbc.sql("""
                select e.standard_id, e.to_stage, e.occurred_at from stage_event e
                join standard s on s.id = e.standard_id where s.programme_code = ?
                order by e.occurred_at, e.id""").param(programme).query(rs -> {
            Instant at = instant(rs, "occurred_at");
            cursor.snapshotBefore(at);
            Stage to = Stage.valueOf(rs.getString(2));
            Stage from = current.put(rs.getLong(1), to);
            if (from != null) {
                counts.merge(from, -1L, Long::sum);
            }
            counts.merge(to, 1L, Long::sum);
        });
        cursor.snapshotBefore(Instant.MAX);
        return snapshots;
    }

    /** When the programme's history begins: its first stage event. */
    public Optional<Instant> firstEvent(String programme) {
        return jdbc.sql("""
                select min(e.occurred_at) as first from stage_event e join standard s on s.id = e.standard_id
                where s.programme_code = ?""")
                .param(programme)
                .query((rs, n) -> Optional.ofNullable(instant(rs, "first")))
                .single();
    }

    /** Each of the programme's standards that has been published, with when it first was. */
    public Map<Long, Instant> firstPublication(String programme) {
        Map<Long, Instant> published = new HashMap<>();
        jdbc.sql("""
                select e.standard_id, min(e.occurred_at) as published from stage_event e
                join standard s on s.id = e.standard_id
                where s.programme_code = ? and e.to_stage = ? group by e.standard_id""").params(programme, Stage.PUBLISHED.name()).query(rs -> {
            published.put(rs.getLong(1), instant(rs, "published"));
        });
        return published;
    }

    /**
     * Known until this, everything recorded is known: today's report reads every stage event, whatever the
     * clock (tests move it; a database moved from a server whose clock ran ahead keeps its events).
     */
    public static final Instant EVERYTHING = Instant.parse("9999-12-31T00:00:00Z");

    /** A standard in progress on the day asked about, with its committee (for who may see it). */
    public record Standing(ForecastSimulation.Standing standing, String committee) {}

    /**
     * What was known of the programme's pace at {@code asOf}: every stay in a development stage that had
     * ended by then (how long, and how it ended), where each unfinished standard stood, and how many had been
     * published before the deadline.
     */
    public record Pace(
            List<ForecastSimulation.Episode> episodes,
            List<Standing> inProgress,
            long publishedInTime,
            long published,
            long cancelled) {}

    Pace pace(String programme, Instant asOf, Instant deadline) {
        return pace(programme, asOf, asOf, deadline);
    }

    /**
     * As above, with the time already spent in a stage counted up to {@code origin} (at most {@code asOf}):
     * a forecast made twice within the hour starts from the same moment, and so gives the same answer.
     */
    Pace pace(String programme, Instant asOf, Instant origin, Instant deadline) {
        return paces.get(
                new Asked(programme, asOf, origin, deadline), () -> readPace(programme, asOf, origin, deadline));
    }

    private Pace readPace(String programme, Instant asOf, Instant origin, Instant deadline) {
        List<ForecastSimulation.Episode> episodes = new ArrayList<>();
        List<Standing> inProgress = new ArrayList<>();
        long[] counts = new long[3];
        var walk = new Object() {
            long standard = -1;
            String committee;
            Track track;
            Stage stage;
            Instant since;
            boolean publishedInTime;

            /** The previous standard's state at asOf. */
            void close() {
                if (standard < 0 || stage == null) {
                    return;
                }
                if (stage.isInDevelopment()) {
                    double days = Math.max(0, Duration.between(since, origin).toSeconds() / 86_400.0);
                    inProgress.add(
                            new Standing(new ForecastSimulation.Standing(standard, stage, days, track), committee));
                } else if (stage == Stage.CANCELLED) {
                    counts[2]++;
                } else {
                    counts[1]++;
                }
                counts[0] += publishedInTime ? 1 : 0;
            }
        };
        jdbc.sql("""
                select e.standard_id, e.to_stage, e.occurred_at, s.committee_code, s.track
                from stage_event e join standard s on s.id = e.standard_id
                where s.programme_code = ? and e.occurred_at <= ?
                order by e.standard_id, e.occurred_at, e.id""").params(programme, toDb(asOf)).query(rs -> {
            long standard = rs.getLong(1);
            Stage to = Stage.valueOf(rs.getString(2));
            Instant at = instant(rs, "occurred_at");
            if (standard != walk.standard) {
                walk.close();
                walk.standard = standard;
                walk.committee = rs.getString(4);
                walk.track = Track.valueOf(rs.getString(5));
                walk.stage = null;
                walk.publishedInTime = false;
            }
            if (walk.stage != null && ForecastSimulation.DEVELOPMENT.contains(walk.stage)) {
                episodes.add(episode(walk.stage, Duration.between(walk.since, at), to));
            }
            if (to == Stage.PUBLISHED && at.isBefore(deadline)) {
                walk.publishedInTime = true;
            }
            walk.stage = to;
            walk.since = at;
        });
        walk.close();
        return new Pace(List.copyOf(episodes), List.copyOf(inProgress), counts[0], counts[1], counts[2]);
    }

    /** A stay in a development stage that ended with an event into {@code to}: how it ended. */
    static ForecastSimulation.Episode episode(Stage stage, Duration stay, Stage to) {
        double days = stay.toSeconds() / 86_400.0;
        int from = ForecastSimulation.DEVELOPMENT.indexOf(stage);
        int next = ForecastSimulation.DEVELOPMENT.indexOf(to);
        ForecastSimulation.Ending ending;
        if (to == Stage.CANCELLED) {
            ending = ForecastSimulation.Ending.CANCELLED;
        } else if (to == stage) {
            ending = ForecastSimulation.Ending.REPEAT;
        } else if (next >= 0 && next < from) {
            ending = ForecastSimulation.Ending.BACK;
        } else {
            ending = ForecastSimulation.Ending.FORWARD;
        }
        return new ForecastSimulation.Episode(
                stage, days, ending, ending == ForecastSimulation.Ending.BACK ? to : null);
    }

    /**
     * For each development stage, how long the programme's standards stayed in it before moving on
     * forwards: from first entering it to the first event that left it for a later stage.
     */
    public Map<Stage, List<Duration>> stageDurations(String programme) {
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
                        && ForecastSimulation.DEVELOPMENT.contains(stage[0])) {
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
