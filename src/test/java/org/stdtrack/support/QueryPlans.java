package org.stdtrack.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL's plan for a query, asked with sequential scans discouraged for that transaction only: the plan
 * then shows whether an index can serve the query, whatever the suite's few rows would make cheapest.
 */
public final class QueryPlans {

    private QueryPlans() {}

    public static String explain(JdbcTemplate jdbc, TransactionTemplate transactions, String sql, Object... params) {
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + sql, String.class, params);
        });
        return String.join("\n", plan);
    }
}
