package org.stdtrack.standard;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stdtrack.persistence.SqlIds;

/**
 * A standard's stage history (stage_event): each stage change as it happens and an imported past in one batch,
 * both moving the standard's current stage with them, and what the history tells (since when, whether it was
 * ever in a stage, the last periodic review). The record itself is {@link StandardRepository}'s.
 */
@Repository
public class StageHistory {

    private final JdbcClient jdbc;
    /** For batches, which JdbcClient does not write. */
    private final JdbcTemplate batch;

    private final ApplicationEventPublisher events;

    private final StageDataGeneration generation;

    StageHistory(
            JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, StageDataGeneration generation) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.generation = generation;
    }

    /** The superseded_at of each standard's current stage event (see the V8 migration). */
    static final Instant OPEN_END = Instant.parse("9999-12-31T00:00:00Z");

    public boolean hasHistory(long id) {
        return jdbc.sql("select count(*) from stage_event where standard_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Moves the standard and records the event, in the caller's transaction (which holds the standard's
     * lock): the event that was current until now is superseded at this instant.
     */
    public void recordStageChange(long id, Stage from, Stage to, String code, Instant at, String actor, String reason) {
        jdbc.sql("""
                update standard set stage = ?, stage_code = ?,
                    stage_entered_at = case when stage = ? and stage_entered_at is not null then stage_entered_at else ? end
                where id = ?""").params(to.name(), code, to.name(), toDb(at), id).update();
        jdbc.sql("update stage_event set superseded_at = ? where standard_id = ? and superseded_at = ?")
                .params(toDb(at), id, toDb(OPEN_END))
                .update();
        jdbc.sql("""
                insert into stage_event (standard_id, from_stage, to_stage, code, occurred_at, actor, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(), code, toDb(at), actor, reason)
                .update();
        generation.advance();
        events.publishEvent(new StageChanged(id, from, to, code));
    }

    /** A step of an imported standard's past: the stage it entered, with its code, on the file's date. */
    public record ImportedStage(Stage stage, String code, Instant at) {}

    /**
     * The whole history of a standard just brought in from a portfolio file, in the order of its dates and
     * marked as imported: each event superseded by the next, the last one current. One batch, since an
     * import writes thousands.
     */
    public void recordImportedHistory(long id, List<ImportedStage> events, String actor, String reason) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ImportedStage event = events.get(i);
            rows.add(new Object[] {
                id,
                i == 0 ? null : events.get(i - 1).stage().name(),
                event.stage().name(),
                event.code(),
                toDb(event.at()),
                toDb(i + 1 < events.size() ? events.get(i + 1).at() : OPEN_END),
                actor,
                reason
            });
        }
        batch.batchUpdate("""
                insert into stage_event
                    (standard_id, from_stage, to_stage, code, occurred_at, superseded_at, actor, reason, imported)
                values (?, ?, ?, ?, ?, ?, ?, ?, true)""", rows);
        ImportedStage last = events.get(events.size() - 1);
        Instant entered = last.at();
        for (int i = events.size() - 2; i >= 0 && events.get(i).stage() == last.stage(); i--) {
            entered = events.get(i).at();
        }
        jdbc.sql("update standard set stage = ?, stage_code = ?, stage_entered_at = ? where id = ?")
                .params(last.stage().name(), last.code(), toDb(entered), id)
                .update();
        generation.advance();
    }

    /** When the standard's current stage event took effect. */
    public Instant currentStageSince(long id) {
        return jdbc.sql("select occurred_at from stage_event where standard_id = ? and superseded_at = ?")
                .params(id, toDb(OPEN_END))
                .query((rs, n) -> instant(rs, "occurred_at"))
                .single();
    }

    /** The stage event in effect at an instant of each standard of an id array (SqlIds), found by its index. */
    static final String STAGES_AT = "select e.standard_id, e.to_stage from " + SqlIds.TABLE
            + " join stage_event e on e.standard_id = ids.id where e.occurred_at <= ? and e.superseded_at > ?";

    /** Each standard's stage at that instant (the stage event in effect then), for those that had one. */
    public Map<Long, Stage> stagesAt(Collection<Long> ids, Instant at) {
        Map<Long, Stage> stages = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(STAGES_AT)
                    .params(SqlIds.of(ids), toDb(at), toDb(at))
                    .query((rs, n) -> stages.put(rs.getLong(1), Stage.valueOf(rs.getString(2))))
                    .list();
        }
        return stages;
    }

    /** When each of these standards entered its current stage, for those that have a history. */
    public Map<Long, Instant> currentStageSince(Collection<Long> ids) {
        Map<Long, Instant> since = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select e.standard_id, e.occurred_at from " + SqlIds.TABLE
                            + " join stage_event e on e.standard_id = ids.id where e.superseded_at = ?")
                    .params(SqlIds.of(ids), toDb(OPEN_END))
                    .query((rs, n) -> since.put(rs.getLong(1), instant(rs, "occurred_at")))
                    .list();
        }
        return since;
    }

    public List<StageEvent> history(long id) {
        return jdbc.sql("select * from stage_event where standard_id = ? order by occurred_at, id")
                .param(id)
                .query((rs, n) -> new StageEvent(
                        rs.getLong("id"),
                        stageOrNull(rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")),
                        rs.getString("code"),
                        instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        rs.getBoolean("imported")))
                .list();
    }

    /** Whether the standard's history holds that stage. */
    public boolean hasBeenIn(long id, Stage stage) {
        return jdbc.sql("select count(*) from stage_event where standard_id = ? and to_stage = ?")
                        .params(id, stage.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** When its last periodic review concluded (confirmed, revised or amended); empty before the first. */
    public Optional<Instant> lastReviewedAt(long id) {
        return jdbc
                .sql("""
                        select occurred_at from stage_event
                        where standard_id = ? and from_stage = ? and to_stage = ?
                        order by occurred_at desc, id desc""")
                .params(id, Stage.PERIODIC_REVIEW.name(), Stage.IN_FORCE.name())
                .query((rs, n) -> instant(rs, "occurred_at"))
                .list()
                .stream()
                .findFirst();
    }

    private static Stage stageOrNull(String name) {
        return name == null ? null : Stage.valueOf(name);
    }
}
