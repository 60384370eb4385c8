package org.stdtrack.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.support.WriteGuard;

/**
 * Patent disclosures (issue 33, item 2): recorded by the committee, kept as versions, withdrawn but never
 * erased; the committee's until the standard is published, public after; inherited by a revision; searched
 * across the tracker by what the reader may read; asked for by the consultation; and a refused licence holds up
 * the submission for approval until the committee decides, the package listing them all. On H2 and PostgreSQL.
 */
abstract class PatentDisclosuresTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private final String serial = "P" + SERIAL.incrementAndGet() + "X" + System.nanoTime() % 100_000;

    @Test
    void disclosuresAreVersionedWithdrawnNeverErasedAndReadAsTheStandardIs() {
        long id = journeys.registerNational("Patented " + serial);
        String path = "/api/standards/" + id + "/patent-disclosures";
        String holder = "Holder " + serial;

        Api.Response made = api.as("drafter").post(path, disclosure(holder, "FAIR_REASONABLE_NON_DISCRIMINATORY"));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        long disclosure = made.get("id").asLong();
        assertThat(made.location()).endsWith(path + "/" + disclosure);
        assertThat(made.get("version").asInt()).isOne();

        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(path, disclosure(holder, "FREE"))), 403);
        assertProblem(guard.unchangedBy(() -> api.as("secretary2").post(path, disclosure(holder, "FREE"))), 404);
        Map<String, Object> future = disclosure(holder, "FREE");
        future.put("disclosedOn", today().plusDays(1).toString());
        assertProblem(guard.unchangedBy(() -> api.as("drafter").post(path, future)), 422);
        Map<String, Object> noLicensing = disclosure(holder, "FREE");
        noLicensing.remove("licensing");
        assertThat(guard.unchangedBy(() -> api.as("drafter").post(path, noLicensing))
                        .status())
                .isBetween(400, 422);

        Api.Response updated = api.as("secretary").put(path + "/" + disclosure, disclosure(holder, "FREE"));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(updated.text("licensing")).isEqualTo("FREE");
        assertThat(updated.get("history").findValuesAsText("licensing"))
                .as("newest first, the earlier version kept")
                .containsExactly("FREE", "FAIR_REASONABLE_NON_DISCRIMINATORY");

        assertThat(api.as("reviewer2").get(path).body().toString())
                .as("the committee reads them while the standard is in development")
                .contains(holder);
        assertThat(search("secretary2", holder))
                .as("another committee does not")
                .isEmpty();
        assertThat(search("secretary", holder)).hasSize(1);
        Api.FileResponse viaPage = api.as("drafter")
                .submitFormIn(
                        "en",
                        "/standards/" + id + "/patent-disclosures",
                        Map.of(
                                "holder",
                                "Form holder " + serial,
                                "patentNumber",
                                "CN-FORM-" + serial,
                                "title",
                                "Recorded on the page",
                                "jurisdiction",
                                "CN",
                                "licensing",
                                "FREE",
                                "disclosedOn",
                                today().toString()));
        assertThat(viaPage.status())
                .as("the page's form records one and returns")
                .isEqualTo(302);
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text())
                .contains("涉及专利", "Form holder " + serial, "免费许可", "id=\"disclose-patent\"");

        Api.Response withdrawn =
                api.as("secretary").post(path + "/" + disclosure + "/withdrawal", Map.of("reason", "Expired."));
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        assertThat(withdrawn.get("withdrawnAt").isNull()).isFalse();
        assertProblem(
                guard.unchangedBy(
                        () -> api.as("secretary").put(path + "/" + disclosure, disclosure(holder, "REFUSED"))),
                409);
        assertThat(api.as("secretary").get(path).body().toString())
                .as("withdrawn, still listed with its history")
                .contains(holder, "Expired.");
        assertProblem(api.as("secretary").put(path + "/999999999", disclosure(holder, "FREE")), 404);
    }

    @Test
    void aPublishedStandardsDisclosuresArePublicAndARevisionSeesThem() {
        long published = journeys.importedPublished("Published with patents " + serial);
        String holder = "Public holder " + serial;
        Api.Response made = api.as("secretary")
                .post("/api/standards/" + published + "/patent-disclosures", disclosure(holder, "FREE"));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);

        assertThat(search("secretary2", holder)).hasSize(1);
        assertThat(search("enterprise1", holder)).as("public once published").hasSize(1);
        assertThat(api.as("enterprise1")
                        .get("/api/patent-disclosures?standard=" + published)
                        .body())
                .hasSize(1);

        Map<String, Object> revision = journeys.nationalStandard("Revised " + serial);
        revision.put("revisionOf", published);
        revision.put("track", "REVISION");
        long revised = journeys.register(revision);
        JsonNode seen = api.as("secretary")
                .get("/api/standards/" + revised + "/patent-disclosures")
                .body();
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("standardId").asLong())
                .as("the edition it replaces, named")
                .isEqualTo(published);
    }

    @Test
    void aRefusedLicenceHoldsUpTheSubmissionUntilTheCommitteeDecidesAndThePackageListsIt() throws IOException {
        long id = journeys.registerNational("Refused " + serial);
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        assertThat(api.as("reviewer1").fetchIn("zh", "/standards/" + id).text())
                .as("the consultation asks for disclosures")
                .contains("凡知悉本草案可能涉及专利者");
        assertThat(api.as("reviewer1")
                        .get("/api/me/notifications/inbox?size=200")
                        .body()
                        .toString())
                .contains("Whoever knows of a patent");
        journeys.closeConsultation(id);
        journeys.draftForReview(id);
        journeys.complete("drafter", id, "resolveComments", Map.of("outcome", "SUBMIT"));
        journeys.ballotPasses(id);

        String path = "/api/standards/" + id + "/patent-disclosures";
        String number = "CN" + serial;
        Map<String, Object> refused = disclosure("Refusing holder " + serial, "REFUSED");
        refused.put("patentNumber", number);
        long disclosure = api.as("drafter").post(path, refused).get("id").asLong();
        journeys.approvalDocuments(id);

        Api.Response held =
                guard.unchangedBy(() -> journeys.tryComplete("secretary", id, "submitForApproval", Map.of()));
        assertProblem(held, 409);
        assertThat(held.text("detail")).contains(number);
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text())
                .as("the page shows what holds it up and offers the secretariat the decision")
                .contains("待委员会决定", "/standards/" + id + "/patent-disclosures/" + disclosure + "/decision");
        String decision = path + "/" + disclosure + "/decision";
        Map<String, Object> decided = Map.of("outcome", "REFER_TO_APPROVER", "reason", "The approver weighs it.");
        assertProblem(guard.unchangedBy(() -> api.as("drafter").post(decision, decided)), 403);
        Api.Response recorded = api.as("secretary").post(decision, decided);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(200);
        assertThat(recorded.get("decision").get("outcome").asText()).isEqualTo("REFER_TO_APPROVER");
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(decision, decided)), 409);

        assertThat(journeys.tryComplete("secretary", id, "submitForApproval", Map.of())
                        .status())
                .isEqualTo(200);
        String list = packageEntry(api.as("secretary").download("/api/standards/" + id + "/package"));
        assertThat(list).contains(number, "Refusing holder " + serial, "拒绝许可", "提交审批机构决定");
    }

    private Map<String, Object> disclosure(String holder, String licensing) {
        Map<String, Object> body = new HashMap<>();
        body.put("holder", holder);
        body.put("patentNumber", "ZL2024" + serial);
        body.put("title", "Method of scheduling cloud workloads");
        body.put("jurisdiction", "CN");
        body.put("licensing", licensing);
        body.put("disclosedOn", today().toString());
        body.put("documentVersion", "WD v2");
        return body;
    }

    private JsonNode search(String user, String holder) {
        // The holder's unique part: a space in a test's address would be encoded twice.
        Api.Response found = api.as(user)
                .get("/api/patent-disclosures?holder="
                        + holder.substring(holder.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        return found.body();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(TestTime.now(), Demo.ZONE);
    }

    /** The text of the package's list of disclosures. */
    private static String packageEntry(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith("PATENT_DISCLOSURES.csv")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the package has no list of patent disclosures");
    }
}
