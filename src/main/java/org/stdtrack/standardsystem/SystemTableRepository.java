package org.stdtrack.standardsystem;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The system tables' SQL: versions, their nodes, their rows and the history of what filled each row. */
@Repository
class SystemTableRepository {

    private final JdbcClient jdbc;

    SystemTableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertTable(SystemTables.NewTable t, String programme, boolean current, Instant now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into system_table (programme_code, version, title_en, title_zh, published_on, is_current,
                    based_on, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        programme,
                        t.version(),
                        t.titleEn(),
                        t.titleZh(),
                        t.publishedOn() == null ? null : Date.valueOf(t.publishedOn()),
                        current,
                        t.basedOn(),
                        toDb(now),
                        by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<SystemTable> tables(String programme) {
        return jdbc.sql("select * from system_table where programme_code = ? order by version")
                .param(programme)
                .query(SystemTableRepository::table)
                .list();
    }

    Optional<SystemTable> table(String programme, String version) {
        return jdbc.sql("select * from system_table where programme_code = ? and version = ?")
                .params(programme, version)
                .query(SystemTableRepository::table)
                .optional();
    }

    void updateTable(long id, String titleEn, String titleZh) {
        jdbc.sql("update system_table set title_en = ?, title_zh = ? where id = ?")
                .params(titleEn, titleZh, id)
                .update();
    }

    /** Makes this version the programme's current one, and no other. */
    void makeCurrent(String programme, long id) {
        jdbc.sql("update system_table set is_current = (id = ?) where programme_code = ?")
                .params(id, programme)
                .update();
    }

    void insertNode(long tableId, SystemTable.Node node) {
        jdbc.sql("""
                insert into system_node (table_id, code, parent_code, name_en, name_zh, position, retired)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tableId,
                        node.code(),
                        node.parent(),
                        node.nameEn(),
                        node.nameZh(),
                        node.position(),
                        node.retired())
                .update();
    }

    void updateNode(long tableId, SystemTable.Node node) {
        jdbc.sql("""
                update system_node set parent_code = ?, name_en = ?, name_zh = ?, position = ?, retired = ?
                where table_id = ? and code = ?""")
                .params(
                        node.parent(),
                        node.nameEn(),
                        node.nameZh(),
                        node.position(),
                        node.retired(),
                        tableId,
                        node.code())
                .update();
    }

    List<SystemTable.Node> nodes(long tableId) {
        return jdbc.sql("select * from system_node where table_id = ? order by position, code")
                .param(tableId)
                .query((rs, n) -> new SystemTable.Node(
                        rs.getString("code"),
                        rs.getString("parent_code"),
                        rs.getString("name_en"),
                        rs.getString("name_zh"),
                        rs.getInt("position"),
                        rs.getBoolean("retired")))
                .list();
    }

    long insertRow(long tableId, SystemTables.RowRequest r, boolean proposed, Instant now, String by) {
        List<Object> values = new ArrayList<>();
        values.add(tableId);
        values.addAll(described(r));
        values.addAll(Arrays.asList(toDb(now), by, proposed));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into system_row (table_id, node_code, title, title_zh, level, target, priority, target_year,
                    international_counterpart, replaces, external_number, external_status, created_at, created_by,
                    proposed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update(keys, "id");
        return keys.getKey().longValue();
    }

    void accept(long id) {
        jdbc.sql("update system_row set proposed = false where id = ?")
                .param(id)
                .update();
    }

    void updateRow(long id, SystemTables.RowRequest r) {
        List<Object> values = new ArrayList<>(described(r));
        values.addAll(Arrays.asList(r.retiredReason(), id));
        jdbc.sql("""
                update system_row set node_code = ?, title = ?, title_zh = ?, level = ?, target = ?, priority = ?,
                    target_year = ?, international_counterpart = ?, replaces = ?, external_number = ?,
                    external_status = ?, retired_reason = ?
                where id = ?""").params(values).update();
    }

    /** What a request says of a row, in the columns' order from node_code to external_status. */
    private static List<Object> described(SystemTables.RowRequest r) {
        return Arrays.asList(
                r.node(),
                r.title(),
                r.titleZh(),
                r.level().name(),
                Boolean.TRUE.equals(r.target()),
                priority(r).name(),
                r.targetYear(),
                r.internationalCounterpart(),
                r.replaces(),
                r.externalNumber(),
                r.externalStatus() == null ? null : r.externalStatus().name());
    }

    int rowCount(long tableId) {
        return jdbc.sql("select count(*) from system_row where table_id = ?")
                .param(tableId)
                .query(Integer.class)
                .single();
    }

    List<SystemRow> rows(long tableId) {
        return jdbc.sql("select * from system_row where table_id = ? order by node_code, id")
                .param(tableId)
                .query(SystemTableRepository::row)
                .list();
    }

    Optional<SystemRow> row(long tableId, long id) {
        return jdbc.sql("select * from system_row where table_id = ? and id = ?")
                .params(tableId, id)
                .query(SystemTableRepository::row)
                .optional();
    }

    /** A row by its id alone, with the version it belongs to. */
    Optional<Long> tableOfRow(long id) {
        return jdbc.sql("select table_id from system_row where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    Optional<SystemTable> table(long id) {
        return jdbc.sql("select * from system_table where id = ?")
                .param(id)
                .query(SystemTableRepository::table)
                .optional();
    }

    /** The row of the version that the standard fills, if one does. */
    Optional<SystemRow> rowOf(long tableId, long standardId) {
        return jdbc.sql("select * from system_row where table_id = ? and standard_id = ?")
                .params(tableId, standardId)
                .query(SystemTableRepository::row)
                .optional();
    }

    void deleteRow(long id) {
        jdbc.sql("delete from system_row_link where row_id = ?").param(id).update();
        jdbc.sql("delete from system_row where id = ?").param(id).update();
    }

    void link(long rowId, long standardId, Instant now, String by) {
        jdbc.sql("update system_row set standard_id = ? where id = ?")
                .params(standardId, rowId)
                .update();
        jdbc.sql("insert into system_row_link (row_id, standard_id, linked_at, linked_by) values (?, ?, ?, ?)")
                .params(rowId, standardId, toDb(now), by)
                .update();
    }

    void unlink(long rowId, Instant now, String by) {
        jdbc.sql("update system_row_link set unlinked_at = ?, unlinked_by = ? where row_id = ? and unlinked_at is null")
                .params(toDb(now), by, rowId)
                .update();
        jdbc.sql("update system_row set standard_id = null where id = ?")
                .param(rowId)
                .update();
    }

    /** Which standard filled each row of the version at that instant, by row. */
    Map<Long, Long> filledAt(long tableId, Instant at) {
        Map<Long, Long> filled = new HashMap<>();
        jdbc.sql("""
                        select l.row_id, l.standard_id from system_row_link l join system_row r on r.id = l.row_id
                        where r.table_id = ? and l.linked_at <= ? and (l.unlinked_at is null or l.unlinked_at > ?)""")
                .params(tableId, toDb(at), toDb(at))
                .query((rs, n) -> filled.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return filled;
    }

    /** Each time a standard filled the row, the first first; unlinked or cancelled ones included. */
    List<StoredLink> links(long rowId) {
        return jdbc.sql("select * from system_row_link where row_id = ? order by linked_at, id")
                .param(rowId)
                .query((rs, n) -> new StoredLink(
                        rs.getLong("standard_id"),
                        instant(rs, "linked_at"),
                        rs.getString("linked_by"),
                        instant(rs, "unlinked_at"),
                        rs.getString("unlinked_by")))
                .list();
    }

    record StoredLink(long standardId, Instant linkedAt, String linkedBy, Instant unlinkedAt, String unlinkedBy) {}

    private static SystemRow.Priority priority(SystemTables.RowRequest r) {
        return r.priority() == null ? SystemRow.Priority.MEDIUM : r.priority();
    }

    private static SystemTable table(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("published_on");
        return new SystemTable(
                rs.getLong("id"),
                rs.getString("programme_code"),
                rs.getString("version"),
                rs.getString("title_en"),
                rs.getString("title_zh"),
                published == null ? null : published.toLocalDate(),
                rs.getBoolean("is_current"),
                rs.getString("based_on"),
                instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static SystemRow row(ResultSet rs, int n) throws SQLException {
        String external = rs.getString("external_status");
        Long standard = rs.getObject("standard_id") == null ? null : rs.getLong("standard_id");
        return new SystemRow(
                rs.getLong("id"),
                rs.getString("node_code"),
                rs.getString("title"),
                rs.getString("title_zh"),
                SystemRow.Level.valueOf(rs.getString("level")),
                rs.getBoolean("target"),
                SystemRow.Priority.valueOf(rs.getString("priority")),
                (Integer) rs.getObject("target_year"),
                rs.getString("international_counterpart"),
                rs.getString("replaces"),
                rs.getString("external_number"),
                external == null ? null : SystemRow.ExternalStatus.valueOf(external),
                standard,
                rs.getString("retired_reason"),
                instant(rs, "created_at"),
                rs.getBoolean("proposed"));
    }
}
