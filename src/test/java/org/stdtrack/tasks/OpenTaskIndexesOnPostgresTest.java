package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.QueryPlans.explain;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.persistence.SqlIds;
import org.stdtrack.support.OnPostgres;

/**
 * A task list finds the user's tasks through the assignee and candidate-group indexes, not by reading every open
 * task (75,000 nationally). Asked with sequential scans discouraged, so the answer does not depend on the suite's
 * few rows: a plan that must still read the whole table shows it as a scan of it without an index condition.
 */
@OnPostgres
class OpenTaskIndexesOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTaskListReadsItsTasksByTheirIndexes() {
        String plan = explain(
                jdbc,
                transactions,
                OpenTaskProjection.offeredSql(2, false, 500),
                "reviewer",
                "draftingTC28SC38",
                "industryReviewerTC28SC38");
        assertThat(plan).contains("open_task_assignee", "open_task_candidate_group");
        assertThat(plan).as(plan).doesNotContain("Seq Scan", "Filter: ((assignee");
    }

    @Test
    void aDashboardReadsItsStandardsTasksByTheStandardIndex() {
        for (String sql : List.of(OpenTaskProjection.OF_STANDARDS, OpenTaskProjection.GROUPS_OF_STANDARDS)) {
            String plan = explain(jdbc, transactions, sql, SqlIds.of(List.of(1L, 2L, 3L)));
            assertThat(plan).as(plan).contains("open_task_standard").doesNotContain("Seq Scan on open_task ");
        }
        String summaries = explain(
                jdbc, transactions, OpenTaskProjection.SUMMARIES_OF_STANDARDS, "castVote", SqlIds.of(List.of(1L, 2L)));
        assertThat(summaries).as(summaries).contains("open_task_standard").doesNotContain("Seq Scan on open_task ");
    }
}
