package org.stdtrack.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.support.Api;
import org.stdtrack.support.Drafts;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * A standard's documents over the API: versions that are never overwritten, files recognised by their bytes,
 * who may upload and who may read which kind (checked by what each reader gets back), and comparisons.
 */
abstract class DocumentsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    private Api.Response upload(String user, long id, String kind, String filename, byte[] file) {
        return api.as(user).upload(documents(id), Map.of("kind", kind), filename, file);
    }

    private static String documents(long id) {
        return "/api/standards/" + id + "/documents";
    }

    @Test
    void eachUploadIsTheNextVersionAndComesBackByteForByte() throws Exception {
        long id = journeys.registerNational("Documents: versions");
        byte[] first = Drafts.docx("1 Scope", "2 Terms");
        byte[] second = Drafts.docx("1 Scope", "2 Terms and definitions");

        Api.Response created = upload("drafter", id, "DRAFT_FOR_COMMENTS", "征求意见稿 第1版.docx", first);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode v1 = created.body();
        assertThat(created.location())
                .isEqualTo(documents(id) + "/" + v1.get("id").asLong());
        assertThat(v1.get("kind").asText()).isEqualTo("DRAFT_FOR_COMMENTS");
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("filename").asText()).isEqualTo("征求意见稿 第1版.docx");
        assertThat(v1.get("size").asLong()).isEqualTo(first.length);
        assertThat(v1.get("sha256").asText()).isEqualTo(Sha256.of(first));
        assertThat(v1.get("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(v1.get("uploadedBy").asText()).isEqualTo("drafter");
        assertThat(v1.get("uploadedAt").asText()).isNotBlank();
        assertThat(v1.get("stage").asText()).isEqualTo("PRELIMINARY");
        assertThat(v1.has("crc32")).as("internal bookkeeping stays inside").isFalse();

        JsonNode v2 = upload("secretary", id, "DRAFT_FOR_COMMENTS", "draft.docx", second)
                .body();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        upload("drafter", id, "DRAFTING_EXPLANATION", "explanation.docx", Drafts.docx("Why"));

        List<String> listed = new ArrayList<>();
        api.as("reviewer1")
                .get(documents(id))
                .body()
                .forEach(d -> listed.add(
                        d.get("kind").asText() + " v" + d.get("version").asInt()));
        assertThat(listed)
                .as("every version, newest first within each kind")
                .containsExactly("DRAFTING_EXPLANATION v1", "DRAFT_FOR_COMMENTS v2", "DRAFT_FOR_COMMENTS v1");

        Api.FileResponse content =
                api.as("reviewer1").fetch(documents(id) + "/" + v1.get("id").asLong() + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.bytes()).as("version 1 unchanged by version 2").isEqualTo(first);
        assertThat(content.header("ETag")).isEqualTo("\"" + Sha256.of(first) + "\"");
        assertThat(content.header("Content-Type"))
                .startsWith(v1.get("contentType").asText());
        String disposition = content.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .as("the Chinese name survives the header")
                .isEqualTo("征求意见稿 第1版.docx");

        List<String> audited = new ArrayList<>();
        api.as("admin")
                .get("/api/standards/" + id + "/audit")
                .body()
                .forEach(e -> audited.add(e.get("action").asText()));
        assertThat(audited).filteredOn("UPLOAD_DOCUMENT"::equals).hasSize(3);
    }

    @Test
    void formatsAreRecognisedByTheirContentNotTheirNames() {
        long id = journeys.registerNational("Documents: formats");
        Map<String, byte[]> files = Map.of(
                "application/pdf", Drafts.pdf(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Drafts.docx("Text"),
                "application/msword", Drafts.doc(),
                "application/vnd.oasis.opendocument.text", Drafts.odt("Text"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Drafts.xlsx(),
                "application/vnd.ms-excel", Drafts.xls(),
                "application/vnd.oasis.opendocument.spreadsheet", Drafts.ods());
        files.forEach((type, bytes) -> {
            Api.Response uploaded = upload("drafter", id, "OTHER", "named-wrongly.txt", bytes);
            assertThat(uploaded.status()).as(type + ": " + uploaded.body()).isEqualTo(201);
            assertThat(uploaded.text("contentType")).isEqualTo(type);
            assertThat(uploaded.text("filename"))
                    .as("stored and served with the recognised format's extension")
                    .startsWith("named-wrongly.")
                    .doesNotEndWith(".txt");
        });
    }

    @Test
    void filesThatOnlyPretendToBeDocumentsAreRefusedAndNothingIsStored() {
        long id = journeys.registerNational("Documents: disguises");
        Map<String, byte[]> disguised = Map.of(
                "minutes.pdf", Drafts.executable(),
                "draft.docx", Drafts.script(),
                "package.docx", Drafts.archive(),
                "macros.docx", Drafts.macroDocument(),
                "macros-naming-docx.docx", Drafts.macroDocumentNamingDocx(),
                "tool.docx", Drafts.programDressedAsDocx(),
                "macros.doc", Drafts.macroDoc());
        disguised.forEach((name, bytes) -> {
            Api.Response refused = guard.unchangedBy(() -> upload("drafter", id, "DRAFT_FOR_COMMENTS", name, bytes));
            assertProblem(refused, 415);
            assertThat(refused.text("detail")).as(name).contains("PDF, DOCX, DOC, ODT, XLSX, XLS, ODS");
        });
        assertProblem(
                guard.unchangedBy(() -> upload("drafter", id, "DRAFT_FOR_COMMENTS", "empty.pdf", new byte[0])), 400);
        assertProblem(
                guard.unchangedBy(() -> upload("drafter", id, "NOT_A_KIND", "draft.docx", Drafts.docx("x"))), 400);
        assertProblem(guard.unchangedBy(() -> api.as("drafter").post(documents(id), Map.of("kind", "OTHER"))), 415);
        assertThat(api.as("drafter").get(documents(id)).body()).isEmpty();
    }

    @Test
    void filesBeyondTheLimitAreRefusedBeforeAByteIsStored() {
        long id = journeys.registerNational("Documents: size");
        byte[] tooLarge = new byte[50 * 1024 * 1024 + 1];
        byte[] pdf = Drafts.pdf();
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        Api.Response refused =
                guard.unchangedBy(() -> upload("drafter", id, "DRAFT_FOR_COMMENTS", "big.pdf", tooLarge));
        assertProblem(refused, 413);
        assertThat(refused.text("detail")).contains("50 MB");
    }

    @Test
    void onlyTheCommitteeUploadsDraftsAndOnlyTheApprovingBodyThePublishedText() {
        long id = journeys.registerNational("Documents: who uploads");
        byte[] file = Drafts.docx("Text");
        assertThat(upload("secretary", id, "WORKING_DRAFT", "a.docx", file).status())
                .isEqualTo(201);
        assertThat(upload("drafter", id, "INTERNATIONAL_SOURCE", "b.docx", file).status())
                .isEqualTo(201);
        assertThat(upload("admin", id, "OTHER", "c.docx", file).status()).isEqualTo(201);
        assertThat(upload("sac", id, "PUBLISHED_TEXT", "d.docx", file).status()).isEqualTo(201);
        for (String[] refusal : new String[][] {
            {"reviewer1", "WORKING_DRAFT", "403"},
            {"observer", "WORKING_DRAFT", "403"},
            {"sac", "DRAFT_FOR_COMMENTS", "403"},
            {"drafter", "PUBLISHED_TEXT", "403"},
            {"secretary", "PUBLISHED_TEXT", "403"},
            {"miit", "PUBLISHED_TEXT", "403"},
            {"secretary2", "WORKING_DRAFT", "404"},
            {"enterprise1", "WORKING_DRAFT", "404"},
        }) {
            Api.Response refused = guard.unchangedBy(() -> upload(refusal[0], id, refusal[1], "x.docx", file));
            assertThat(refused.status()).as(String.join(" ", refusal)).isEqualTo(Integer.parseInt(refusal[2]));
        }
        assertThat(api.as((String) null)
                        .upload(documents(id), Map.of("kind", "OTHER"), "x.docx", file)
                        .status())
                .isEqualTo(401);
        api.as("secretary").post("/api/standards/" + id + "/cancel", Map.of("reason", "Merged"));
        Api.Response closed = guard.unchangedBy(() -> upload("secretary", id, "OTHER", "late.docx", file));
        assertProblem(closed, 409);
        assertThat(api.as("secretary").get(documents(id)).body())
                .as("still readable")
                .hasSize(4);
    }

    @Test
    void enterprisesReadThePublishedTextAndNothingElse() throws Exception {
        long id = journeys.registerNational("Documents: readers");
        journeys.toApproval(id);
        journeys.publish(id, journeys.nextNumber("GB/T"));
        byte[] text = Drafts.pdf();
        long published =
                upload("sac", id, "PUBLISHED_TEXT", "GB-T.pdf", text).get("id").asLong();
        long draft = api.as("admin").get(documents(id)).body().get(0).get("id").asLong();

        List<String> kindsSeenByEnterprise = new ArrayList<>();
        api.as("enterprise1")
                .get(documents(id))
                .body()
                .forEach(d -> kindsSeenByEnterprise.add(d.get("kind").asText()));
        assertThat(kindsSeenByEnterprise).containsExactly("PUBLISHED_TEXT");
        assertThat(api.as("enterprise1")
                        .fetch(documents(id) + "/" + published + "/content")
                        .bytes())
                .isEqualTo(text);
        Api.FileResponse hidden = api.as("enterprise1").fetch(documents(id) + "/" + draft + "/content");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text()).doesNotContain("DRAFT");

        String page = api.as("enterprise1").get("/standards/" + id).body().asText();
        assertThat(page)
                .as("the standard page offers an enterprise the published text and nothing of the drafting")
                .contains("GB-T.pdf")
                .doesNotContain("DRAFT_FOR_COMMENTS.docx")
                .doesNotContain("REVIEW_MINUTES.docx")
                .doesNotContain("/resolution-table")
                .doesNotContain("/package")
                .doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(api.as("drafter").get("/standards/" + id).body().asText())
                .as("the committee sees every version and may upload")
                .contains("DRAFT_FOR_COMMENTS.docx")
                .contains("enctype=\"multipart/form-data\"");

        List<String> kindsSeenByObserver = new ArrayList<>();
        api.as("observer")
                .get(documents(id))
                .body()
                .forEach(d -> kindsSeenByObserver.add(d.get("kind").asText()));
        assertThat(kindsSeenByObserver)
                .contains("PUBLISHED_TEXT", "DRAFT_FOR_COMMENTS", "DRAFT_FOR_APPROVAL", "REVIEW_MINUTES");

        long inDevelopment = journeys.registerNational("Documents: not yet published");
        journeys.upload(inDevelopment, "WORKING_DRAFT");
        for (String outsider : List.of("enterprise1", "secretary2")) {
            Api.Response list = api.as(outsider).get(documents(inDevelopment));
            assertProblem(list, 404);
            assertThat(list.body().toString()).doesNotContain("WORKING_DRAFT");
        }
    }

    @Test
    void twoVersionsOfATextAreComparedParagraphByParagraph() {
        long id = journeys.registerNational("Documents: comparison");
        long from = upload(
                        "drafter",
                        id,
                        "DRAFT_FOR_REVIEW",
                        "v1.docx",
                        Drafts.docx("1 Scope", "5.2 Measured yearly.", "6 Tests"))
                .get("id")
                .asLong();
        long to = upload(
                        "drafter",
                        id,
                        "DRAFT_FOR_REVIEW",
                        "v2.docx",
                        Drafts.docx("1 Scope", "5.2 Measured monthly.", "5.3 Reported <within> ten days.", "6 Tests"))
                .get("id")
                .asLong();
        JsonNode diff = api.as("reviewer3")
                .get(documents(id) + "/" + from + "/diff?to=" + to)
                .body();
        assertThat(diff.get("summary").toString())
                .isEqualTo("{\"unchanged\":2,\"added\":1,\"removed\":0,\"changed\":1}");
        List<String> rows = new ArrayList<>();
        diff.get("paragraphs")
                .forEach(p -> rows.add(p.get("change").asText() + ": "
                        + p.get("from").asText(null) + " -> " + p.get("to").asText(null)));
        assertThat(rows)
                .containsExactly(
                        "UNCHANGED: 1 Scope -> 1 Scope",
                        "CHANGED: 5.2 Measured yearly. -> 5.2 Measured monthly.",
                        "ADDED: null -> 5.3 Reported <within> ten days.",
                        "UNCHANGED: 6 Tests -> 6 Tests");

        long odtFrom = upload("drafter", id, "WORKING_DRAFT", "a.odt", Drafts.odt("第一段", "第二段"))
                .get("id")
                .asLong();
        long odtTo = upload("drafter", id, "WORKING_DRAFT", "b.odt", Drafts.odt("第一段"))
                .get("id")
                .asLong();
        JsonNode odt = api.as("drafter")
                .get(documents(id) + "/" + odtFrom + "/diff?to=" + odtTo)
                .body();
        assertThat(odt.get("summary").get("removed").asInt()).isEqualTo(1);
        assertThat(odt.get("paragraphs").get(1).get("from").asText()).isEqualTo("第二段");

        long pdf =
                upload("drafter", id, "OTHER", "c.pdf", Drafts.pdf()).get("id").asLong();
        Api.Response refused = api.as("drafter").get(documents(id) + "/" + from + "/diff?to=" + pdf);
        assertProblem(refused, 415);
        assertThat(refused.text("detail")).contains("DOCX, ODT");

        String page = api.as("reviewer3")
                .get("/standards/" + id + "/documents/" + from + "/diff?to=" + to)
                .body()
                .asText();
        assertThat(page)
                .as("side by side, changes marked, text escaped")
                .contains("<del>year</del>")
                .contains("<ins>month</ins>")
                .contains("&lt;within&gt;")
                .doesNotContain("<within>");
        assertProblem(api.as("secretary2").get(documents(id) + "/" + from + "/diff?to=" + to), 404);
    }
}
