package org.stdtrack.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * References between standards: kept by the committee until publication, no normative cycle, the approving
 * body warned of unpublished normative references, the citing committee told when a cited standard is
 * withdrawn or superseded; and nobody shown a standard they may not see, in any list, page or picture.
 */
abstract class ReferencesTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private static String references(long id) {
        return "/api/standards/" + id + "/references";
    }

    private Api.Response cite(String user, long citing, String kind, long cited) {
        return api.as(user).post(references(citing), Map.of("kind", kind, "standardId", cited));
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(c ->
                ids.add(c.path("standardId").isNumber() ? c.get("standardId").asLong() : null));
        return ids;
    }

    @Test
    void theCommitteeRecordsWhatAStandardCitesAndBothSidesShowIt() {
        long base = journeys.registerNational("Reference base vocabulary");
        long citing = journeys.registerNational("Reference citing architecture");

        Api.Response normative = cite("secretary", citing, "NORMATIVE", base);
        assertThat(normative.status()).as(normative.body().toString()).isEqualTo(201);
        assertThat(normative.location())
                .endsWith(references(citing) + "/" + normative.get("id").asLong());
        assertThat(normative.text("title")).isEqualTo("Reference base vocabulary");
        assertThat(normative.text("stage")).isEqualTo("PRELIMINARY");
        Api.Response outside = api.as("drafter")
                .post(references(citing), Map.of("kind", "INFORMATIVE", "reference", "  ISO/IEC 27001:2022 "));
        assertThat(outside.status()).as(outside.body().toString()).isEqualTo(201);
        assertThat(outside.text("reference")).isEqualTo("ISO/IEC 27001:2022");

        JsonNode list = api.as("observer").get(references(citing)).body();
        assertThat(ids(list.get("cites"))).containsExactly(base, null);
        assertThat(list.get("cites").get(0).get("kind").asText()).isEqualTo("NORMATIVE");
        assertThat(list.get("citedBy")).isEmpty();
        JsonNode other = api.as("observer").get(references(base)).body();
        assertThat(ids(other.get("citedBy"))).containsExactly(citing);
        assertThat(other.get("citedBy").get(0).get("title").asText()).isEqualTo("Reference citing architecture");

        String page = api.as("observer").fetch("/standards/" + citing).text();
        assertThat(page).contains("Reference base vocabulary", "ISO/IEC 27001:2022");
        assertThat(page).as("an observer does not change references").doesNotContain("referenceDocument");
        assertThat(api.as("secretary").fetch("/standards/" + citing).text()).contains("referenceDocument");

        api.as("secretary").delete(references(citing) + "/" + outside.get("id").asLong());
        assertThat(ids(api.as("observer").get(references(citing)).body().get("cites")))
                .containsExactly(base);
        assertThat(journeys.standard(citing).get("referenceWarnings")).isEmpty();
    }

    @Test
    void theStandardPageAddsAndRemovesReferencesThroughItsForm() throws Exception {
        long citing = journeys.registerNational("Reference by the page");
        long cited = journeys.registerNational("Reference chosen in the list");
        assertThat(api.as("secretary").fetch("/standards/" + citing).text())
                .as("the list offers the committee's newest standards")
                .contains("value=\"" + cited + "\"");
        MockHttpServletResponse added = mvc.perform(post("/standards/" + citing + "/references")
                        .with(user(users.loadUserByUsername("secretary")))
                        .with(csrf())
                        .param("kind", "NORMATIVE")
                        .param("standardId", String.valueOf(cited))
                        .param("reference", ""))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).endsWith("/standards/" + citing + "#references");
        JsonNode cites = api.as("observer").get(references(citing)).get("cites");
        assertThat(ids(cites)).containsExactly(cited);

        long reference = cites.get(0).get("id").asLong();
        MockHttpServletResponse refused = guard.unchangedBy(() -> perform(post("/standards/" + citing + "/references")
                .with(user(users.loadUserByUsername("secretary")))
                .with(csrf())
                .param("kind", "INFORMATIVE")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Give either a standard of the tracker or an outside document");
        // As the page's form sends it: back to the form, filled in as it was, with why.
        String again = guard.unchangedBy(() -> api.as("secretary")
                        .submitAndFollow(
                                "en",
                                "/standards/" + citing + "/references",
                                Map.of(
                                        "kind", List.of("INFORMATIVE"),
                                        "standardId", List.of(String.valueOf(citing)),
                                        "form", List.of("reference-form"),
                                        "returnTo", List.of("/standards/" + citing))))
                .text();
        assertThat(again)
                .contains("id=\"reference-form-refusal\"")
                .containsPattern("value=\"INFORMATIVE\"\\s+selected=\"selected\"");
        MockHttpServletResponse removed = perform(post("/standards/" + citing + "/references/" + reference + "/remove")
                .with(user(users.loadUserByUsername("secretary")))
                .with(csrf()));
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(api.as("observer").get(references(citing)).get("cites")).isEmpty();
    }

    @Test
    void thePageListsTheCommitteesNewestStandardsAndTakesAnyOtherByItsNumber() throws Exception {
        long citing = journeys.registerNational("Reference citing across committees");
        long elsewhere = journeys.importedAtApproval("Reference of another committee", "SECTOR", "CCSA-TC1", "CESI");
        String plan = api.as("admin").get("/api/standards/" + elsewhere).text("planNumber");
        assertThat(api.as("admin").fetch("/standards/" + citing).text())
                .as("the programme's other committees' standards are not listed: a national programme holds too many")
                .doesNotContain("value=\"" + elsewhere + "\"");

        MockHttpServletResponse added = mvc.perform(post("/standards/" + citing + "/references")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("kind", "INFORMATIVE")
                        .param("standardId", "")
                        .param("reference", " " + plan + " "))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        JsonNode cites = api.as("admin").get(references(citing)).get("cites");
        assertThat(ids(cites))
                .as("cited as the tracked standard its number names")
                .containsExactly(elsewhere);
        assertThat(cites.get(0).path("reference").isNull()
                        || cites.get(0).path("reference").isMissingNode())
                .isTrue();

        // A hostile text where a number goes: refused with why, nothing written.
        MockHttpServletResponse refused = guard.unchangedBy(() -> perform(post("/standards/" + citing + "/references")
                .with(user(users.loadUserByUsername("admin")))
                .with(csrf())
                .param("kind", "INFORMATIVE")
                .param("standardId", "")
                .param("reference", plan + "x".repeat(100_000))));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("reference");
        assertThat(ids(api.as("admin").get(references(citing)).get("cites"))).containsExactly(elsewhere);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badReferencesAreRefusedAndWriteNothing() {
        long citing = journeys.registerNational("Reference refusals");
        long cited = journeys.registerNational("Reference refusals cited");
        String path = references(citing);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of("kind", "NORMATIVE"))), 422);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(path, Map.of("kind", "NORMATIVE", "standardId", cited, "reference", "ISO 1"))),
                422);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(path, Map.of("standardId", cited))), 422);
        assertProblem(guard.unchangedBy(() -> cite("secretary", citing, "NORMATIVE", citing)), 422);
        assertProblem(guard.unchangedBy(() -> cite("secretary", citing, "NORMATIVE", 999_999_999L)), 422);
        assertProblem(
                guard.unchangedBy(() ->
                        api.as("secretary").post(path, Map.of("kind", "NORMATIVE", "reference", "X".repeat(201)))),
                422);
        // Another committee's secretariat does not see this committee's drafts: not found, no hint of them.
        assertProblem(guard.unchangedBy(() -> cite("secretary2", citing, "NORMATIVE", cited)), 404);

        assertThat(cite("secretary", citing, "NORMATIVE", cited).status()).isEqualTo(201);
        assertProblem(guard.unchangedBy(() -> cite("drafter", citing, "INFORMATIVE", cited)), 409);
        assertProblem(guard.unchangedBy(() -> cite("reviewer1", citing, "INFORMATIVE", cited)), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").delete(path + "/999999999")), 404);
    }

    @Test
    void aNormativeCycleIsRefusedNamingTheWayRound() {
        long a = journeys.registerNational("Reference cycle A");
        long b = journeys.registerNational("Reference cycle B");
        long c = journeys.registerNational("Reference cycle C");
        assertThat(cite("secretary", a, "NORMATIVE", b).status()).isEqualTo(201);
        assertThat(cite("secretary", b, "NORMATIVE", c).status()).isEqualTo(201);

        Api.Response cycle = guard.unchangedBy(() -> cite("secretary", c, "NORMATIVE", a));
        assertProblem(cycle, 422);
        assertThat(cycle.text("field")).isEqualTo("standardId");
        assertThat(cycle.text("detail")).contains("#" + c + " → #" + a + " → #" + b + " → #" + c);
        assertThat(cite("secretary", c, "INFORMATIVE", a).status())
                .as("an informative reference back is no cycle of requirements")
                .isEqualTo(201);
    }

    @Test
    void referencesAreFixedOncePublishedAndTheApprovingBodyIsWarnedOfUnpublishedOnes() {
        long cited = journeys.registerNational("Reference still drafting");
        long citing = journeys.registerNational("Reference ahead of its base");
        assertThat(cite("secretary", citing, "NORMATIVE", cited).status()).isEqualTo(201);
        journeys.toApproval(citing);
        journeys.submitForApproval(citing);

        String task =
                journeys.task("sac", citing, "approvePublication").get("id").asText();
        assertThat(api.as("sac").fetch("/tasks/" + task).text())
                .contains("unpublished-references", "Reference still drafting");
        Api.Response refused = guard.unchangedBy(
                () -> api.as("sac").post("/api/tasks/" + task + "/complete", Map.of("outcome", "APPROVE")));
        assertProblem(refused, 409);
        assertThat(refused.text("detail")).contains("#" + cited, "acknowledgeUnpublishedReferences");
        // Sending it back needs no acknowledgement; approving does.
        assertThat(api.as("sac")
                        .post(
                                "/api/tasks/" + task + "/complete",
                                Map.of("outcome", "APPROVE", "acknowledgeUnpublishedReferences", true))
                        .status())
                .isEqualTo(200);
        Api.Response publishRefused = guard.unchangedBy(() -> journeys.tryComplete(
                "sac",
                citing,
                "publish",
                Map.of(
                        "publishedNumber", journeys.nextNumber("GB/T"),
                        "publicationDate", "2026-12-01",
                        "implementationDate", "2027-06-01")));
        assertProblem(publishRefused, 409);
        journeys.complete(
                "sac",
                citing,
                "publish",
                Map.of(
                        "publishedNumber", journeys.nextNumber("GB/T"),
                        "publicationDate", today().toString(),
                        "implementationDate", today().plusMonths(6).toString(),
                        "acknowledgeUnpublishedReferences", true));
        assertThat(journeys.stage(citing)).isEqualTo("PUBLISHED");

        assertProblem(guard.unchangedBy(() -> cite("secretary", citing, "INFORMATIVE", cited)), 409);
    }

    @Test
    void whenACitedStandardIsWithdrawnOrSupersededTheCitingCommitteeIsTold() {
        long withdrawn = journeys.registerNational("Reference to be withdrawn");
        long revised = journeys.registerNational("Reference to be revised");
        long citing = journeys.registerNational("Reference citing old standards");
        journeys.toInForce(withdrawn);
        journeys.toInForce(revised);
        assertThat(cite("secretary", citing, "NORMATIVE", withdrawn).status()).isEqualTo(201);
        assertThat(cite("secretary", citing, "INFORMATIVE", revised).status()).isEqualTo(201);

        passTime(Period.ofYears(5));
        journeys.fireDueTimers(withdrawn);
        journeys.fireDueTimers(revised);
        journeys.concludeReview(withdrawn, "WITHDRAW", "Obsolete.");
        passTime(Period.ofDays(30));
        assertThat(journeys.fireDueTimers(withdrawn))
                .as("the withdrawal's notice ends")
                .isEqualTo(1);
        JsonNode warnings = journeys.standard(citing).get("referenceWarnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("citedStandardId").asLong()).isEqualTo(withdrawn);
        assertThat(warnings.get(0).get("reason").asText()).isEqualTo("WITHDRAWN");
        List<JsonNode> told = outdated("secretary", citing);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("subject").asText()).contains("withdrawn", "Reference citing old standards");
        assertThat(outdated("secretary2", citing))
                .as("another committee's secretariat")
                .isEmpty();

        journeys.concludeReview(revised, "REVISE", "Update.");
        long revision = journeys.standard(revised).get("revisions").get(0).asLong();
        journeys.submitAndApproveProposal(revision);
        journeys.draftForReview(revision);
        journeys.upload(revision, "DRAFTING_EXPLANATION");
        journeys.complete("drafter", revision, "submitDraftForReview");
        journeys.ballotPasses(revision);
        journeys.publish(revision, journeys.nextNumber("GB/T"));

        JsonNode both = journeys.standard(citing).get("referenceWarnings");
        assertThat(both).hasSize(2);
        assertThat(both.findValuesAsText("reason")).containsExactlyInAnyOrder("WITHDRAWN", "SUPERSEDED");
        assertThat(both.findValues("supersededBy").stream()
                        .filter(v -> !v.isNull())
                        .map(JsonNode::asLong))
                .containsExactly(revision);
        assertThat(outdated("secretary", citing)).hasSize(2);
        assertThat(api.as("observer").fetch("/standards/" + citing).text())
                .contains("reference-warning-" + withdrawn, "reference-warning-" + revised);
    }

    @Test
    void nobodySeesAReferencedStandardTheyMayNotSee() {
        long draft = journeys.registerNational("Reference secret draft title");
        long published = journeys.placedAtApproval("Reference public standard " + Journeys.nextPlanNumber());
        assertThat(cite("secretary", published, "INFORMATIVE", draft).status()).isEqualTo(201);
        assertThat(cite("secretary", draft, "NORMATIVE", published).status()).isEqualTo(201);
        journeys.publish(published, journeys.nextNumber("GB/T"));

        // An enterprise sees published standards only: the draft is in no list, page or picture it gets.
        Api.Response asEnterprise = api.as("enterprise1").get(references(published));
        assertThat(asEnterprise.status()).isEqualTo(200);
        assertThat(asEnterprise.get("cites")).isEmpty();
        assertThat(asEnterprise.get("citedBy")).isEmpty();
        assertThat(asEnterprise.body().toString()).doesNotContain("secret draft");
        assertThat(api.as("enterprise1").fetch("/standards/" + published).text())
                .doesNotContain("secret draft");
        assertThat(api.as("enterprise1").get(references(draft)).status()).isEqualTo(404);
        String enterpriseGraph =
                api.as("enterprise1").fetch("/programmes/CLOUD-2025/references").text();
        assertThat(enterpriseGraph).doesNotContain("data-standard=\"" + draft + "\"");

        // Another committee's secretariat sees the published standard, not this committee's draft.
        Api.Response asOtherCommittee = api.as("secretary2").get(references(published));
        assertThat(asOtherCommittee.get("cites")).isEmpty();
        assertThat(asOtherCommittee.get("citedBy")).isEmpty();
        assertThat(asOtherCommittee.body().toString()).doesNotContain("secret draft");
        assertThat(api.as("secretary2").fetch("/standards/" + published).text()).doesNotContain("secret draft");
        assertThat(api.as("secretary2")
                        .fetch("/programmes/CLOUD-2025/references")
                        .text())
                .doesNotContain("data-standard=\"" + draft + "\"")
                .doesNotContain("secret draft");

        // An observer sees both, and the picture marks which is published.
        JsonNode asObserver = api.as("observer").get(references(published)).body();
        assertThat(ids(asObserver.get("cites"))).containsExactly(draft);
        assertThat(ids(asObserver.get("citedBy"))).containsExactly(draft);
        String graph =
                api.as("observer").fetch("/programmes/CLOUD-2025/references").text();
        assertThat(graph).contains("<svg", "<title id=\"reference-graph-title\"", "<desc");
        assertThat(graph).containsPattern("class=\"reference-node unpublished\"[^>]*data-standard=\"" + draft + "\"");
        assertThat(graph).containsPattern("class=\"reference-node published\"[^>]*data-standard=\"" + published + "\"");
        assertThat(graph).contains("id=\"reference-table\"");
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
    }

    /** The user's notifications that a standard cited by this one was withdrawn or superseded. */
    private List<JsonNode> outdated(String user, long citing) {
        List<JsonNode> found = new ArrayList<>();
        api.as(user).get("/api/me/notifications/inbox?size=200").get("items").forEach(item -> {
            if ("REFERENCE_OUTDATED".equals(item.path("kind").asText())
                    && item.path("standardId").asLong() == citing) {
                found.add(item);
            }
        });
        return found;
    }
}
