package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.support.Api;
import org.stdtrack.support.OnH2;

/**
 * A search for the start of a standard number finds the standards whose published number starts with it, however
 * it is typed, in the list and the public catalogue; a title that merely mentions the number is not one of them.
 */
@OnH2
class StandardNumberSearchOnH2Test {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStartOfANumberFindsTheStandardsNumberedSo() {
        int serial = 900_000 + (int) (System.nanoTime() % 90_000);
        String programme = "NUM" + serial;
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Number search', '编号检索', 1, date '2027-12-31', 1)",
                programme);
        List<Object[]> rows = List.of(
                new Object[] {programme, "Numbered first", "GB/T " + serial + "-2020"},
                new Object[] {programme, "Numbered second", "GB/T " + serial + ".2-2021"},
                new Object[] {programme, "Mentions GB/T " + serial + " in its title", "GB/T " + (serial + 1) + "-2021"
                });
        jdbc.batchUpdate(
                "insert into standard (programme_code, title, published_number, type, domain_code, committee_code,"
                        + " stage, stage_code, publication_date, created_at, created_by) values (?, ?, ?, 'GB_T',"
                        + " 'SRV.IAAS', 'CCSA-TC1', 'WITHDRAWN', '95.99', date '2021-01-01', current_timestamp,"
                        + " 'test')",
                rows);

        for (String typed : List.of("gb/t" + serial, "GB/T  " + serial, "Gb/t " + serial)) {
            Api.Response found = api.as("admin").get("/api/standards?programme=" + programme + "&q=" + typed);
            assertThat(found.get("items").findValuesAsText("title"))
                    .as(typed)
                    .containsExactlyInAnyOrder("Numbered first", "Numbered second");
        }
        assertThat(api.as("admin")
                        .get("/api/standards?programme=" + programme + "&q=GB/T " + serial + ".2")
                        .get("items")
                        .findValuesAsText("title"))
                .containsExactly("Numbered second");
        assertThat(api.as("admin")
                        .get("/api/standards?programme=" + programme + "&q=GB/T " + serial + "-20")
                        .get("items")
                        .findValuesAsText("title"))
                .containsExactly("Numbered first");
        assertThat(api.as(null)
                        .get("/api/public/standards?q=gb/t" + serial)
                        .get("items")
                        .findValuesAsText("number"))
                .containsExactlyInAnyOrder("GB/T " + serial + "-2020", "GB/T " + serial + ".2-2021");
    }
}
