package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.BallotSteps;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.TestTime;

/**
 * International work's pages in both languages: committees and projects with their stages in words, a project's
 * history and counterparts as its reader may see them, the one-step adoption for the mirror's secretariat only,
 * and the warning on a standard whose international original ISO has replaced. Page composition, so on H2.
 */
@OnH2
class InternationalPagesTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    private final long serial = System.nanoTime() % 1_000_000;

    @Test
    void theOverviewAndAProjectsPageSayStagesInTheReadersLanguage() {
        String committee = committee();
        String secret = "Counterpart on the page " + serial;
        long draft = journeys.registerNational(secret);
        Map<String, Object> body = project(committee, "ISO/IEC 77" + serial, "40.20");
        body.put("nationalCounterparts", List.of(Map.of("standardId", draft, "degree", "MOD")));
        body.put("projectLeader", expert(committee, "Leader " + serial, "领导"));
        body.put("editors", List.of(expert(committee, "Editor " + serial, null)));
        long id = api.as("secretary")
                .post("/api/international/projects", body)
                .get("id")
                .asLong();

        String overview = api.as("observer")
                .fetchIn("en", "/international?committee=" + IntlCommittee.keyOf(committee))
                .text();
        assertThat(overview)
                .contains(committee, "Participating member (P)", "ISO/IEC 77" + serial)
                .contains("40.20 Enquiry: main action started", "Led by China")
                .contains("href=\"/international\"");
        assertThat(api.as("observer")
                        .fetchIn("zh", "/international?committee=" + IntlCommittee.keyOf(committee))
                        .text())
                .contains("40.20 征询阶段：主要工作开始", "我国牵头", "积极成员（P）");
        assertThat(api.as("observer")
                        .fetchIn("en", "/international?committee=" + IntlCommittee.keyOf(committee) + "&stage=60")
                        .text())
                .doesNotContain("ISO/IEC 77" + serial);
        assertThat(api.as("observer")
                        .fetchIn(
                                "en", "/international?committee=" + IntlCommittee.keyOf(committee) + "&domain=SRV.IAAS")
                        .text())
                .contains("ISO/IEC 77" + serial);
        assertThat(api.as("observer")
                        .fetchIn(
                                "en", "/international?committee=" + IntlCommittee.keyOf(committee) + "&domain=BAS.TERM")
                        .text())
                .doesNotContain("ISO/IEC 77" + serial);

        String page = api.as("secretary")
                .fetchIn("en", "/international/projects/" + id)
                .text();
        assertThat(page).contains(secret, "Stage history", "By hand").doesNotContain("adoption-form");
        assertThat(page)
                .contains("<dd id=\"project-leader\">Leader " + serial + " 领导</dd>")
                .contains("<dd id=\"project-editors\">Editor " + serial + "</dd>");
        assertThat(api.as("observer")
                        .fetchIn("en", "/international/projects/" + id)
                        .text())
                .as("experts' names only for those who organise international work")
                .doesNotContain("Leader " + serial, "Editor " + serial);
        String seenByEnterprise = api.as("enterprise1")
                .fetchIn("en", "/international/projects/" + id)
                .text();
        assertThat(seenByEnterprise).doesNotContain(secret).contains("(a standard in development)");
    }

    @Test
    void theMirrorSecretariatAdoptsAPublishedProjectFromItsPage() {
        String committee = committee();
        long id = api.as("secretary")
                .post("/api/international/projects", project(committee, "ISO/IEC 78" + serial, "60.60"))
                .get("id")
                .asLong();
        String path = "/international/projects/" + id;
        assertThat(api.as("secretary").fetchIn("en", path).text())
                .contains("id=\"adoption-candidate\"", "id=\"adoption-form\"");
        for (String reader : List.of("secretary2", "observer")) {
            assertThat(api.as(reader).fetchIn("en", path).text())
                    .as(reader)
                    .contains("id=\"adoption-candidate\"")
                    .doesNotContain("id=\"adoption-form\"");
        }
        Api.FileResponse adopted =
                api.as("secretary").submitForm(path + "/adoption", Map.of("degree", "IDT", "leadOrganisation", "CESI"));
        assertThat(adopted.status()).as(adopted.text()).isEqualTo(302);
        assertThat(adopted.header("Location")).contains("/standards/");
        assertThat(api.as("secretary").fetchIn("en", path).text()).doesNotContain("id=\"adoption-candidate\"");
    }

    @Test
    void membersCommentAndTheSecretariatDecidesAndVotesOnTheBallotsPages() {
        long project = api.as("secretary")
                .post("/api/international/projects", project(committee(), "ISO/IEC 79" + serial, "40.20"))
                .get("id")
                .asLong();
        LocalDate today = LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
        Api.FileResponse opened = api.as("secretary")
                .submitForm(
                        "/international/projects/" + project + "/ballots",
                        Map.of(
                                "type",
                                "DIS",
                                "opensOn",
                                today.toString(),
                                "closesOn",
                                today.plusDays(84).toString()));
        assertThat(opened.status()).as(opened.text()).isEqualTo(302);
        String ballot = opened.header("Location");
        assertThat(ballot).matches(".*/international/ballots/\\d+");
        String path = ballot.substring(ballot.indexOf("/international/"));
        assertThat(api.as("secretary")
                        .fetchIn("en", "/international/projects/" + project)
                        .text())
                .contains("id=\"ballots\"", "DIS (enquiry) ballot, " + today + " to " + today.plusDays(84));

        String commenting = api.as("reviewer1")
                .submitAndFollow(
                        "zh",
                        path + "/comments",
                        Map.of(
                                "clause", List.of("5.2"),
                                "type", List.of("TE"),
                                "comment", List.of("多租户隔离的要求不完整。"),
                                "proposedChange", List.of("补充网络隔离要求。")))
                .text();
        assertThat(commenting)
                .contains("您的意见已登记", "多租户隔离的要求不完整。", "技术性", "等待秘书处处理", "国内截止日期")
                .contains(today.plusDays(77).toString());
        assertThat(api.as("secretary2").fetchIn("en", path).text())
                .as("outside the mirror committee: the ballot, not its comments")
                .contains("DIS (enquiry)")
                .doesNotContain("多租户", "id=\"comment-form\"", "id=\"to-position\"");
        assertThat(api.as("secretary2").fetchIn("en", path + "/position").status())
                .isEqualTo(403);
        Api.FileResponse badType = api.as("reviewer1")
                .submitFormIn("en", path + "/comments", Map.of("clause", "1", "type", "XX", "comment", "Odd type"));
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.text()).contains("Choose the comment&#39;s type", "id=\"comment-form\"");
        String tasks = api.as("secretary").fetchIn("en", "/tasks").text();
        long ballotId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        String taskId = new BallotSteps(api)
                .positionTask("secretary", ballotId)
                .get("id")
                .asText();
        assertThat(tasks).contains("id=\"task-" + taskId + "\"", "href=\"" + path + "/position\"");
        assertThat(tasks).contains("ISO/IEC 79" + serial + " DIS — ");
        Api.FileResponse taskPage = api.as("secretary").fetchIn("en", "/tasks/" + taskId);
        assertThat(taskPage.status())
                .as("a ballot's task is worked on its position page")
                .isEqualTo(302);
        assertThat(taskPage.header("Location")).endsWith(path + "/position");
        assertThat(api.as("reviewer1").fetchIn("en", path + "/position").text())
                .as("a member reads the position page, without its forms")
                .contains("多租户")
                .doesNotContain("decide-form", "id=\"position-form\"");

        String position = api.as("secretary").fetchIn("zh", path + "/position").text();
        assertThat(position).contains("decide-form", "id=\"position-form\"", "反对");
        Api.FileResponse undecided =
                api.as("secretary").submitFormIn("zh", path + "/position", Map.of("vote", "APPROVE"));
        assertThat(undecided.status()).isEqualTo(422);
        assertThat(undecided.text()).contains("尚有 1 条意见等待秘书处处理");
        String commentId = commenting.replaceAll("(?s).*id=\"comment-(\\d+)\".*", "$1");
        Api.FileResponse noReason = api.as("secretary")
                .submitFormIn("zh", path + "/comments/" + commentId + "/decision", Map.of("decision", "REJECTED"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("不采纳意见须说明理由");
        assertThat(api.as("secretary")
                        .submitAndFollow(
                                "en",
                                path + "/comments/" + commentId + "/decision",
                                Map.of("decision", List.of("ACCEPTED")))
                        .text())
                .contains("The decision on the comment is recorded.", "Accepted");
        String voted = api.as("secretary")
                .submitAndFollow(
                        "en",
                        path + "/position",
                        Map.of("vote", List.of("DISAPPROVE"), "comment", List.of("Not ready.")))
                .text();
        assertThat(voted)
                .contains(
                        "China&#39;s national position is submitted.", "Position submitted", "Disapprove", "(on time)")
                .doesNotContain("id=\"position-form\"", "decide-form");
        Api.FileResponse nothingChosen =
                api.as("secretary").submitFormIn("en", path + "/dispositions", Map.of("disposition-" + commentId, ""));
        assertThat(nothingChosen.status()).isEqualTo(422);
        assertThat(nothingChosen.text()).contains("Choose a disposition for at least one comment.");
        assertThat(api.as("secretary")
                        .submitFormIn("en", path + "/dispositions", Map.of("disposition-" + commentId, "MAYBE"))
                        .status())
                .isEqualTo(400);
        assertThat(api.as("secretary")
                        .submitFormIn("en", path + "/dispositions", Map.of("disposition-x", "NOTED"))
                        .status())
                .isEqualTo(400);
        Api.FileResponse beforeClose = api.as("secretary")
                .submitFormIn("en", path + "/dispositions", Map.of("disposition-" + commentId, "NOTED"));
        assertThat(beforeClose.status()).isEqualTo(409);
        assertThat(beforeClose.text()).contains("Dispositions follow the international comment resolution");
    }

    @Test
    void aStandardWhoseInternationalOriginalWasReplacedSaysSo() {
        String committee = committee();
        long standard = journeys.importedPublished("Adopted from ISO " + serial);
        Map<String, Object> body = project(committee, "ISO/IEC 79" + serial, "60.60");
        body.put("nationalCounterparts", List.of(Map.of("standardId", standard, "degree", "IDT")));
        body.put("replacedBy", "ISO/IEC 79" + serial + ":2026");
        long id = api.as("secretary")
                .post("/api/international/projects", body)
                .get("id")
                .asLong();
        assertThat(api.as("observer").fetchIn("en", "/standards/" + standard).text())
                .contains("id=\"international-warning-" + id + "\"")
                .contains("by ISO/IEC 79" + serial + ":2026");
        assertThat(api.as("observer").fetchIn("zh", "/standards/" + standard).text())
                .contains("已被 ISO 以 ISO/IEC 79" + serial + ":2026 代替");
    }

    private long expert(String committee, String name, String nameZh) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nameZh", nameZh);
        body.put("role", "EDITOR");
        body.put("committees", List.of(Map.of("committee", committee)));
        Api.Response created = api.as("secretary").post("/api/experts", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.get("id").asLong();
    }

    private String committee() {
        String code = "ISO/IEC JTC 1/SC P" + serial + "-" + System.nanoTime() % 1000;
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("body", "ISO_IEC_JTC1");
        body.put("nameEn", "Cloud computing and distributed platforms");
        body.put("nameZh", "云计算和分布式平台");
        body.put("chinaMembership", "P");
        body.put("mirrorCommittee", Demo.NATIONAL);
        Api.Response created = api.as("admin").post("/api/international/committees", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    private static Map<String, Object> project(String committee, String reference, String stage) {
        Map<String, Object> project = new HashMap<>();
        project.put("programme", "CLOUD-2025");
        project.put("body", "ISO");
        project.put("reference", reference);
        project.put("title", "Cloud computing — " + reference);
        project.put("titleZh", "云计算 " + reference);
        project.put("ownerCommittee", committee);
        project.put("deliverableType", "IS");
        project.put("stage", stage);
        project.put("chinaRole", "LED");
        project.put("domain", "SRV.IAAS");
        return project;
    }
}
