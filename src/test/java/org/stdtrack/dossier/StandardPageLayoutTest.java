package org.stdtrack.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;

/**
 * The standard page a person finds their way on: the stepper with who acts and by when and the reader's next
 * action on top, an open consultation under the title, one documents table with older versions folded, the
 * diagram and the audit trail folded (with readable actions), forms behind buttons that open again when refused,
 * the consultation's opening in the timeline, and the list's "in consultation" with the deadline. Page
 * composition only, so on H2.
 */
@OnH2
class StandardPageLayoutTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Test
    void theHeaderSaysWhereTheStandardStandsWhoActsAndWhatTheReaderDoesNext() {
        long id = journeys.registerNational("A page to find one's way on");
        String page = api.as("secretary").fetchIn("en", "/standards/" + id).text();
        assertThat(section(page, "current"))
                .contains("Preliminary", "Proposal", "Drafting", "Consultation", "Technical review", "Approval")
                .contains("Published", "In force")
                .containsPattern(
                        "class=\"step current\"\\s+aria-current=\"step\">\\s*<span[^>]*>Now:</span>\\s*<span>Preliminary")
                .contains("Submit proposal", "Committee secretariat")
                .containsPattern(
                        "class=\"button primary\"[^>]*>Submit proposal</a>|href=\"/tasks/[^\"]+\"[^>]*class=\"button primary\"");
        assertThat(section(api.as("observer").fetchIn("zh", "/standards/" + id).text(), "current"))
                .as("in Chinese, and no next action for a reader without a task")
                .contains("预阶段", "提交项目建议", "技术委员会秘书处")
                .doesNotContain("next-actions");
        assertThat(page)
                .containsPattern("<details class=\"fold\" id=\"process\">\\s*<summary><h2 id=\"diagram-heading\"")
                .containsPattern("<details class=\"fold\" id=\"audit\">\\s*<summary><h2 id=\"audit-heading\"")
                .contains("<td>Registered</td>", "<td>Done</td>")
                .contains("id=\"section-index\"", "/js/section-index.js");
    }

    @Test
    void anOpenConsultationShowsUnderTheTitleInTheTimelineAndOnTheList() {
        long id = journeys.registerNational("A consultation in view");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        journeys.upload(id, "DRAFT_FOR_COMMENTS", "第二版");
        api.as("reviewer1")
                .post(
                        "/api/standards/" + id + "/comments",
                        Map.of("clause", "4", "type", "TECHNICAL", "text", "Define tenant."));

        String reviewer = api.as("reviewer1").fetchIn("en", "/standards/" + id).text();
        assertThat(section(reviewer, "consultation-banner"))
                .contains("Public consultation, round 1", "Comments until", "days left")
                .contains("Comments so far: 1.")
                .contains("href=\"#comment-form\"", "Comment on the draft");
        assertThat(reviewer)
                .as("the comment form behind its button, closed until asked for")
                .containsPattern("<details class=\"form-toggle\">\\s*<summary class=\"button\"[^>]*>Comment")
                .contains("Consultation round 1 opened, comments until");
        assertThat(section(reviewer, "documents"))
                .as("one table, a row per kind, the older version folded under the newest")
                .contains("id=\"kind-DRAFT_FOR_COMMENTS\"", "Older versions (1)", "Compare with version 1")
                .containsOnlyOnce("<table");

        String refused = api.as("reviewer1")
                .submitAndFollow(
                        "en",
                        "/standards/" + id + "/comments",
                        Map.of(
                                "clause", List.of("4"),
                                "text", List.of("No type given"),
                                "form", List.of("comment-form"),
                                "returnTo", List.of("/standards/" + id)))
                .text();
        assertThat(refused)
                .as("a refused form comes back open, with what was typed")
                .containsPattern(
                        "<details class=\"form-toggle\" open=\"open\">\\s*<summary class=\"button\"[^>]*>Comment")
                .contains("No type given");

        String list = api.as("secretary")
                .fetchIn("en", "/standards?stage=CONSULTATION")
                .text();
        assertThat(list)
                .contains("In consultation", "A consultation in view")
                .contains("In consultation: comments until");
        assertThat(api.as("secretary")
                        .fetchIn("zh", "/standards?stage=CONSULTATION")
                        .text())
                .contains("征求意见中：截止");
    }

    /** The element with that id and everything in it, up to its closing tag. */
    private static String section(String page, String id) {
        Matcher start =
                Pattern.compile("<(section|div|table)[^>]*id=\"" + id + "\"").matcher(page);
        assertThat(start.find()).as("an element with id " + id).isTrue();
        String tag = start.group(1);
        int from = start.start();
        int depth = 0;
        Matcher tags = Pattern.compile("<(/?)" + tag + "[\\s>]").matcher(page);
        tags.region(from, page.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return page.substring(from, tags.end());
            }
        }
        return page.substring(from);
    }
}
