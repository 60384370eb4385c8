package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.persistence.SqlIds;
import org.stdtrack.support.OnH2;

/**
 * The open tasks of a dashboard's thousands of standards are found standard by standard through the index: an
 * {@code in} list of 1,000 ids was searched for every row of the table on H2 (most of a committee dashboard's
 * time; docs/benchmarks.md, "Who acts next"), which the plan would show as a scan with the list as condition.
 */
@OnH2
class OpenTaskIdsOnH2Test {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachStandardsTasksAreLookedUpByTheStandardIndex() {
        assertThat(plan(OpenTaskProjection.OF_STANDARDS)).containsPattern("OPEN_TASK_STANDARD: STANDARD_ID = IDS.ID");
        assertThat(plan(OpenTaskProjection.GROUPS_OF_STANDARDS))
                .containsPattern("OPEN_TASK_STANDARD: STANDARD_ID = IDS.ID")
                .doesNotContain(" IN(");
        assertThat(jdbc.queryForObject(
                        "explain " + OpenTaskProjection.SUMMARIES_OF_STANDARDS,
                        String.class,
                        "castVote",
                        SqlIds.of(List.of(1L, 2L, 3L))))
                .as("a dashboard's summaries of its standards")
                .containsPattern("OPEN_TASK_STANDARD: STANDARD_ID = IDS.ID");
    }

    private String plan(String sql) {
        return jdbc.queryForObject("explain " + sql, String.class, SqlIds.of(List.of(1L, 2L, 3L)));
    }
}
