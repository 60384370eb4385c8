package org.stdtrack.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;

/**
 * The feeds as calendar applications and feed readers get them, without signing in, read back with ical4j
 * and ROME: each shows its token owner's dates and news, and nothing they may not see.
 */
abstract class FeedsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    private String token(String user) {
        Api.Response made = api.as(user).post("/api/me/feed-token", Map.of());
        assertThat(made.status()).isEqualTo(200);
        return made.text("token");
    }

    /** The events of the feed by UID, each with its start as an instant; as an anonymous client reads it. */
    private Map<String, Instant> deadlines(String token) throws Exception {
        Api.FileResponse ics = api.as(null).fetch("/feeds/" + token + "/deadlines.ics");
        assertThat(ics.status()).as(ics.text()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.bytes()));
        assertThat(calendar.getComponents(Component.VTIMEZONE))
                .as("the time zone is given")
                .isNotEmpty();
        Map<String, Instant> events = new HashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Temporal start = event.getDateTimeStart().getDate();
            events.put(
                    event.getUid().orElseThrow().getValue(),
                    ZonedDateTime.from(start).toInstant());
        }
        return events;
    }

    private static Instant seconds(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS);
    }

    private SyndFeed atom(String token, String path) throws Exception {
        Api.FileResponse feed = api.as(null).fetch("/feeds/" + token + path);
        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        return new SyndFeedInput()
                .build(new InputStreamReader(new ByteArrayInputStream(feed.bytes()), StandardCharsets.UTF_8));
    }

    @Test
    void theDeadlinesCalendarHoldsTheOwnersDatesWithStableUids() throws Exception {
        String secretary = token("secretary");
        long id = journeys.registerNational("Calendar");
        var task = journeys.task("secretary", id, "submitProposal");
        Map<String, Instant> events = deadlines(secretary);
        assertThat(events)
                .containsEntry(
                        "task-" + task.get("id").asText() + "@stdtrack",
                        seconds(task.get("due").asText()));
        assertThat(deadlines(secretary).keySet()).as("the same UIDs each time").containsAll(events.keySet());

        String observer = token("observer");
        api.as("observer").post("/api/standards/" + id + "/watch", Map.of());
        journeys.submitAndApproveProposal(id);
        assertThat(deadlines(observer))
                .containsEntry(
                        "development-" + id + "@stdtrack",
                        seconds(journeys.standard(id).get("developmentDueAt").asText()));
        api.as("observer").delete("/api/standards/" + id + "/watch");

        String reviewer = token("reviewer1");
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        assertThat(deadlines(reviewer).keySet()).anyMatch(uid -> uid.startsWith("consultation-"));
        assertThat(deadlines(reviewer).keySet())
                .as("the secretariat's tasks are not a reviewer's")
                .noneMatch(uid -> uid.equals("task-" + task.get("id").asText() + "@stdtrack"));

        String rotated = token("secretary");
        assertThat(api.as(null).fetch("/feeds/" + secretary + "/deadlines.ics").status())
                .as("the old token stops working")
                .isEqualTo(404);
        assertThat(api.as(null).fetch("/feeds/" + rotated + "/deadlines.ics").status())
                .as("the new one does")
                .isEqualTo(200);
        assertThat(api.as("secretary").delete("/api/me/feed-token").status()).isEqualTo(204);
        assertThat(api.as(null).fetch("/feeds/" + rotated + "/deadlines.ics").status())
                .isEqualTo(404);
        assertThat(api.as(null).fetch("/feeds/not-a-token/deadlines.ics").status())
                .isEqualTo(404);
        assertThat(api.as(null).post("/api/me/feed-token", Map.of()).status()).isEqualTo(401);
    }

    private static final List<String> PUBLISHED = List.of("PUBLISHED", "IN_FORCE", "PERIODIC_REVIEW", "WITHDRAWN");

    /** The stage the standard an entry is about stands at now. */
    private String stageOf(SyndEntry entry) {
        String link = entry.getLink();
        return journeys.stage(Long.parseLong(link.substring(link.lastIndexOf('/') + 1)));
    }

    @Test
    void atomFeedsShowTheNewsTheReaderMaySeeAndNothingElse() throws Exception {
        long developing = journeys.registerNational("Atom in development");
        journeys.complete("secretary", developing, "submitProposal");
        String secretary = token("secretary");
        SyndFeed feed = atom(secretary, "/standards/" + developing + ".atom");
        List<String> ids = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            ids.add(entry.getUri());
        }
        assertThat(ids).hasSize(journeys.standard(developing).get("history").size());
        assertThat(ids).allMatch(uri -> uri.startsWith("urn:stdtrack:stage-event:"));
        assertThat(feed.getEntries().get(0).getTitle()).as("newest first").contains("Proposal");

        String enterprise = token("enterprise1");
        assertThat(api.as(null)
                        .fetch("/feeds/" + enterprise + "/standards/" + developing + ".atom")
                        .status())
                .isEqualTo(404);
        // The committee's feed holds its newest news, whatever other suites of the shared context added:
        // judged by the stage of each entry's standard, not by one title that newer news may push out. One
        // published standard of its own, so that the enterprise's feed has news whichever suites ran before.
        journeys.importedPublished("Atom published");
        assertThat(atom(enterprise, "/committees/TC28-SC38.atom").getEntries())
                .as("an enterprise's committee feed has published standards only")
                .isNotEmpty()
                .allMatch(entry -> PUBLISHED.contains(stageOf(entry)));
        assertThat(atom(secretary, "/committees/TC28-SC38.atom").getEntries())
                .as("the secretariat's has its standards in development too")
                .anyMatch(entry -> !PUBLISHED.contains(stageOf(entry)));
        assertThat(api.as(null)
                        .fetch("/feeds/" + secretary + "/committees/NOPE.atom")
                        .status())
                .isEqualTo(404);
    }
}
