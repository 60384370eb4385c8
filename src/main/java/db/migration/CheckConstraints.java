package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a check constraint that an earlier migration declared inline, which H2 and PostgreSQL named
 * differently: it is found by its clause and replaced by one with a name of its own.
 */
final class CheckConstraints {

    private CheckConstraints() {}

    static void replace(Connection connection, String table, String clauseLike, String newName, String newCheck)
            throws SQLException {
        List<String> old = new ArrayList<>();
        try (var query = connection.prepareStatement("""
                select tc.constraint_name from information_schema.table_constraints tc
                join information_schema.check_constraints cc
                  on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
                where lower(tc.table_name) = ? and tc.constraint_type = 'CHECK' and cc.check_clause like ?""")) {
            query.setString(1, table);
            query.setString(2, clauseLike);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    old.add(rows.getString(1));
                }
            }
        }
        if (old.size() != 1) {
            throw new IllegalStateException(
                    "expected one check constraint on " + table + " like " + clauseLike + ", found " + old);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table " + table + " drop constraint \"" + old.get(0) + "\"");
            ddl.execute("alter table " + table + " add constraint " + newName + " check (" + newCheck + ")");
        }
    }
}
