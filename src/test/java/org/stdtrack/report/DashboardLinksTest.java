package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/**
 * Every count of the dashboard opens the list it counts, and the list shows that many; under a verdict other than
 * "on track", the standards least likely to be published in time are listed with their chance and what they
 * wait in. On the demo programme; composition only, so on H2.
 */
@OnH2
class DashboardLinksTest {

    private static final Pattern COUNT_LINK = Pattern.compile(
            "<a [^>]*href=\"(/standards\\?programme=CLOUD-2025[^\"]*)\"[^>]*>(?:[^<\\d]*: )?(\\d+)</a>");
    private static final Pattern LIST_COUNT = Pattern.compile("<p class=\"count\">(\\d+) standards</p>");

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Test
    void everyCountOpensTheListOfWhatItCounts() {
        String dashboard = api.as("observer")
                .fetchIn("en", "/dashboard?programme=CLOUD-2025")
                .text();
        Matcher link = COUNT_LINK.matcher(dashboard);
        List<String> checked = new ArrayList<>();
        while (link.find()) {
            String href = link.group(1).replace("&amp;", "&");
            String list = api.as("observer").fetchIn("en", href).text();
            Matcher count = LIST_COUNT.matcher(list);
            assertThat(count.find()).as(href).isTrue();
            assertThat(count.group(1)).as(href).isEqualTo(link.group(2));
            checked.add(href);
        }
        assertThat(checked)
                .as("the stages, the domains by stage, the published and overdue figures, the committees")
                .anyMatch(href -> href.contains("&stage=DRAFTING"))
                .anyMatch(href -> href.contains("&domain=") && href.contains("&stage="))
                .anyMatch(href -> href.contains("publishedBy="))
                .anyMatch(href -> href.contains("overdue=true"))
                .hasSizeGreaterThan(20);
        assertThat(dashboard).contains("href=\"/tasks?committee=");
    }

    @Test
    void aTargetAtRiskNamesTheStandardsLeastLikelyToMakeIt() {
        long id = journeys.registerNational("Barely started before the deadline");
        String dashboard = api.as("observer")
                .fetchIn("en", "/dashboard?programme=CLOUD-2025")
                .text();
        boolean onTrack = dashboard.contains("verdict-ON_TRACK");
        assertThat(dashboard.contains("id=\"at-risk-table\"")).isEqualTo(!onTrack);
        if (!onTrack) {
            Matcher row = Pattern.compile("id=\"at-risk-(\\d+)\".*?<td class=\"number\">(\\d+) %</td>", Pattern.DOTALL)
                    .matcher(dashboard);
            List<Integer> chances = new ArrayList<>();
            List<Long> listed = new ArrayList<>();
            while (row.find()) {
                listed.add(Long.parseLong(row.group(1)));
                chances.add(Integer.parseInt(row.group(2)));
            }
            assertThat(chances)
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(DashboardPage.AT_RISK_SHOWN)
                    .isSorted();
            assertThat(dashboard).contains("Least likely to be published by the deadline", "href=\"#at-risk\"");
            // The new standard is listed, waiting on its proposal, unless the list is full of ones as unlikely.
            double mine = 0;
            for (JsonNode s : api.as("observer")
                    .get("/api/reports/targets?programme=CLOUD-2025")
                    .get("forecast")
                    .get("standards")) {
                if (s.get("id").asLong() == id) {
                    mine = s.get("pPublishedByDeadline").asDouble();
                }
            }
            if (listed.contains(id)) {
                assertThat(dashboard).containsPattern("id=\"at-risk-" + id + "\"(?s).*?Submit proposal");
            } else {
                assertThat(chances).hasSize(DashboardPage.AT_RISK_SHOWN);
                assertThat(chances.get(chances.size() - 1)).isLessThanOrEqualTo((int) Math.round(mine * 100));
            }
        }
    }
}
