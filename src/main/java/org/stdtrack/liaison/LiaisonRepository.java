package org.stdtrack.liaison;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Liaisons, the standards and projects they are about, and their responses. */
@Repository
class LiaisonRepository {

    private final JdbcClient jdbc;

    LiaisonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Liaison l) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into liaison (direction, from_body, to_body, committee_code, subject, received_on, sent_on,
                    response_due, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        l.direction().name(),
                        l.from(),
                        l.to(),
                        l.committee(),
                        l.subject(),
                        l.receivedOn(),
                        l.sentOn(),
                        l.responseDue(),
                        toDb(l.createdAt()),
                        l.createdBy())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        l.standards()
                .forEach(s -> jdbc.sql("insert into liaison_standard (liaison_id, standard_id) values (?, ?)")
                        .params(id, s)
                        .update());
        l.projects()
                .forEach(p -> jdbc.sql("insert into liaison_project (liaison_id, project_id) values (?, ?)")
                        .params(id, p)
                        .update());
        return id;
    }

    void processStarted(long id, String processInstanceId) {
        jdbc.sql("update liaison set process_instance_id = ? where id = ?")
                .params(processInstanceId, id)
                .update();
    }

    void respond(long id, String response, Instant at, String by) {
        jdbc.sql("update liaison set response = ?, responded_at = ?, responded_by = ? where id = ?")
                .params(response, toDb(at), by, id)
                .update();
    }

    boolean lock(long id) {
        return !jdbc.sql("select id from liaison where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    Optional<Liaison> find(long id) {
        return read("l.id = ?", List.of(id), 1).stream().findFirst();
    }

    /** Newest first, of these committees (all when null), optionally about one standard; at most {@code limit}. */
    List<Liaison> of(List<String> committees, Long standardId, int limit) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (committees != null) {
            if (committees.isEmpty()) {
                return List.of();
            }
            clauses.add("l.committee_code in (" + String.join(", ", Collections.nCopies(committees.size(), "?")) + ")");
            params.addAll(committees);
        }
        if (standardId != null) {
            clauses.add("exists (select 1 from liaison_standard x where x.liaison_id = l.id and x.standard_id = ?)");
            params.add(standardId);
        }
        return read(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params, limit);
    }

    /** Incoming statements unanswered after their due day, by receiving committee. */
    Map<String, Long> pastDueByCommittee(LocalDate today) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select committee_code, count(*) from liaison where direction = 'INCOMING'
                        and response_due < ? and responded_at is null group by committee_code""").param(today).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private List<Liaison> read(String where, List<Object> params, int limit) {
        Map<Long, Liaison> found = new LinkedHashMap<>();
        jdbc.sql("select * from liaison l where " + where + " order by l.id desc limit " + limit)
                .params(params)
                .query(rs -> {
                    found.put(
                            rs.getLong("id"),
                            new Liaison(
                                    rs.getLong("id"),
                                    Liaison.Direction.valueOf(rs.getString("direction")),
                                    rs.getString("from_body"),
                                    rs.getString("to_body"),
                                    rs.getString("committee_code"),
                                    rs.getString("subject"),
                                    rs.getObject("received_on", LocalDate.class),
                                    rs.getObject("sent_on", LocalDate.class),
                                    rs.getObject("response_due", LocalDate.class),
                                    new ArrayList<>(),
                                    new ArrayList<>(),
                                    rs.getString("response"),
                                    instant(rs, "responded_at"),
                                    rs.getString("responded_by"),
                                    instant(rs, "created_at"),
                                    rs.getString("created_by")));
                });
        if (found.isEmpty()) {
            return List.of();
        }
        String ids = String.join(", ", Collections.nCopies(found.size(), "?"));
        jdbc.sql("select liaison_id, standard_id from liaison_standard where liaison_id in (" + ids
                        + ") order by standard_id")
                .params(List.copyOf(found.keySet()))
                .query(rs -> {
                    found.get(rs.getLong(1)).standards().add(rs.getLong(2));
                });
        jdbc.sql("select liaison_id, project_id from liaison_project where liaison_id in (" + ids
                        + ") order by project_id")
                .params(List.copyOf(found.keySet()))
                .query(rs -> {
                    found.get(rs.getLong(1)).projects().add(rs.getLong(2));
                });
        return List.copyOf(found.values());
    }
}
