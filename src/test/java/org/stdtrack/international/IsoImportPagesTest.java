package org.stdtrack.international;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Demo;
import org.stdtrack.support.OnH2;

/**
 * ISO's files from the page, as the portfolio's: checked first with the faults listed, imported only when that
 * very file is confirmed; administrators only; a refusal in the reader's language. Page composition, so on H2.
 */
@OnH2
class IsoImportPagesTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private final long base = 200_000_000L + System.nanoTime() % 1_000_000 * 10;

    @Test
    void anAdministratorChecksThenImportsTheVeryFileChecked() throws Exception {
        String committee = "ISO/IEC JTC 1/SC I" + base;
        Map<String, Object> c = new HashMap<>();
        c.put("code", committee);
        c.put("body", "ISO_IEC_JTC1");
        c.put("nameEn", "Page committee");
        c.put("nameZh", "页面技术机构");
        c.put("chinaMembership", "P");
        c.put("mirrorCommittee", Demo.NATIONAL);
        assertThat(api.as("admin").post("/api/international/committees", c).status())
                .isEqualTo(201);
        Map<String, Object> p = new HashMap<>();
        p.put("programme", "CLOUD-2025");
        p.put("body", "ISO");
        p.put("reference", "ISO/IEC I" + base);
        p.put("isoId", base);
        p.put("title", "Imported from the page");
        p.put("ownerCommittee", committee);
        p.put("deliverableType", "IS");
        p.put("stage", "30.20");
        p.put("chinaRole", "LED");
        long project =
                api.as("admin").post("/api/international/projects", p).get("id").asLong();
        byte[] file = ("{\"id\": " + base + ", \"reference\": \"ISO/IEC I" + base + "\", \"ownerCommittee\": \""
                        + committee + "\", \"currentStage\": 4020}\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(api.as("admin").fetchIn("en", "/international").text()).contains("id=\"iso-import-link\"");
        assertThat(api.as("observer").fetchIn("en", "/international").text()).doesNotContain("iso-import-link");
        assertThat(api.as("observer").fetchIn("en", "/international/imports").status())
                .isEqualTo(403);

        String page = check(file);
        assertThat(page).contains("<dd id=\"stage-changes\">1</dd>", "name=\"token\"");
        assertThat(api.as("observer")
                        .get("/api/international/projects/" + project)
                        .text("stage"))
                .as("a check changes nothing")
                .isEqualTo("30.20");
        Matcher token =
                Pattern.compile("name=\"token\" value=\"([0-9a-f]{64})\"").matcher(page);
        assertThat(token.find()).isTrue();
        Api.FileResponse imported = api.as("admin")
                .submitForm(
                        "/international/imports/commit",
                        Map.of("kind", "DELIVERABLES", "token", token.group(1), "fileName", "iso.jsonl"));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(api.as("observer")
                        .get("/api/international/projects/" + project)
                        .text("stage"))
                .isEqualTo("40.20");

        byte[] faulty =
                "{\"id\": \"x\", \"reference\": \"ISO 1\", \"currentStage\": 4020}\n".getBytes(StandardCharsets.UTF_8);
        String refused = check(faulty);
        assertThat(refused).contains("id=\"errors\"").doesNotContain("name=\"token\"");
    }

    /** The check page for a file, as the administrator's browser uploads it. */
    private String check(byte[] file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/international/imports/check")
                        .file(new MockMultipartFile("file", "iso.jsonl", "application/octet-stream", file))
                        .param("kind", "DELIVERABLES")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
