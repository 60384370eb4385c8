package org.stdtrack.patent;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.stdtrack.patent.PatentDisclosure.Decision;
import org.stdtrack.patent.PatentDisclosure.Licensing;
import org.stdtrack.patent.PatentDisclosure.Outcome;
import org.stdtrack.patent.PatentDisclosure.Version;
import org.stdtrack.standard.StandardConditions;

/** Disclosures, their versions and decisions; a disclosure is read whole (every version), newest version on top. */
@Repository
class PatentRepository {

    private final JdbcClient jdbc;

    PatentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long standardId, Instant now, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into patent_disclosure (standard_id, created_at, created_by) values (?, ?, ?)")
                .params(standardId, toDb(now), actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertVersion(
            long disclosureId, int version, PatentDisclosures.DisclosureRequest r, Instant now, String actor) {
        jdbc.sql("""
                insert into patent_disclosure_version (disclosure_id, version, holder, patent_number, title,
                    jurisdiction, licensing, disclosed_on, document_version, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        disclosureId,
                        version,
                        r.holder().strip(),
                        r.patentNumber().strip(),
                        r.title().strip(),
                        r.jurisdiction().strip(),
                        r.licensing().name(),
                        r.disclosedOn(),
                        PatentDisclosures.blank(r.documentVersion())
                                ? null
                                : r.documentVersion().strip(),
                        toDb(now),
                        actor)
                .update();
    }

    void withdraw(long disclosureId, Instant now, String actor, String reason) {
        jdbc.sql("update patent_disclosure set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? where id = ?")
                .params(toDb(now), actor, reason, disclosureId)
                .update();
    }

    void decide(long disclosureId, int version, Outcome outcome, String reason, Instant now, String actor) {
        jdbc.sql("""
                insert into patent_decision (disclosure_id, version, outcome, reason, decided_at, decided_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(disclosureId, version, outcome.name(), reason, toDb(now), actor)
                .update();
    }

    /** Every disclosure of these standards, oldest first. */
    List<PatentDisclosure> of(Collection<Long> standardIds) {
        if (standardIds.isEmpty()) {
            return List.of();
        }
        return read(
                "d.standard_id in (" + String.join(", ", Collections.nCopies(standardIds.size(), "?")) + ")",
                List.copyOf(standardIds));
    }

    /**
     * Disclosures whose holder contains the text (any case) and, if given, of one standard: of published
     * standards, and of standards in development of these committees (of every committee when null); at most
     * {@code limit}.
     */
    List<PatentDisclosure> search(String holder, Long standardId, List<String> committees, int limit) {
        String visible = committees == null
                ? "1 = 1"
                : committees.isEmpty()
                        ? StandardConditions.published("s")
                        : "(" + StandardConditions.published("s") + " or s.committee_code in ("
                                + String.join(", ", Collections.nCopies(committees.size(), "?")) + "))";
        StringBuilder where = new StringBuilder("d.id in (select d2.id from patent_disclosure d2"
                + " join standard s on s.id = d2.standard_id where " + visible);
        List<Object> params = new ArrayList<>(committees == null ? List.of() : committees);
        if (holder != null) {
            where.append(" and exists (select 1 from patent_disclosure_version v2 where v2.disclosure_id = d2.id"
                    + " and lower(v2.holder) like ? escape '\\')");
            params.add("%"
                    + holder.strip()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%");
        }
        if (standardId != null) {
            where.append(" and d2.standard_id = ?");
            params.add(standardId);
        }
        where.append(" order by d2.id limit ").append(limit).append(")");
        return read(where.toString(), params);
    }

    private List<PatentDisclosure> read(String where, List<Object> params) {
        Map<Long, List<Version>> versions = new HashMap<>();
        jdbc.sql("select v.* from patent_disclosure_version v join patent_disclosure d on d.id = v.disclosure_id where "
                        + where + " order by v.disclosure_id, v.version desc")
                .params(params)
                .query(rs -> {
                    versions.computeIfAbsent(rs.getLong("disclosure_id"), id -> new ArrayList<>())
                            .add(new Version(
                                    rs.getInt("version"),
                                    rs.getString("holder"),
                                    rs.getString("patent_number"),
                                    rs.getString("title"),
                                    rs.getString("jurisdiction"),
                                    Licensing.valueOf(rs.getString("licensing")),
                                    rs.getObject("disclosed_on", java.time.LocalDate.class),
                                    rs.getString("document_version"),
                                    instant(rs, "recorded_at"),
                                    rs.getString("recorded_by")));
                });
        Map<Long, Decision> decisions = new HashMap<>();
        jdbc.sql("select x.* from patent_decision x join patent_disclosure d on d.id = x.disclosure_id where " + where
                        + " order by x.disclosure_id, x.version")
                .params(params)
                .query(rs -> {
                    decisions.put(
                            rs.getLong("disclosure_id"),
                            new Decision(
                                    rs.getInt("version"),
                                    Outcome.valueOf(rs.getString("outcome")),
                                    rs.getString("reason"),
                                    instant(rs, "decided_at"),
                                    rs.getString("decided_by")));
                });
        Map<Long, PatentDisclosure> disclosures = new LinkedHashMap<>();
        jdbc.sql("select d.* from patent_disclosure d where " + where + " order by d.id")
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("id");
                    List<Version> history = versions.getOrDefault(id, List.of());
                    Version latest = history.get(0);
                    disclosures.put(
                            id,
                            new PatentDisclosure(
                                    id,
                                    rs.getLong("standard_id"),
                                    latest.version(),
                                    latest.holder(),
                                    latest.patentNumber(),
                                    latest.title(),
                                    latest.jurisdiction(),
                                    latest.licensing(),
                                    latest.disclosedOn(),
                                    latest.documentVersion(),
                                    latest.recordedAt(),
                                    latest.recordedBy(),
                                    instant(rs, "withdrawn_at"),
                                    rs.getString("withdrawal_reason"),
                                    decisions.get(id),
                                    List.copyOf(history)));
                });
        return List.copyOf(disclosures.values());
    }
}
