package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Admits the proposal package's documents: the proposal (项目建议书) and the draft outline (标准草案或大纲). */
public class V36__proposal_package_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        CheckConstraints.replace(
                context.getConnection(),
                "document",
                "%REVIEW_MINUTES%",
                "document_kind_known",
                "kind in ('PROPOSAL', 'DRAFT_OUTLINE', 'WORKING_DRAFT', 'DRAFT_FOR_COMMENTS', 'DRAFTING_EXPLANATION',"
                        + " 'DRAFT_FOR_REVIEW', 'REVIEW_MINUTES', 'DRAFT_FOR_APPROVAL', 'PUBLISHED_TEXT',"
                        + " 'INTERNATIONAL_SOURCE', 'OTHER')");
    }
}
