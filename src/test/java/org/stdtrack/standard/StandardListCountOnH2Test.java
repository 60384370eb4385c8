package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.support.Api;
import org.stdtrack.support.OnH2;

/**
 * The standards list counts a word search up to {@link StandardRepository#WORDS_COUNTED} and then says there are
 * more (a common word matches much of a national programme, and no index counts it); filters alone count exactly.
 */
@OnH2
class StandardListCountOnH2Test {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWordSearchCountsUpToItsCapAndSaysThereAreMoreWhileFiltersCountExactly() {
        String word = "Plentiful" + System.nanoTime() % 100_000;
        // Withdrawn standards of a programme of their own: no other suite counts them, no timer waits for them.
        String programme = "CNT" + System.nanoTime() % 100_000;
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Count test', '计数测试', 1, date '2027-12-31', 1)",
                programme);
        int standards = StandardRepository.WORDS_COUNTED + 5;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < standards; i++) {
            rows.add(new Object[] {programme, word + " " + i});
        }
        jdbc.batchUpdate(
                "insert into standard (programme_code, title, type, domain_code, committee_code, stage, stage_code,"
                        + " publication_date, created_at, created_by) values (?, ?, 'GB_T', 'SRV.IAAS', 'CCSA-TC1',"
                        + " 'WITHDRAWN', '95.99', date '2020-01-01', current_timestamp, 'test')",
                rows);

        Api.Response searched = api.as("admin").get("/api/standards?size=5&q=" + word.toLowerCase());
        assertThat(searched.get("total").asLong()).isEqualTo(StandardRepository.WORDS_COUNTED);
        assertThat(searched.get("more").asBoolean()).isTrue();
        JsonNode items = searched.get("items");
        assertThat(items).hasSize(5);
        assertThat(items.get(0).get("title").asText()).startsWith(word);

        Api.Response filtered = api.as("admin").get("/api/standards?size=5&programme=" + programme);
        assertThat(filtered.get("total").asLong())
                .as("filters alone count exactly")
                .isEqualTo(standards);
        assertThat(filtered.get("more").asBoolean()).isFalse();

        assertThat(api.as("admin")
                        .fetchIn("en", "/standards?q=" + word.toLowerCase())
                        .text())
                .contains("More than 1,000 standards");
        assertThat(api.as("admin")
                        .fetchIn("zh", "/standards?q=" + word.toLowerCase())
                        .text())
                .contains("超过 1,000 项标准");
    }
}
