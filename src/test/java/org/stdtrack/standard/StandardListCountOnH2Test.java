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

    @Test
    void aCappedCountCountsOnlyWhatItsReaderMaySee() {
        String word = "Guarded" + System.nanoTime() % 100_000;
        String suffix = String.valueOf(System.nanoTime() % 100_000);
        // A committee, a programme and two accounts of their own: no other suite sees or counts them.
        String committee = "CNT-" + suffix;
        String programme = "CNTV" + suffix;
        String member = "cnt-member-" + suffix;
        String enterprise = "cnt-enterprise-" + suffix;
        jdbc.update(
                "insert into committee (code, level, name_en, name_zh, review_mode) values (?, 'NATIONAL', ?, ?,"
                        + " 'MEETING')",
                committee,
                "Count committee " + suffix,
                "计数委员会" + suffix);
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Count test', '计数测试', 1, date '2027-12-31', 1)",
                programme);
        for (String account : List.of(member, enterprise)) {
            jdbc.update("insert into app_user (username, password, display_name) values (?, 'x', ?)", account, account);
        }
        jdbc.update(
                "insert into user_role (username, role, committee_code) values (?, 'DRAFTING_GROUP', ?)",
                member,
                committee);
        jdbc.update("insert into user_role (username, role) values (?, 'ENTERPRISE')", enterprise);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < StandardRepository.WORDS_COUNTED + 5; i++) {
            rows.add(new Object[] {programme, word + " draft " + i, committee, "DRAFTING", "20.00", null});
        }
        for (int i = 0; i < 3; i++) {
            rows.add(new Object[] {programme, word + " withdrawn " + i, committee, "WITHDRAWN", "95.99", "2020-01-01"});
        }
        jdbc.batchUpdate(
                "insert into standard (programme_code, title, type, domain_code, committee_code, stage, stage_code,"
                        + " publication_date, created_at, created_by) values (?, ?, 'GB_T', 'SRV.IAAS', ?, ?, ?,"
                        + " cast(? as date), current_timestamp, 'test')",
                rows);

        Api.Response asMember = api.as(member).get("/api/standards?size=5&q=" + word.toLowerCase());
        assertThat(asMember.get("total").asLong()).isEqualTo(StandardRepository.WORDS_COUNTED);
        assertThat(asMember.get("more").asBoolean()).isTrue();

        Api.Response asEnterprise = api.as(enterprise).get("/api/standards?size=50&q=" + word.toLowerCase());
        assertThat(asEnterprise.get("total").asLong())
                .as("the drafts of a committee it is not in are neither listed nor counted")
                .isEqualTo(3);
        assertThat(asEnterprise.get("more").asBoolean()).isFalse();
        assertThat(asEnterprise.get("items").findValuesAsText("title"))
                .containsExactlyInAnyOrder(word + " withdrawn 0", word + " withdrawn 1", word + " withdrawn 2");
        assertThat(api.as(enterprise)
                        .fetchIn("en", "/standards?q=" + word.toLowerCase())
                        .text())
                .doesNotContain(word + " draft")
                .doesNotContain("More than 1,000");
    }
}
