package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.QueryPlans.explain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.support.OnPostgres;

/**
 * The lookups every standard's JSON and page and the number search make can use an index on PostgreSQL, which
 * (unlike H2) indexes no foreign key by itself: without one each read every standard (150,000 nationally).
 */
@OnPostgres
class StandardIndexesOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theStartOfANumberIsFoundByItsIndex() {
        assertThat(explain(
                        jdbc,
                        transactions,
                        "select id from standard where " + StandardRepository.NUMBER_STARTS,
                        "GB/T 324%"))
                .contains("standard_published_number_starts");
    }

    @Test
    void aWordAnywhereInATitleOrNumberIsFoundByTheTrigramIndexes() {
        String plan = explain(
                jdbc,
                transactions,
                "select id from standard where " + StandardRepository.WORDS_ANYWHERE,
                "%cloud%",
                "%cloud%",
                "%cloud%",
                "%cloud%");
        assertThat(plan)
                .contains(
                        "standard_title_words",
                        "standard_title_zh_words",
                        "standard_plan_number_words",
                        "standard_published_number_words");
    }

    @Test
    void aCommitteesStandardsInDevelopmentAreFoundByCommitteeAndStage() {
        assertThat(explain(jdbc, transactions, StandardRepository.AT_STAGE.formatted(""), "TC28-SC38", "DRAFTING", 50))
                .contains("standard_committee_stage");
    }

    @Test
    void aStandardsRevisionsAreFoundByTheirIndex() {
        assertThat(explain(jdbc, transactions, StandardRepository.REVISIONS, 1L))
                .contains("standard_revision_of");
    }
}
