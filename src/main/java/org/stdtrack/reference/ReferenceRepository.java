package org.stdtrack.reference;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** References as stored: one row per citation. */
@Repository
class ReferenceRepository {

    /** One citation: of a tracked standard ({@code citedStandardId}) or of an outside document. */
    record Row(
            long id,
            long standardId,
            ReferenceKind kind,
            Long citedStandardId,
            String citedDocument,
            Instant createdAt,
            String createdBy) {}

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long standardId, ReferenceKind kind, Long citedStandardId, String citedDocument, Instant at, String by) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into standard_reference (standard_id, kind, cited_standard_id, cited_document, created_at,
                    created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(standardId, kind.name(), citedStandardId, citedDocument, toDb(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Row> find(long standardId, long id) {
        return jdbc.sql("select * from standard_reference where standard_id = ? and id = ?")
                .params(standardId, id)
                .query(ReferenceRepository::row)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("delete from standard_reference where id = ?").param(id).update();
    }

    boolean exists(long standardId, Long citedStandardId, String citedDocument) {
        return jdbc.sql("""
                select count(*) from standard_reference
                where standard_id = ? and (cited_standard_id = ? or upper(cited_document) = upper(?))""")
                        .params(standardId, citedStandardId, citedDocument)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Row> cites(long standardId) {
        return jdbc.sql("select * from standard_reference where standard_id = ? order by id")
                .param(standardId)
                .query(ReferenceRepository::row)
                .list();
    }

    List<Row> citedBy(long citedStandardId) {
        return jdbc.sql("select * from standard_reference where cited_standard_id = ? order by id")
                .param(citedStandardId)
                .query(ReferenceRepository::row)
                .list();
    }

    /** Every reference between two tracked standards of a programme: the edges of its reference graph. */
    List<Row> betweenStandardsOf(String programme) {
        return jdbc.sql("""
                select r.* from standard_reference r join standard s on s.id = r.standard_id
                where s.programme_code = ? and r.cited_standard_id is not null order by r.id""").param(programme).query(ReferenceRepository::row).list();
    }

    /** The normative edges from these standards: one step of the search for a cycle. */
    List<Long> normativelyCitedBy(long standardId) {
        return jdbc.sql("""
                select cited_standard_id from standard_reference
                where standard_id = ? and kind = ? and cited_standard_id is not null""")
                .params(standardId, ReferenceKind.NORMATIVE.name())
                .query(Long.class)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long cited = rs.getLong("cited_standard_id");
        Long citedStandardId = rs.wasNull() ? null : cited;
        return new Row(
                rs.getLong("id"),
                rs.getLong("standard_id"),
                ReferenceKind.valueOf(rs.getString("kind")),
                citedStandardId,
                rs.getString("cited_document"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }
}
