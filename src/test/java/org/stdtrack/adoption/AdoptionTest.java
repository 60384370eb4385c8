package org.stdtrack.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.TestTime.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/** Enterprises declare adoptions of published standards; associations verify them. H2 and PostgreSQL. */
abstract class AdoptionTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    private static final String HUAWEI = "914403001922038216";
    private static final String TENCENT = "9144030071526726XG";
    /** The credit code of enterprise1's organisation (demo data). */
    private static final String ECLOUD = "91110108MA01ECL0U5";

    @Autowired
    WriteGuard guard;

    @Test
    void anEnterpriseDeclaresAndTheAssociationVerifies() {
        long id = publishedStandard();
        Api.Response declared = api.as("enterprise1").post("/api/standards/" + id + "/adoptions", declaration(ECLOUD));
        assertThat(declared.status()).as(declared.body().toString()).isEqualTo(201);
        assertThat(declared.text("status")).isEqualTo("DECLARED");
        assertThat(declared.location())
                .isEqualTo("/api/standards/" + id + "/adoptions/"
                        + declared.get("id").asLong());

        JsonNode task = journeys.task("association", id, "verifyAdoption");
        assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("association");
        assertThat(task.get("outcomes").toString()).isEqualTo("[\"VERIFY\",\"REJECT\"]");
        Api.Response noReason = journeys.tryComplete("association", id, "verifyAdoption", Map.of("outcome", "REJECT"));
        assertThat(noReason.status()).isEqualTo(422);
        journeys.complete("association", id, "verifyAdoption", Map.of("outcome", "VERIFY"));

        JsonNode adoption = api.as("observer")
                .get("/api/standards/" + id + "/adoptions")
                .body()
                .get(0);
        assertThat(adoption.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(adoption.get("decidedBy").asText()).isEqualTo("association");
        assertThat(adoption.get("enterprise").asText()).isEqualTo("Enterprise " + ECLOUD);
        assertThat(api.as("enterprise1")
                        .get("/api/adoptions?enterprise=" + ECLOUD)
                        .body()
                        .findValuesAsText("creditCode"))
                .containsOnly(ECLOUD);
        assertThat(api.as("secretary")
                        .get("/api/standards/" + id + "/audit")
                        .body()
                        .findValuesAsText("action"))
                .contains("DECLARE_ADOPTION", "VERIFY_ADOPTION");
    }

    @Test
    void aRejectedDeclarationCanBeMadeAgainButNotADuplicate() {
        long id = publishedStandard();
        assertThat(api.as("enterprise1")
                        .post("/api/standards/" + id + "/adoptions", declaration(ECLOUD))
                        .status())
                .isEqualTo(201);
        Api.Response duplicate = guard.unchangedBy(
                () -> api.as("enterprise1").post("/api/standards/" + id + "/adoptions", declaration(ECLOUD)));
        assertThat(duplicate.status()).isEqualTo(409);
        journeys.complete(
                "association",
                id,
                "verifyAdoption",
                Map.of("outcome", "REJECT", "comment", "Evidence link is broken."));
        assertThat(api.as("enterprise1")
                        .get("/api/standards/" + id + "/adoptions")
                        .body()
                        .get(0)
                        .get("reason")
                        .asText())
                .isEqualTo("Evidence link is broken.");
        assertThat(api.as("enterprise1")
                        .post("/api/standards/" + id + "/adoptions", declaration(ECLOUD))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anEnterpriseDeclaresForItselfOnlyAndAnAssociationOnItsBehalf() {
        long id = publishedStandard();
        String path = "/api/standards/" + id + "/adoptions";
        Api.Response falseDeclaration =
                guard.unchangedBy(() -> api.as("enterprise1").post(path, declaration(HUAWEI)));
        assertThat(falseDeclaration.status()).isEqualTo(403);
        assertThat(falseDeclaration.text("detail")).contains(ECLOUD);

        Api.Response onBehalf = api.as("association").post(path, declaration(HUAWEI));
        assertThat(onBehalf.status()).isEqualTo(201);
        assertThat(onBehalf.text("declaredBy")).isEqualTo("association");
        JsonNode audit =
                api.as("secretary").get("/api/standards/" + id + "/audit").body();
        assertThat(audit.findValuesAsText("action")).contains("DECLARE_ADOPTION_ON_BEHALF");
        assertThat(audit.toString()).contains(HUAWEI + " (Enterprise " + HUAWEI + ")");
        // What the association declared for enterprise1's organisation is enterprise1's to see as well.
        assertThat(api.as("association").post(path, declaration(ECLOUD)).status())
                .isEqualTo(201);
        assertThat(api.as("enterprise1").get(path).body().findValuesAsText("creditCode"))
                .containsExactly(ECLOUD);
        assertThat(api.as("enterprise1").post(path, declaration(ECLOUD)).status())
                .as("already declared for it")
                .isEqualTo(409);
    }

    @Test
    void aDeclarationSaysWhatTheEnterpriseAlignedWithTheStandard() {
        long id = publishedStandard();
        String path = "/api/standards/" + id + "/adoptions";
        Map<String, Object> body = new HashMap<>(declaration(ECLOUD));
        body.put("alignedAreas", List.of("QUALITY_MANAGEMENT", "RESEARCH_AND_DEVELOPMENT"));
        Api.Response declared = api.as("enterprise1").post(path, body);
        assertThat(declared.status()).as(declared.body().toString()).isEqualTo(201);
        assertThat(declared.get("alignedAreas").toString())
                .isEqualTo("[\"RESEARCH_AND_DEVELOPMENT\",\"QUALITY_MANAGEMENT\"]");
        assertThat(api.as("association")
                        .get(path)
                        .body()
                        .get(0)
                        .get("alignedAreas")
                        .toString())
                .isEqualTo(declared.get("alignedAreas").toString());

        Map<String, Object> unknown = new HashMap<>(declaration(HUAWEI));
        unknown.put("alignedAreas", List.of("MARKETING"));
        Api.Response refused = guard.unchangedBy(() -> api.as("association").post(path, unknown));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        assertThat(api.as("association").post(path, declaration(HUAWEI)).get("alignedAreas"))
                .as("none said")
                .isEmpty();
    }

    @Test
    void onlyPublishedStandardsCanBeAdopted() {
        long draft = journeys.registerNational("Not yet published, adopted");
        assertThat(guard.unchangedBy(() ->
                                api.as("admin").post("/api/standards/" + draft + "/adoptions", declaration(HUAWEI)))
                        .status())
                .as("known to the caller, but not published")
                .isEqualTo(409);
        assertThat(guard.unchangedBy(() -> api.as("enterprise1")
                                .post("/api/standards/" + draft + "/adoptions", declaration(HUAWEI)))
                        .status())
                .as("enterprises do not know unpublished standards exist")
                .isEqualTo(404);
    }

    @Test
    void declarationsAreValidatedAndOnlyEnterprisesDeclare() {
        long id = publishedStandard();
        String path = "/api/standards/" + id + "/adoptions";
        Map<String, String> refusals = Map.of(
                "creditCode", "914403001922038217",
                "implementedOn", LocalDate.ofInstant(now(), ZONE).plusDays(2).toString(),
                "evidence", "see our website",
                "scope", "",
                "enterprise", "x".repeat(201));
        refusals.forEach((field, value) -> {
            Map<String, Object> body = new HashMap<>(declaration(ECLOUD));
            body.put(field, value);
            Api.Response refused = guard.unchangedBy(() -> api.as("enterprise1").post(path, body));
            assertThat(refused.status()).as(field + " " + refused.body()).isEqualTo(422);
            assertThat(refused.text("field")).isEqualTo(field);
        });
        for (String user : List.of("secretary", "observer", "sac")) {
            assertThat(guard.unchangedBy(() -> api.as(user).post(path, declaration(HUAWEI)))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void theAdoptionReportCountsDistinctVerifiedEnterprisesAndInternationalAlignment() {
        JsonNode before = adoptionReport();
        long first = publishedStandard();
        long second = publishedStandard();
        String newcomer = freshCreditCode();
        for (long id : List.of(first, second)) {
            api.as("association").post("/api/standards/" + id + "/adoptions", declaration(newcomer));
            journeys.complete("association", id, "verifyAdoption", Map.of("outcome", "VERIFY"));
        }
        api.as("association").post("/api/standards/" + first + "/adoptions", declaration(TENCENT));
        Map<String, Object> identical = journeys.nationalStandard("Aligned identically");
        identical.put("international", Map.of("reference", "ISO/IEC 22123-2:2023", "degree", "IDT"));
        journeys.register(identical);
        Map<String, Object> reference = journeys.nationalStandard("Referenced only");
        reference.put("international", Map.of("reference", "ISO/IEC 19941:2017", "degree", "NEQ"));
        journeys.register(reference);

        JsonNode after = adoptionReport();
        assertThat(after.get("targetEnterprises").asInt()).isEqualTo(1000);
        assertThat(after.get("verifiedEnterprises").asLong())
                .as("one enterprise verified for two standards counts once")
                .isEqualTo(before.get("verifiedEnterprises").asLong() + 1);
        assertThat(after.get("declarations").get("total").asLong())
                .isEqualTo(before.get("declarations").get("total").asLong() + 3);
        assertThat(after.get("declarations").get("declared").asLong())
                .isEqualTo(before.get("declarations").get("declared").asLong() + 1);
        JsonNode firstRow = null;
        for (JsonNode row : after.get("byStandard")) {
            if (row.get("standardId").asLong() == first) {
                firstRow = row;
            }
        }
        assertThat(firstRow.get("verifiedEnterprises").asLong()).isEqualTo(1);
        assertThat(firstRow.get("declarations").asLong()).isEqualTo(2);
        // Every top-level domain of the reference data, in its order: the demo's six and any added since.
        List<String> domains = new ArrayList<>();
        api.as("admin").get("/api/domains").body().forEach(d -> {
            if (d.get("parent").isNull()) {
                domains.add(d.get("code").asText());
            }
        });
        assertThat(after.get("byDomain").findValuesAsText("key"))
                .containsExactlyElementsOf(domains)
                .containsSubsequence("BAS", "TEC", "SRV", "APP", "MGT", "SEC");
        JsonNode alignment = after.get("internationalAlignment");
        assertThat(alignment.get("identical").asLong())
                .isEqualTo(before.get("internationalAlignment").get("identical").asLong() + 1);
        assertThat(alignment.get("notEquivalent").asLong())
                .isEqualTo(before.get("internationalAlignment")
                                .get("notEquivalent")
                                .asLong()
                        + 1);
        assertThat(alignment.get("aligned").asLong())
                .as("NEQ is listed, not counted")
                .isEqualTo(alignment.get("identical").asLong()
                        + alignment.get("modified").asLong());
    }

    /** A valid code no other test uses: a fresh 17-character prefix and the check character that fits. */
    private static String freshCreditCode() {
        String prefix = "9111000" + String.format("%010d", System.nanoTime() % 10_000_000_000L);
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.problem(prefix + check) == null) {
                return prefix + check;
            }
        }
        throw new AssertionError("no check character for " + prefix);
    }

    private JsonNode adoptionReport() {
        Api.Response response = api.as("observer").get("/api/reports/adoption?programme=CLOUD-2025");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    /** Placed where adoption begins, as an import places it: walking there proves nothing these tests ask. */
    private long publishedStandard() {
        return journeys.importedPublished("Adoptable standard " + Journeys.nextPlanNumber());
    }

    private Map<String, Object> declaration(String creditCode) {
        return Map.of(
                "enterprise",
                "Enterprise " + creditCode,
                "creditCode",
                creditCode,
                "scope",
                "All public cloud regions",
                "productsOrServices",
                "Elastic compute service",
                "implementedOn",
                LocalDate.ofInstant(now(), ZONE).minusDays(10).toString(),
                "evidence",
                "https://example.com/conformance/" + creditCode);
    }
}
