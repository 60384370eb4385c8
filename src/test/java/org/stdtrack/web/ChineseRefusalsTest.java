package org.stdtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.ChinesePages.assertRefusalsReadChinese;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.ChinesePages;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.WriteGuard;

/**
 * A reader of Chinese meets every refusal in Chinese: in the forms of the standard page and of tasks, in the
 * registration page and on the error page — no English sentence, ISO period or instant, constant name or pattern.
 * Above the SQL, so on H2 only.
 */
@OnH2
class ChineseRefusalsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Test
    void theStandardPagesFormsRefuseInChinese() {
        long id = journeys.registerNational("Refused in Chinese");
        String page = "/standards/" + id;
        List<Api.FileResponse> refused = List.of(
                // A reviewer comments before any consultation: 409, the reason in words.
                follow("reviewer1", page + "/comments", Map.of("text", "Too early", "form", "comment-form")),
                // A standard cites itself: 422 on the reference form.
                follow(
                        "secretary",
                        page + "/references",
                        Map.of("kind", "NORMATIVE", "standardId", String.valueOf(id), "form", "reference-form")),
                // A plan change before the plan: 409 naming the stage by its Chinese name.
                follow(
                        "secretary",
                        page + "/plan-changes",
                        Map.of("kind", "TERMINATION", "reason", "Merged", "form", "plan-change-form")),
                // A required choice left empty: by the field's label, not its parameter name.
                follow("secretary", page + "/documents", Map.of("form", "documents")));
        for (Api.FileResponse response : refused) {
            assertRefusalsReadChinese(response.text());
        }
        assertThat(ChinesePages.refusals(refused.get(2).text()))
                .anySatisfy(text -> assertThat(text).contains("“预阶段”", "计划下达"));
    }

    @Test
    void registrationTasksAndTheErrorPageRefuseInChinese() {
        Api.FileResponse registration = guard.unchangedBy(() -> api.as("secretary")
                .submitFormIn(
                        "zh",
                        "/standards/new",
                        Map.of(
                                "title", "Cloud service levels",
                                "titleZh", "云服务等级",
                                "type", "GB_T",
                                "domain", "NO-SUCH-DOMAIN",
                                "committee", NATIONAL,
                                "programme", "CLOUD-2025")));
        assertThat(registration.status()).isEqualTo(422);
        assertRefusalsReadChinese(registration.text());

        long id = journeys.registerNational("A consultation too short, in Chinese");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.consultationDocuments(id);
        String open =
                journeys.task("secretary", id, "openConsultation").get("id").asText();
        String tooSoon =
                LocalDateTime.ofInstant(now(), ZONE).plusDays(10).withNano(0).toString();
        Api.FileResponse task = guard.unchangedBy(() -> api.as("secretary")
                .submitFormIn("zh", "/tasks/" + open + "/complete", Map.of("commentDeadline", tooSoon)));
        assertThat(task.status()).isEqualTo(422);
        assertRefusalsReadChinese(task.text());

        Api.FileResponse missing = api.as("secretary").fetchIn("zh", "/standards/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertRefusalsReadChinese(missing.text());
    }

    private Api.FileResponse follow(String user, String path, Map<String, String> fields) {
        String standard = path.substring(0, path.indexOf('/', "/standards/".length()));
        Map<String, List<String>> form = new java.util.HashMap<>();
        fields.forEach((name, value) -> form.put(name, List.of(value)));
        form.put("returnTo", List.of(standard));
        return guard.unchangedBy(() -> api.as(user).submitAndFollow("zh", path, form));
    }
}
