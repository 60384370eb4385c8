package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stdtrack.support.Api;
import org.stdtrack.support.OnH2;

/**
 * The list of a programme's standards published by a day, which the dashboard's "published before the deadline"
 * opens: those with a stage event into PUBLISHED before the day ends in the programme's time zone (Asia/Shanghai),
 * as the target report counts them, whatever their stage now; not those published later, nor those that came in
 * force without being published here (an import of a standard already in force).
 */
@OnH2
class PublishedByOnH2Test {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private final String programme = "PUBBY" + System.nanoTime() % 100_000;

    @Test
    void theListCountsWhatTheTargetCountsAsPublishedByItsDeadline() {
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Published by', '按期发布', 4, date '2027-12-31', 1)",
                programme);
        standard("In time, withdrawn since", "WITHDRAWN", "2027-06-01T08:00:00Z");
        standard("On the last evening in Beijing", "IN_FORCE", "2027-12-31T15:59:00Z");
        standard("Just after midnight in Beijing", "IN_FORCE", "2027-12-31T16:01:00Z");
        standard("A year late", "PUBLISHED", "2028-12-01T08:00:00Z");
        standard("Imported in force", "IN_FORCE", null);

        String byDeadline = api.as("admin")
                .fetchIn("en", "/standards?programme=" + programme + "&publishedBy=2027-12-31")
                .text();
        assertThat(byDeadline)
                .contains("In time, withdrawn since", "On the last evening in Beijing")
                .doesNotContain("Just after midnight in Beijing", "A year late", "Imported in force")
                .contains("<p class=\"count\">2 standards</p>")
                .contains("Published on or before 2027-12-31");
        assertThat(api.as("admin")
                        .fetchIn("en", "/standards?programme=" + programme + "&published=true")
                        .text())
                .as("every standard in a published stage, whenever it got there")
                .contains("<p class=\"count\">5 standards</p>");
        assertThat(api.as("admin")
                        .fetchIn("zh", "/standards?programme=" + programme + "&publishedBy=2027-12-31")
                        .text())
                .contains("于 2027-12-31 当日或之前发布");
    }

    @Test
    void anyReaderSeesTheSameStandardsPublishedByADay() {
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'Published by', '按期发布', 1, date '2027-12-31', 1)",
                programme);
        standard("Published in time for everyone", "IN_FORCE", "2027-03-01T08:00:00Z");
        standard("Published late for everyone", "IN_FORCE", "2028-03-01T08:00:00Z");
        for (String reader : new String[] {"enterprise1", "secretary2"}) {
            assertThat(api.as(reader)
                            .fetchIn("en", "/standards?programme=" + programme + "&publishedBy=2027-12-31")
                            .text())
                    .as(reader)
                    .contains("Published in time for everyone", "<p class=\"count\">1 standards</p>")
                    .doesNotContain("Published late for everyone");
        }
    }

    @Test
    void aDayOutsideTheProgrammesCenturyOrNotADayIsRefused() {
        for (String day : new String[] {
            "-999999999-01-01", "+999999999-12-31", "1999-12-31", "2100-01-01", "2027-13-45", "x".repeat(5_000)
        }) {
            assertThat(api.as("admin").fetch("/standards?publishedBy=" + day).status())
                    .as(day)
                    .isBetween(400, 499);
        }
    }

    private void standard(String title, String stage, String publishedAt) {
        jdbc.update(
                "insert into standard (programme_code, title, type, domain_code, committee_code, stage, stage_code,"
                        + " created_at, created_by) values (?, ?, 'GB_T', 'SRV.IAAS', 'CCSA-TC1', ?, '60.60',"
                        + " current_timestamp, 'test')",
                programme,
                title,
                stage);
        long id = jdbc.queryForObject(
                "select id from standard where programme_code = ? and title = ?", Long.class, programme, title);
        if (publishedAt != null) {
            jdbc.update(
                    "insert into stage_event (standard_id, from_stage, to_stage, code, occurred_at, actor)"
                            + " values (?, 'APPROVAL', 'PUBLISHED', '60.60', ?, 'test')",
                    id,
                    OffsetDateTime.parse(publishedAt));
        }
    }
}
