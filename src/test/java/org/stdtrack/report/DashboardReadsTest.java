package org.stdtrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.stdtrack.standard.ActionHolders;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardRepository.Placed;

/**
 * A dashboard of a committee with thousands of standards in development reads only those it may list (issue 34):
 * each stage's longest waiting, the soonest past due, the ballots closing soonest, the longest waiting behind
 * their work plan, and the consultations waiting for their timer.
 */
class DashboardReadsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final List<Placed> developing = new ArrayList<>();
    private final Map<Long, ActionHolders.Summary> summaries = new HashMap<>();

    /** A standard in drafting waiting since so many hours before now. */
    private long drafting(long id, long hoursWaiting) {
        developing.add(new Placed(id, Stage.DRAFTING));
        summaries.put(id, new ActionHolders.Summary(NOW.minus(Duration.ofHours(hoursWaiting)), null, null));
        return id;
    }

    @Test
    void eachStageIsReadUpToItsLongestWaitingAndNoFurther() {
        LongStream.range(1, 2_001).forEach(id -> drafting(id, id % 1_000));
        developing.add(new Placed(5_000, Stage.APPROVAL));

        Set<Long> read = CommitteeDashboards.toRead(developing, summaries, Set.of(), NOW, 3);

        assertThat(read)
                .as("the three waiting longest in drafting (999 hours: ids 999 and 1999; then 998), and approval's one")
                .containsExactlyInAnyOrder(999L, 1_999L, 998L, 5_000L);
    }

    @Test
    void standardsThatMayOpenASectionAreReadBeyondTheirStagesList() {
        LongStream.range(1, 1_001).forEach(id -> drafting(id, 1_000 + id));
        long pastDue = drafting(2_001, 1);
        summaries.put(pastDue, new ActionHolders.Summary(NOW.minusSeconds(3_600), NOW.minusSeconds(60), null));
        long closing = drafting(2_002, 2);
        summaries.put(closing, new ActionHolders.Summary(NOW.minusSeconds(7_200), null, NOW.plus(Duration.ofDays(3))));
        long closingLater = drafting(2_003, 3);
        summaries.put(
                closingLater, new ActionHolders.Summary(NOW.minusSeconds(10_800), null, NOW.plus(Duration.ofDays(8))));
        long behind = drafting(2_004, 4);
        long consulting = 2_005;
        developing.add(new Placed(consulting, Stage.CONSULTATION));
        long consultingWithATask = drafting(2_006, 5);
        developing.set(developing.size() - 1, new Placed(consultingWithATask, Stage.CONSULTATION));

        long publishedBehind = 9_999;
        Set<Long> read = CommitteeDashboards.toRead(developing, summaries, Set.of(behind, publishedBehind), NOW, 1);

        assertThat(read)
                .containsExactlyInAnyOrder(1_000L, pastDue, closing, behind, consulting, consultingWithATask)
                .as("a ballot closing after this week opens no section, nor a standard past development")
                .doesNotContain(closingLater, publishedBehind);
    }

    @Test
    void eachSectionIsReadUpToWhatItLists() {
        for (long id = 1; id <= 1_000; id++) {
            drafting(id, 10);
            summaries.put(id, new ActionHolders.Summary(NOW.minusSeconds(36_000), NOW.minusSeconds(id), null));
        }

        Set<Long> read = CommitteeDashboards.toRead(developing, summaries, Set.of(), NOW, 1);

        assertThat(read)
                .as("drafting's one, and the %d due soonest (longest past due)", CommitteeDashboards.SECTION_LISTED)
                .hasSize(1 + CommitteeDashboards.SECTION_LISTED)
                .contains(1L)
                .allMatch(id -> id == 1 || id > 1_000 - CommitteeDashboards.SECTION_LISTED);
    }
}
