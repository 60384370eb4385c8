package org.stdtrack.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestAccounts;
import org.stdtrack.support.WriteGuard;
import org.stdtrack.web.RefusedForm;

/**
 * Declaring adoption in the browser (issue 29, item 2), read by content in both languages: an enterprise's
 * page of a published standard as the public sees it, its declaration form with its own organisation, a
 * refused form keeping what was typed, its declarations and a rejection's reason; the committee's working view
 * and an association declaring on an enterprise's behalf.
 */
abstract class AdoptionPagesTest {

    /** enterprise1's organisation (demo data). */
    private static final String ECLOUD = "91110108MA01ECL0U5";

    private static final String HUAWEI = "914403001922038216";

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Autowired
    TestAccounts accounts;

    @Test
    void anEnterpriseSeesThePublicsPageAndDeclaresForItsOwnOrganisation() {
        long id = publishedStandard();
        String page = api.as("enterprise1").fetchIn("zh", "/standards/" + id).text();
        assertThat(page)
                .contains("本企业的采用声明", "声明采用", "戊云服务有限公司", ECLOUD, "按标准对标的环节", "质量管理")
                .as("the committees' own words: the committee responsible")
                .contains("归口技术委员会")
                .as("the committee's working view is not the public's")
                .doesNotContain("阶段记录", "流程进展", "计划号", "diagram-heading");

        Map<String, List<String>> form = declaration();
        form.put("creditCode", List.of(HUAWEI)); // typed into a form that has no such field: ignored
        String after = api.as("enterprise1")
                .submitAndFollow("zh", "/standards/" + id + "/adoptions", form)
                .text();

        assertThat(after).contains("采用声明已提交", "已声明，待核实", "对标：交付、质量管理");
        assertThat(after).as("declared once, no second form").doesNotContain("id=\"declare-adoption\"");
        var declared =
                api.as("enterprise1").get("/api/standards/" + id + "/adoptions").body();
        assertThat(declared).hasSize(1);
        assertThat(declared.get(0).get("creditCode").asText()).isEqualTo(ECLOUD);
        assertThat(declared.get(0).get("enterprise").asText()).isEqualTo("戊云服务有限公司");
        assertThat(declared.get(0).get("alignedAreas").toString()).isEqualTo("[\"DELIVERY\",\"QUALITY_MANAGEMENT\"]");
        assertThat(declared.get(0).get("declaredBy").asText()).isEqualTo("enterprise1");

        String mine = api.as("enterprise1").fetchIn("en", "/adoptions/mine").text();
        assertThat(mine).contains("My declarations", "/standards/" + id, "Declared, awaiting verification");
    }

    @Test
    void aRefusedDeclarationKeepsWhatWasTypedSaysWhyInTheReadersLanguageAndWritesNothing() {
        long id = publishedStandard();
        Map<String, List<String>> form = declaration();
        form.put("implementedOn", List.of(today().plusDays(3).toString()));
        form.put("scope", List.of("所有公有云可用区 <typed>"));

        Api.FileResponse refused = guard.unchangedBy(
                () -> api.as("enterprise1").submitAndFollow("zh", "/standards/" + id + "/adoptions", form));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text())
                .contains("请填写标准的实施日期", "所有公有云可用区 &lt;typed&gt;", "https://example.com/evidence/42")
                .contains("name=\"implementedOn\" type=\"date\" required value=\"" + today().plusDays(3))
                .containsPattern("id=\"area-QUALITY_MANAGEMENT\" value=\"QUALITY_MANAGEMENT\" checked")
                .containsPattern("id=\"adoption-implementedOn\"[^>]*aria-invalid=\"true\"");
        String english = api.as("enterprise1")
                .submitAndFollow("en", "/standards/" + id + "/adoptions", Map.of("scope", List.of("only a scope")))
                .text();
        assertThat(english)
                .as("the first field at fault, of several")
                .contains("Give a link (starting with http:// or https://) to the evidence", "only a scope");
        Api.FileResponse huge = guard.unchangedBy(() -> api.as("enterprise1")
                .submitFormIn(
                        "en",
                        "/standards/" + id + "/adoptions",
                        Map.of("scope", "x".repeat(RefusedForm.MAX_KEPT_CHARS + 1))));
        assertThat(huge.status())
                .as("too much to keep for the form: the error page")
                .isEqualTo(422);
        assertThat(huge.text()).doesNotContain("xxxxxxxxxx");
        assertThat(api.as("enterprise1")
                        .get("/api/standards/" + id + "/adoptions")
                        .body())
                .isEmpty();
    }

    @Test
    void aRejectionShowsItsReasonAndTheEnterpriseDeclaresAgain() {
        long id = publishedStandard();
        api.as("enterprise1").submitAndFollow("en", "/standards/" + id + "/adoptions", declaration());
        journeys.complete(
                "association", id, "verifyAdoption", Map.of("outcome", "REJECT", "comment", "The link shows a plan."));

        String page = api.as("enterprise1").fetchIn("en", "/standards/" + id).text();
        assertThat(page)
                .contains("Rejected", "Reason: The link shows a plan.", "Declare again", "id=\"declare-adoption\"");
        String mine = api.as("enterprise1").fetchIn("zh", "/adoptions/mine").text();
        assertThat(mine).contains("未通过核实", "理由：The link shows a plan.", "/standards/" + id + "#declare-adoption");

        String again = api.as("enterprise1")
                .submitAndFollow("en", "/standards/" + id + "/adoptions", declaration())
                .text();
        assertThat(again).contains("Adoption declared", "Declared, awaiting verification");
        assertThat(api.as("enterprise1")
                        .get("/api/standards/" + id + "/adoptions")
                        .body())
                .hasSize(2);
    }

    @Test
    void theCommitteeKeepsItsWorkingViewAndAnAssociationDeclaresOnAnEnterprisesBehalf() {
        long id = publishedStandard();
        String secretary = api.as("secretary").fetchIn("en", "/standards/" + id).text();
        assertThat(secretary)
                .contains("Timeline", "Plan number", "Enterprise adoption")
                .doesNotContain("Your adoption");
        assertThat(secretary).as("a secretariat declares nothing").doesNotContain("id=\"declare-adoption\"");

        String association =
                api.as("association").fetchIn("zh", "/standards/" + id).text();
        assertThat(association).contains("代企业声明采用", "name=\"enterprise\"", "name=\"creditCode\"");
        Map<String, List<String>> form = declaration();
        form.put("enterprise", List.of("华为技术有限公司"));
        form.put("creditCode", List.of(HUAWEI));
        String after = api.as("association")
                .submitAndFollow("zh", "/standards/" + id + "/adoptions", form)
                .text();
        assertThat(after).contains("采用声明已提交", "华为技术有限公司");
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/audit")
                        .body()
                        .findValuesAsText("action"))
                .contains("DECLARE_ADOPTION_ON_BEHALF");
    }

    @Test
    void anEnterpriseWithoutACreditCodeIsOfferedNoFormAndSeesNoOtherEnterprisesDeclarations() {
        long id = publishedStandard();
        api.as("enterprise1").submitAndFollow("en", "/standards/" + id + "/adoptions", declaration());
        String stranger = accounts.create("ENTERPRISE", null);

        String page = api.as(stranger).fetchIn("en", "/standards/" + id).text();
        assertThat(page).contains("Your adoption", "You have not declared this standard.");
        assertThat(page).doesNotContain("id=\"declare-adoption\"", ECLOUD, "戊云服务有限公司");
        String mine = api.as(stranger).fetchIn("en", "/adoptions/mine").text();
        assertThat(mine).contains("You have declared no standard yet").doesNotContain(ECLOUD, "/standards/" + id);
    }

    private long publishedStandard() {
        return journeys.importedPublished("Declared in the browser " + Journeys.nextPlanNumber());
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    private static Map<String, List<String>> declaration() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("scope", List.of("All public cloud regions"));
        form.put("productsOrServices", List.of("Elastic compute service"));
        form.put("implementedOn", List.of(today().minusDays(10).toString()));
        form.put("evidence", List.of("https://example.com/evidence/42"));
        form.put("alignedAreas", List.of("QUALITY_MANAGEMENT", "DELIVERY"));
        return form;
    }
}
