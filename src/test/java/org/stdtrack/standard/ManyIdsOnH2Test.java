package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.persistence.SqlIds;
import org.stdtrack.support.OnH2;

/**
 * On H2 also the plans: each id of the array is looked up by an index. {@code id = any(?)} and {@code in (?, …)}
 * lists were read with a search of the array for every row (400 ms and 3.4 s for 10,000 standards;
 * docs/benchmarks.md), which these plans would show as a scan.
 */
@OnH2
class ManyIdsOnH2Test extends ManyIdsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachIdIsLookedUpByAnIndex() {
        assertThat(plan(StandardRepository.BY_IDS)).containsPattern("PRIMARY_KEY_\\w*: ID = IDS.ID");
        assertThat(plan(
                        StageHistory.STAGES_AT,
                        Timestamp.valueOf("2026-01-01 00:00:00"),
                        Timestamp.valueOf("2026-01-01 00:00:00")))
                .containsPattern("STAGE_EVENT_\\w+: STANDARD_ID = IDS.ID");
    }

    private String plan(String sql, Object... more) {
        Object[] parameters = new Object[more.length + 1];
        parameters[0] = SqlIds.of(List.of(1L, 2L, 3L));
        System.arraycopy(more, 0, parameters, 1, more.length);
        List<Map<String, Object>> rows = jdbc.queryForList("explain " + sql, parameters);
        return rows.get(0).values().iterator().next().toString();
    }
}
