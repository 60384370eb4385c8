package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.support.OnPostgres;

/**
 * The lookups every standard's JSON and page and the number search make can use an index on PostgreSQL, which (unlike H2) indexes no
 * foreign key by itself: without one each read every standard (150,000 nationally). The planner is asked with
 * sequential scans discouraged for this transaction only, so the answer does not depend on the suite's few rows.
 */
@OnPostgres
class StandardIndexesOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theStartOfANumberIsFoundByItsIndex() {
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList(
                    "explain select id from standard where " + StandardRepository.NUMBER_STARTS,
                    String.class,
                    "GB/T 324%");
        });
        assertThat(String.join("\n", plan)).contains("standard_published_number_starts");
    }

    @Test
    void aStandardsRevisionsAreFoundByTheirIndex() {
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + StandardRepository.REVISIONS, String.class, 1L);
        });
        assertThat(String.join("\n", plan)).contains("standard_revision_of");
    }
}
