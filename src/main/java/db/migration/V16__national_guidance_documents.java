package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Admits GB/Z (national guidance documents) as a standard type. The type's check constraint was declared
 * inline in V1, so H2 and PostgreSQL named it differently; it is found by its clause and replaced by one
 * with a name of its own.
 */
public class V16__national_guidance_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> old = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("""
                        select tc.constraint_name from information_schema.table_constraints tc
                        join information_schema.check_constraints cc
                          on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
                        where lower(tc.table_name) = 'standard' and tc.constraint_type = 'CHECK'
                          and cc.check_clause like '%GB_T%'""")) {
            while (rows.next()) {
                old.add(rows.getString(1));
            }
        }
        if (old.size() != 1) {
            throw new IllegalStateException("expected one check constraint on standard.type, found " + old);
        }
        try (Statement ddl = connection.createStatement()) {
            for (String name : old) {
                ddl.execute("alter table standard drop constraint \"" + name + "\"");
            }
            ddl.execute("alter table standard add constraint standard_type_known"
                    + " check (type in ('GB', 'GB_T', 'GB_Z', 'SECTOR'))");
        }
    }
}
