package org.stdtrack.promotion;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.persistence.SqlIds;

/** Promotion events, their registrations and certificates. */
@Repository
class PromotionRepository {

    private final JdbcClient jdbc;

    PromotionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- events ----

    long insertEvent(PromotionEvent e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into promotion_event (programme_code, organiser, title, kind, starts_at, ends_at, place, link,
                    capacity, hours, certificate_policy, pass_mark, walk_ins, created_at, created_by, updated_at,
                    updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(params(
                        List.of(e.programme()),
                        described(e),
                        toDb(e.createdAt()),
                        e.createdBy(),
                        toDb(e.createdAt()),
                        e.createdBy()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceStandards(id, e.standards());
        return id;
    }

    void updateEvent(PromotionEvent e, Instant at, String by) {
        jdbc.sql("""
                update promotion_event set organiser = ?, title = ?, kind = ?, starts_at = ?, ends_at = ?, place = ?,
                    link = ?, capacity = ?, hours = ?, certificate_policy = ?, pass_mark = ?, walk_ins = ?,
                    updated_at = ?, updated_by = ? where id = ?""")
                .params(params(List.of(), described(e), toDb(at), by, e.id()))
                .update();
        replaceStandards(e.id(), e.standards());
    }

    /** What is said of an event, in the columns' order from organiser to walk_ins. */
    private static List<Object> described(PromotionEvent e) {
        return Arrays.asList(
                e.organiser(),
                e.title(),
                e.kind().name(),
                toDb(e.startsAt()),
                toDb(e.endsAt()),
                e.place(),
                e.link(),
                e.capacity(),
                e.hours(),
                e.certificatePolicy().name(),
                e.passMark(),
                e.walkIns());
    }

    private static List<Object> params(List<Object> before, List<Object> described, Object... after) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(described);
        all.addAll(Arrays.asList(after));
        return all;
    }

    private void replaceStandards(long eventId, Collection<Long> standards) {
        jdbc.sql("delete from promotion_event_standard where event_id = ?")
                .param(eventId)
                .update();
        for (Long standard : standards) {
            jdbc.sql("insert into promotion_event_standard (event_id, standard_id) values (?, ?)")
                    .params(eventId, standard)
                    .update();
        }
    }

    /** Locks the event's row: registrations, attendance and certificates of one event run one after the other. */
    boolean lock(long id) {
        return !jdbc.sql("select id from promotion_event where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    Optional<PromotionEvent> event(long id) {
        return events("where e.id = ?", List.of(id), 0, 1).stream().findFirst();
    }

    /** A programme's events (of one organiser when named), the soonest first. */
    List<PromotionEvent> events(String programme, String organiser, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(programme));
        String where = "where e.programme_code = ?";
        if (organiser != null) {
            where += " and e.organiser = ?";
            params.add(organiser);
        }
        return events(where, params, offset, limit);
    }

    long count(String programme, String organiser) {
        return jdbc.sql("select count(*) from promotion_event where programme_code = ?"
                        + (organiser == null ? "" : " and organiser = ?"))
                .params(organiser == null ? List.of(programme) : List.of(programme, organiser))
                .query(Long.class)
                .single();
    }

    private List<PromotionEvent> events(String where, List<Object> params, int offset, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(offset);
        all.add(limit);
        List<PromotionEvent> found = jdbc.sql("select * from promotion_event e " + where
                        + " order by e.starts_at, e.id offset ? rows fetch next ? rows only")
                .params(all)
                .query(PromotionRepository::event)
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<Long>> standards = new HashMap<>();
        jdbc.sql("select s.event_id, s.standard_id from promotion_event_standard s join " + SqlIds.TABLE + " on"
                        + " ids.id = s.event_id order by s.event_id, s.standard_id")
                .param(SqlIds.of(found.stream().map(PromotionEvent::id).toList()))
                .query(rs -> {
                    standards
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return found.stream()
                .map(e -> withStandards(e, standards.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static PromotionEvent withStandards(PromotionEvent e, List<Long> standards) {
        return new PromotionEvent(
                e.id(),
                e.programme(),
                e.organiser(),
                e.title(),
                e.kind(),
                List.copyOf(standards),
                e.startsAt(),
                e.endsAt(),
                e.place(),
                e.link(),
                e.capacity(),
                e.hours(),
                e.certificatePolicy(),
                e.passMark(),
                e.walkIns(),
                e.createdAt(),
                e.createdBy());
    }

    private static PromotionEvent event(ResultSet rs, int n) throws SQLException {
        return new PromotionEvent(
                rs.getLong("id"),
                rs.getString("programme_code"),
                rs.getString("organiser"),
                rs.getString("title"),
                PromotionEvent.Kind.valueOf(rs.getString("kind")),
                List.of(),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("place"),
                rs.getString("link"),
                rs.getInt("capacity"),
                rs.getBigDecimal("hours"),
                PromotionEvent.CertificatePolicy.valueOf(rs.getString("certificate_policy")),
                rs.getObject("pass_mark", Integer.class),
                rs.getBoolean("walk_ins"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    List<PromotionEvent> upcomingFor(Set<Long> standardIds, Set<String> committees, Instant now, int limit) {
        if (standardIds.isEmpty() && committees.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select distinct e.id, e.starts_at from promotion_event e
                join promotion_event_standard es on es.event_id = e.id join standard s on s.id = es.standard_id
                where e.ends_at > ? and (s.id = any(?) or s.committee_code in (%s))
                order by e.starts_at, e.id fetch first %d rows only""".formatted(
                        committees.isEmpty() ? "null" : String.join(", ", Collections.nCopies(committees.size(), "?")),
                        limit))
                .params(params(List.of(toDb(now), SqlIds.of(standardIds)), List.copyOf(committees)))
                .query((rs, n) -> rs.getLong(1))
                .list();
        return ids.stream().map(this::event).flatMap(Optional::stream).toList();
    }

    /** The newest events that promote the standard, at most {@code limit}. */
    List<PromotionEvent> promoting(long standardId, int limit) {
        return jdbc
                .sql("select event_id from promotion_event_standard where standard_id = ? order by event_id desc"
                        + " fetch first " + limit + " rows only")
                .param(standardId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::event)
                .flatMap(Optional::stream)
                .toList();
    }

    // ---- registrations ----

    long insertRegistration(long eventId, Registration r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into event_registration (event_id, name, contact, enterprise, credit_code, role, present, minutes,
                    walk_in, registered_at, registered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        eventId,
                        r.name(),
                        r.contact(),
                        r.enterprise(),
                        r.creditCode(),
                        r.role(),
                        r.present(),
                        r.minutes(),
                        r.walkIn(),
                        toDb(r.registeredAt()),
                        r.registeredBy())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long countRegistrations(long eventId) {
        return jdbc.sql("select count(*) from event_registration where event_id = ? and walk_in = false")
                .param(eventId)
                .query(Long.class)
                .single();
    }

    /** The event's registrations, of one enterprise when its credit code is given, in the order they came. */
    List<Registration> registrations(long eventId, String creditCode) {
        return jdbc.sql("select * from event_registration where event_id = ?"
                        + (creditCode == null ? "" : " and credit_code = ?") + " order by id")
                .params(creditCode == null ? List.of(eventId) : List.of(eventId, creditCode))
                .query(PromotionRepository::registration)
                .list();
    }

    /** Who was there: present for the listed registrations, absent for the others of the event. */
    void attendance(long eventId, Collection<Long> present) {
        jdbc.sql("update event_registration set present = false where event_id = ?")
                .param(eventId)
                .update();
        if (!present.isEmpty()) {
            // At most an event's capacity of ids: the array searched per row costs nothing here.
            jdbc.sql("update event_registration set present = true where event_id = ? and id = any(?)")
                    .params(eventId, SqlIds.of(present))
                    .update();
        }
    }

    void signedIn(long registrationId, boolean present, Integer minutes) {
        jdbc.sql("update event_registration set present = ?, minutes = ? where id = ?")
                .params(present, minutes, registrationId)
                .update();
    }

    void score(long registrationId, int score) {
        jdbc.sql("update event_registration set score = ? where id = ?")
                .params(score, registrationId)
                .update();
    }

    private static Registration registration(ResultSet rs, int n) throws SQLException {
        return new Registration(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("enterprise"),
                rs.getString("credit_code"),
                rs.getString("role"),
                rs.getBoolean("present"),
                rs.getObject("minutes", Integer.class),
                rs.getObject("score", Integer.class),
                rs.getBoolean("walk_in"),
                instant(rs, "registered_at"),
                rs.getString("registered_by"));
    }

    /** A registration as the funnel counts it: the enterprise, whether present, and the event it was for. */
    record Participation(String creditCode, boolean present, Instant registeredAt, long eventId) {}

    List<Participation> participations(String programme) {
        return jdbc.sql("""
                select r.credit_code, r.present, r.registered_at, r.event_id from event_registration r
                join promotion_event e on e.id = r.event_id where e.programme_code = ?""")
                .param(programme)
                .query((rs, n) -> new Participation(
                        rs.getString(1), rs.getBoolean(2), instant(rs, "registered_at"), rs.getLong(4)))
                .list();
    }

    /** Every event of the programme with its standards, for the funnel. */
    List<PromotionEvent> allEvents(String programme) {
        return events("where e.programme_code = ?", List.of(programme), 0, Integer.MAX_VALUE);
    }

    /** A certificate as the funnel counts it: its event, issue day and revocation. */
    record Issue(long eventId, LocalDate issuedOn, Instant revokedAt) {}

    List<Issue> issues(String programme) {
        return jdbc.sql("""
                select c.event_id, c.issued_on, c.revoked_at from training_certificate c
                join promotion_event e on e.id = c.event_id where e.programme_code = ?""")
                .param(programme)
                .query((rs, n) -> new Issue(rs.getLong(1), rs.getObject(2, LocalDate.class), instant(rs, "revoked_at")))
                .list();
    }

    // ---- certificates ----

    void insertCertificate(
            String number, long eventId, long registrationId, String verificationCode, LocalDate on, String by) {
        jdbc.sql("""
                insert into training_certificate (number, event_id, registration_id, verification_code, issued_on,
                    issued_by) values (?, ?, ?, ?, ?, ?)""")
                .params(number, eventId, registrationId, verificationCode, on, by)
                .update();
    }

    List<TrainingCertificate> certificatesOf(long eventId) {
        return certificates("where c.event_id = ?", eventId);
    }

    Optional<TrainingCertificate> certificate(String number) {
        return certificates("where c.number = ?", number).stream().findFirst();
    }

    void revoke(String number, Instant at, String by, String reason) {
        jdbc.sql("""
                update training_certificate set revoked_at = ?, revoked_by = ?, revocation_reason = ?
                where number = ? and revoked_at is null""").params(toDb(at), by, reason, number).update();
    }

    private List<TrainingCertificate> certificates(String where, Object param) {
        return jdbc.sql("select c.*, r.name, r.enterprise, r.credit_code from training_certificate c"
                        + " join event_registration r on r.id = c.registration_id " + where + " order by c.number")
                .param(param)
                .query((rs, n) -> new TrainingCertificate(
                        rs.getString("number"),
                        rs.getLong("event_id"),
                        rs.getLong("registration_id"),
                        rs.getString("name"),
                        rs.getString("enterprise"),
                        rs.getString("credit_code"),
                        rs.getString("verification_code"),
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getString("issued_by"),
                        instant(rs, "revoked_at"),
                        rs.getString("revocation_reason")))
                .list();
    }
}
