package org.stdtrack.consultation;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.standard.Stage;
import org.stdtrack.tasks.Agenda;

/**
 * The consultations a reviewer may comment on now: drafts of the committees they review for, whose latest
 * round is open. Commenting is no task of the engine's, so "My tasks" learns of it here.
 */
@Component
class ConsultationsOpenToComment implements Agenda {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationsOpenToComment(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> itemsFor(AppUser user) {
        List<String> committees = user.grants().stream()
                .filter(g -> g.role().isReviewer())
                .map(RoleGrant::committee)
                .distinct()
                .toList();
        if (committees.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(committees);
        params.add(Stage.CONSULTATION.name());
        params.add(toDb(clock.instant()));
        params.add(MAX_ITEMS);
        return jdbc.sql("select s.id, s.title, s.title_zh, c.closes_at from consultation c"
                        + " join standard s on s.id = c.standard_id"
                        + " where s.committee_code in ("
                        + String.join(", ", committees.stream().map(c -> "?").toList())
                        + ") and s.stage = ? and c.closes_at > ?"
                        + " and c.round = (select max(l.round) from consultation l where l.standard_id = c.standard_id)"
                        + " order by c.closes_at, s.id limit ?")
                .params(params)
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("title_zh"),
                        "agenda.comment",
                        instant(rs, "closes_at"),
                        "comments"))
                .list();
    }
}
