package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stores a document's chunks as each database streams them best, as measured (docs/benchmarks.md). On H2
 * they become BLOBs, written to H2's LOB storage as they arrive: as binary varying they stayed in the rows
 * of H2's store, which holds an open transaction's rows in memory (a 50 MB upload raised the live heap by
 * about 165 MB). On PostgreSQL {@code bytea} stays, stored without compression: drafts are compressed files
 * already, and PostgreSQL's attempts at them cost a third of the upload's time.
 */
public class V20__document_chunk_storage extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 =
                context.getConnection().getMetaData().getDatabaseProductName().equals("H2");
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute(
                    h2
                            ? "alter table document_chunk alter column bytes set data type blob"
                            : "alter table document_chunk alter column bytes set storage external");
        }
    }
}
