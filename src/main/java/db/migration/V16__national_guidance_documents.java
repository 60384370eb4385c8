package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Admits GB/Z (national guidance documents) as a standard type; V1 declared the type's check inline. */
public class V16__national_guidance_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        CheckConstraints.replace(
                context.getConnection(),
                "standard",
                "%GB_T%",
                "standard_type_known",
                "type in ('GB', 'GB_T', 'GB_Z', 'SECTOR')");
    }
}
