package org.stdtrack.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Programmes, domains, committees and organisations as an administrator edits them, through the API and
 * the pages: each change checked, audited and visible at once to the features that use it; every refusal
 * problem details that write nothing. Runs on H2 and on PostgreSQL; every code is new to the run, so the
 * suites sharing the database still see the demo's reference data first.
 */
abstract class ReferenceDataAdministrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anAdministratorStartsASecondProgrammeAndChangesItsTargets() {
        String code = "PRG-" + serial();
        Api.Response created = api.as("admin").post("/api/programmes", programme(code, 12));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/programmes/" + code);
        assertThat(api.as("observer").get("/api/programmes").body().findValuesAsText("code"))
                .contains("CLOUD-2025", code);

        Map<String, Object> terms = programme(code, 40);
        terms.remove("code");
        terms.put("nameZh", "第二期云计算标准专项");
        assertThat(api.as("admin").put("/api/programmes/" + code, terms).status())
                .isEqualTo(200);
        JsonNode changed = api.as("observer").get("/api/programmes/" + code).body();
        assertThat(changed.get("targetStandards").asInt()).isEqualTo(40);
        assertThat(changed.get("nameZh").asText()).isEqualTo("第二期云计算标准专项");
        assertThat(audited(code)).containsExactly("CREATE_PROGRAMME by admin", "UPDATE_PROGRAMME by admin");

        // The reports and the dashboard take it as their programme.
        assertThat(api.as("observer")
                        .get("/api/reports/stages?programme=" + code)
                        .body()
                        .get("target")
                        .asInt())
                .isEqualTo(40);
        assertThat(page("observer", "/dashboard?programme=" + code)).contains("第二期云计算标准专项", "CLOUD-2025");
    }

    @Test
    void programmeChangesAreRefusedWithProblemDetailsAndWriteNothing() {
        String code = "PRG-" + serial();
        refused("admin", "/api/programmes", with(programme(code, 0), "targetStandards", 0), 422, "targetStandards");
        refused("admin", "/api/programmes", with(programme(code, 5), "targetDate", "2200-01-01"), 422, "targetDate");
        refused("admin", "/api/programmes", with(programme(code, 5), "targetDate", "next year"), 400, "targetDate");
        refused("admin", "/api/programmes", with(programme(code, 5), "code", "lower case"), 422, "code");
        refused("admin", "/api/programmes", with(programme(code, 5), "nameZh", " "), 422, "nameZh");
        refused("admin", "/api/programmes", with(programme(code, 5), "colour", "red"), 400, "colour");
        refused("admin", "/api/programmes", programme("CLOUD-2025", 5), 409, null);
        Map<String, Object> terms = programme(code, 5);
        terms.remove("code");
        refused("admin", "/api/programmes/NOPE", terms, 404, null, true);
        refused("admin", "/api/programmes/CLOUD-2025", with(terms, "code", "CLOUD-2026"), 422, "code", true);
        for (String other : List.of("secretary", "sac", "observer")) {
            refused(other, "/api/programmes", programme(code, 5), 403, null);
            refused(other, "/api/programmes/CLOUD-2025", terms, 403, null, true);
        }
        assertThat(api.as("admin")
                        .get("/api/programmes/CLOUD-2025")
                        .body()
                        .get("targetStandards")
                        .asInt())
                .as("the demo programme untouched")
                .isEqualTo(30);
    }

    @Test
    void domainsGrowMoveAndRetireButAreNeverDeleted() {
        String top = "X" + serial();
        assertThat(api.as("admin").post("/api/domains", domain(top, null)).status())
                .isEqualTo(201);
        assertThat(api.as("admin")
                        .post("/api/domains", domain(top + ".EDGE", top))
                        .status())
                .isEqualTo(201);
        refused("admin", "/api/domains", domain(top + ".A.B", top + ".EDGE"), 422, "parent");
        refused("admin", "/api/domains", domain("Y" + serial() + ".EDGE", top), 422, "code");
        refused("admin", "/api/domains", domain("Y" + serial(), "NOPE"), 422, "parent");
        refused("admin", "/api/domains", domain("Y" + serial() + ".EDGE", null), 422, "code");
        refused("admin", "/api/domains", domain(top, null), 409, null);

        // A standard in the new sub-area, then the domain is renamed, moved and retired.
        Map<String, Object> standard = journeys.nationalStandard("Edge computing " + top);
        standard.put("domain", top + ".EDGE");
        long id = journeys.register(standard);
        Map<String, Object> change =
                Map.of("nameEn", "Edge and cloud", "nameZh", "边缘与云", "position", 5, "retired", true);
        assertThat(api.as("admin").put("/api/domains/" + top, change).status()).isEqualTo(200);
        List<String> order = api.as("observer").get("/api/domains").body().findValuesAsText("code");
        assertThat(order.indexOf(top)).as("moved up the list").isLessThan(order.indexOf("SEC"));
        assertThat(api.as("observer")
                        .get("/api/domains/" + top)
                        .body()
                        .get("retired")
                        .asBoolean())
                .isTrue();

        Map<String, Object> another = journeys.nationalStandard("Refused in a retired domain");
        another.put("domain", top + ".EDGE");
        Api.Response retired = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", another));
        assertProblem(retired, 422);
        assertThat(retired.text("field")).isEqualTo("domain");
        assertThat(retired.text("detail")).contains("retired");
        assertThat(journeys.standard(id).get("domain").asText())
                .as("its standards stay where they are")
                .isEqualTo(top + ".EDGE");
        assertThat(api.as("admin").delete("/api/domains/" + top).status())
                .as("nothing is deleted")
                .isIn(404, 405);
    }

    @Test
    void aNewSectorCommitteeNumbersItsStandardsWithItsPrefixAndItsSecretariatCanRegister() throws Exception {
        String code = "SJ-TC" + serial();
        refused("admin", "/api/committees", committee(code, "SECTOR", null), 422, "sectorPrefix");
        refused("admin", "/api/committees", committee(code, "NATIONAL", "SJ/T"), 422, "sectorPrefix");
        refused("admin", "/api/committees", committee(code, "SECTOR", "GB/T"), 422, "sectorPrefix");
        refused("admin", "/api/committees", committee(code, "SECTOR", "sj/t"), 422, "sectorPrefix");
        refused("admin", "/api/committees", committee(code, "REGIONAL", "SJ/T"), 400, "level");
        refused("admin", "/api/committees", committee("TC28SC38", "NATIONAL", null), 409, null);
        Api.Response created = api.as("admin").post("/api/committees", committee(code, "SECTOR", "SJ/T"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("sectorPrefix")).isEqualTo("SJ/T");

        // Its secretariat, created with the account API, registers at once: the engine lets it start processes.
        String secretary = "sjsecretary" + serial();
        Api.Response account = api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                secretary,
                                "displayName",
                                "SJ secretariat",
                                "password",
                                secretary + " password",
                                "roles",
                                List.of(Map.of("role", "SECRETARIAT", "committee", code))));
        assertThat(account.status()).as(account.body().toString()).isEqualTo(201);
        Map<String, Object> standard = journeys.nationalStandard("Electronics cloud terminals " + code);
        standard.put("type", "SECTOR");
        standard.put("committee", code);
        Api.Response registered = api.as(secretary).post("/api/standards", standard);
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(journeys.openTaskKeys(registered.get("id").asLong())).containsExactly("submitProposal");

        // The account pages offer the new committee.
        assertThat(page("admin", "/admin/users")).contains(code);
        Map<String, Object> terms = Map.of("nameEn", "Electronics", "nameZh", "电子", "sectorPrefix", "SJ/Z");
        assertThat(api.as("admin").put("/api/committees/" + code, terms).text("sectorPrefix"))
                .isEqualTo("SJ/Z");
        assertThat(audited(code)).containsExactly("CREATE_COMMITTEE by admin", "UPDATE_COMMITTEE by admin");
    }

    @Test
    void eachCommitteeKeepsItsOwnProcedureWithTheDefaultsOfItsLevel() throws Exception {
        JsonNode tc28 = api.as("secretary").get("/api/committees/TC28-SC38").body();
        assertThat(tc28.get("competentDepartment").asText()).isEqualTo("MIIT");
        assertThat(api.as("secretary").get("/api/committees/CCSA-TC1").text("reviewMode"))
                .isEqualTo("CORRESPONDENCE");

        String code = "PROC" + serial();
        JsonNode national = api.as("admin")
                .post("/api/committees", committee(code, "NATIONAL", null))
                .body();
        assertThat(national.get("reviewMode").asText()).isEqualTo("MEETING");
        assertThat(national.get("proposalSupport").asText()).isEqualTo("SUPPORTERS");
        assertThat(national.get("proposalSupporters").asInt()).isEqualTo(5);
        assertThat(national.get("recusal").asBoolean()).isTrue();
        assertThat(national.get("competentDepartment").isNull()).isTrue();
        assertThat(national.get("ballotRule").get("participationBase").asText()).isEqualTo("ALL_MEMBERS");
        assertThat(national.get("ballotRule").get("abstentions").asText()).isEqualTo("COUNT_AS_TAKING_PART");

        Map<String, Object> iso = new HashMap<>(Map.of(
                "nameEn", "Liaison committee",
                "nameZh", "联络委员会",
                "reviewMode", "CORRESPONDENCE",
                "proposalSupport", "VOTE",
                "proposalSupporters", 3,
                "recusal", false,
                "competentDepartment", "MIIT",
                "ballotRule", Map.of("participationBase", "ELIGIBLE", "abstentions", "EXCLUDE")));
        JsonNode changed = api.as("admin").put("/api/committees/" + code, iso).body();
        JsonNode read = api.as("secretary").get("/api/committees/" + code).body();
        assertThat(read).isEqualTo(changed);
        assertThat(read.get("reviewMode").asText()).isEqualTo("CORRESPONDENCE");
        assertThat(read.get("proposalSupport").asText()).isEqualTo("VOTE");
        assertThat(read.get("proposalSupporters").asInt()).isEqualTo(3);
        assertThat(read.get("recusal").asBoolean()).isFalse();
        assertThat(read.get("competentDepartment").asText()).isEqualTo("MIIT");
        assertThat(read.get("ballotRule").get("participationBase").asText()).isEqualTo("ELIGIBLE");
        assertThat(read.get("ballotRule").get("abstentions").asText()).isEqualTo("EXCLUDE");
        assertThat(audited(code)).last().isEqualTo("UPDATE_COMMITTEE by admin");

        String path = "/api/committees/" + code;
        refused("admin", path, with(iso, "proposalSupporters", 0), 422, "proposalSupporters", true);
        refused("admin", path, with(iso, "competentDepartment", "NDRC"), 400, "competentDepartment", true);
        refused("admin", path, with(iso, "reviewMode", "ONLINE"), 400, "reviewMode", true);
        refused(
                "admin",
                path,
                with(iso, "ballotRule", Map.of("participationBase", "ELIGIBLE")),
                422,
                "ballotRule.abstentions",
                true);
        refused("secretary", path, iso, 403, null, true);

        // The page shows the settings in the reader's language and changes them through the same rules.
        assertThat(page("admin", "/admin/committees/" + code)).contains("有表决权的委员（ISO）", "工业和信息化部", "函审");
        MockHttpServletResponse saved = form(
                "/admin/committees/" + code,
                Map.of(
                        "nameEn", "Liaison committee",
                        "nameZh", "联络委员会",
                        "reviewMode", "MEETING",
                        "proposalSupport", "SUPPORTERS",
                        "proposalSupporters", "7",
                        "recusal", "true",
                        "competentDepartment", "",
                        "ballotRule.participationBase", "ALL_MEMBERS",
                        "ballotRule.abstentions", "COUNT_AS_TAKING_PART"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/committees/" + code);
        JsonNode fromPage = api.as("admin").get("/api/committees/" + code).body();
        assertThat(fromPage.get("reviewMode").asText()).isEqualTo("MEETING");
        assertThat(fromPage.get("proposalSupporters").asInt()).isEqualTo(7);
        assertThat(fromPage.get("recusal").asBoolean()).isTrue();
        assertThat(fromPage.get("competentDepartment").isNull()).isTrue();
        assertThat(fromPage.get("ballotRule").get("participationBase").asText()).isEqualTo("ALL_MEMBERS");
        MockHttpServletResponse badForm = form(
                "/admin/committees/" + code,
                Map.of("nameEn", "Liaison committee", "nameZh", "联络委员会", "proposalSupporters", "0"));
        assertThat(badForm.getStatus()).isEqualTo(422);
        assertThat(api.as("admin").get("/api/committees/" + code).body()).isEqualTo(fromPage);
    }

    @Test
    void aNationalGuidanceDocumentIsANationalStandardNumberedGbZ() {
        Map<String, Object> body = journeys.nationalStandard("Guidance on cloud-native maturity");
        body.put("type", "GB_Z");
        long id = journeys.register(body);
        journeys.toApproval(id);
        journeys.submitForApproval(id);
        journeys.complete("sac", id, "approvePublication", Map.of("outcome", "APPROVE"));
        String wrong = journeys.nextNumber("GB/T");
        Api.Response refused = journeys.tryComplete("sac", id, "publish", publication(wrong));
        assertProblem(refused, 422);
        assertThat(refused.text("detail")).contains("numbered GB/Z");
        journeys.complete("sac", id, "publish", publication(journeys.nextNumber("GB/Z")));
        assertThat(journeys.stage(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void organisationsCarryAValidCreditCodeThatBelongsToOneOnly() {
        String code = "ORG" + serial();
        refused("admin", "/api/organisations", organisation(code, "91110108MA01ECL0U4"), 422, "creditCode");
        refused("admin", "/api/organisations", organisation(code, "91110108MA01ECL0U5"), 409, null);
        Api.Response created = api.as("admin").post("/api/organisations", organisation(code, null));
        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> terms = Map.of("nameEn", "Renamed Ltd.", "nameZh", "更名有限公司");
        assertThat(api.as("admin").put("/api/organisations/" + code, terms).text("nameEn"))
                .isEqualTo("Renamed Ltd.");
        Api.Response enterprise = api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                "ent" + code.toLowerCase(),
                                "displayName",
                                "Enterprise",
                                "organisation",
                                code,
                                "password",
                                "a long enough password",
                                "roles",
                                List.of(Map.of("role", "ENTERPRISE"))));
        assertThat(enterprise.status())
                .as("an account belongs to the new organisation")
                .isEqualTo(201);
        assertThat(audited(code)).containsExactly("CREATE_ORGANISATION by admin", "UPDATE_ORGANISATION by admin");
    }

    @Test
    void aCommitteeCreatedOnThePageFollowsTheSameProcedureAsOneCreatedThroughTheApi() throws Exception {
        String form = page("admin", "/admin/committees");
        assertThat(form)
                .as("the form starts from the API's defaults")
                .containsPattern("id=\"recusal\"[^>]*checked")
                .containsPattern("id=\"proposalPackage\"[^>]*checked")
                .contains("按委员会级别");
        Map<String, String> fields = new LinkedHashMap<>();
        var inputs = Pattern.compile("<input type=\"checkbox\" id=\"([^\"]+)\" name=\"[^\"]+\" value=\"true\" checked")
                .matcher(form);
        while (inputs.find()) {
            fields.put(inputs.group(1), "true");
        }
        var selected = Pattern.compile(
                        "<select id=\"([^\"]+)\"[^>]*>(?:(?!</select>).)*?<option value=\"([^\"]+)\" selected",
                        Pattern.DOTALL)
                .matcher(form);
        while (selected.find()) {
            fields.put(selected.group(1), selected.group(2));
        }
        var numbers = Pattern.compile("<input type=\"number\" id=\"([^\"]+)\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        while (numbers.find()) {
            fields.put(numbers.group(1), numbers.group(2));
        }
        String onPage = "FORM" + serial();
        fields.putAll(Map.of("code", onPage, "level", "NATIONAL", "nameEn", "Form committee", "nameZh", "表单委员会"));
        assertThat(form("/admin/committees", fields).getRedirectedUrl()).isEqualTo("/admin/committees/" + onPage);
        String byApi = "API" + serial();
        assertThat(api.as("admin")
                        .post(
                                "/api/committees",
                                Map.of(
                                        "code",
                                        byApi,
                                        "level",
                                        "NATIONAL",
                                        "nameEn",
                                        "Api committee",
                                        "nameZh",
                                        "接口委员会"))
                        .status())
                .isEqualTo(201);
        JsonNode fromPage = api.as("admin").get("/api/committees/" + onPage).body();
        JsonNode fromApi = api.as("admin").get("/api/committees/" + byApi).body();
        for (String setting : List.of(
                "reviewMode", "proposalSupport", "proposalSupporters", "proposalPackage", "recusal", "ballotRule")) {
            assertThat(fromPage.get(setting)).as(setting).isEqualTo(fromApi.get(setting));
        }
    }

    @Test
    void thePagesCreateAndChangeEntriesThroughTheSameRules() throws Exception {
        String code = "PAGE" + serial();
        MockHttpServletResponse created = form(
                "/admin/committees",
                Map.of("code", code, "level", "NATIONAL", "nameEn", "Page committee", "nameZh", "页面委员会"));
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/committees/" + code);
        assertThat(page("admin", "/admin/committees")).contains(code, "Page committee");
        assertThat(page("admin", "/admin/committees/" + code)).contains("Page committee");

        MockHttpServletResponse refused = form(
                "/admin/committees/" + code,
                Map.of("nameEn", "Page committee", "nameZh", "页面委员会", "sectorPrefix", "SJ/T"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("no sector prefix");
        assertThat(api.as("admin")
                        .get("/api/committees/" + code)
                        .body()
                        .get("sectorPrefix")
                        .isNull())
                .isTrue();

        MockHttpServletResponse badNumber = form(
                "/admin/programmes",
                Map.of(
                        "code",
                        "PP" + serial(),
                        "nameEn",
                        "P",
                        "nameZh",
                        "计划",
                        "targetStandards",
                        "many",
                        "targetDate",
                        "2030-12-31",
                        "targetEnterprises",
                        "10"));
        assertThat(badNumber.getStatus()).isEqualTo(400);
        assertThat(badNumber.getContentAsString(StandardCharsets.UTF_8)).contains("many");

        String domain = "PD" + serial();
        form("/admin/domains", Map.of("code", domain, "nameEn", "Page domain", "nameZh", "页面领域"));
        form(
                "/admin/domains/" + domain,
                Map.of("nameEn", "Page domain", "nameZh", "页面领域", "position", "99", "retired", "true"));
        assertThat(api.as("admin")
                        .get("/api/domains/" + domain)
                        .body()
                        .get("retired")
                        .asBoolean())
                .isTrue();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/programmes")
                                .with(user(users.loadUserByUsername("secretary"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletResponse form(String path, Map<String, String> fields) throws Exception {
        var request = MockMvcRequestBuilders.post(path)
                .with(user(users.loadUserByUsername("admin")))
                .with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String user, String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path)
                            .header("Accept-Language", "zh")
                            .with(user(users.loadUserByUsername(user))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void refused(String user, String path, Map<String, ?> body, int status, String field) {
        refused(user, path, body, status, field, false);
    }

    /** Refused as problem details naming the field, writing nothing: no row added, and none changed. */
    private void refused(String user, String path, Map<String, ?> body, int status, String field, boolean put) {
        String before = everything();
        Api.Response response = guard.unchangedBy(
                () -> put ? api.as(user).put(path, body) : api.as(user).post(path, body));
        assertProblem(response, status);
        if (field != null) {
            assertThat(response.text("field")).as(response.body().toString()).isEqualTo(field);
        }
        assertThat(everything()).as("no entry changed").isEqualTo(before);
    }

    private String everything() {
        return api.as("admin").get("/api/programmes").body().toString()
                + api.as("admin").get("/api/domains").body()
                + api.as("admin").get("/api/committees").body()
                + api.as("admin").get("/api/organisations").body();
    }

    private List<String> audited(String target) {
        return jdbc.sql("select action, actor from audit_event where target = ? and outcome = 'DONE' order by id")
                .param(target)
                .query((rs, n) -> rs.getString("action") + " by " + rs.getString("actor"))
                .list();
    }

    private static Map<String, Object> programme(String code, int targetStandards) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameEn", "Second cloud programme");
        body.put("nameZh", "第二期云计算标准化专项");
        body.put("targetStandards", targetStandards);
        body.put("targetDate", "2030-12-31");
        body.put("targetEnterprises", 500);
        return body;
    }

    private static Map<String, Object> domain(String code, String parent) {
        Map<String, Object> body =
                new HashMap<>(Map.of("code", code, "nameEn", "Domain " + code, "nameZh", "领域 " + code));
        if (parent != null) {
            body.put("parent", parent);
        }
        return body;
    }

    private static Map<String, Object> committee(String code, String level, String sectorPrefix) {
        Map<String, Object> body = new HashMap<>(
                Map.of("code", code, "level", level, "nameEn", "Committee " + code, "nameZh", "委员会 " + code));
        if (sectorPrefix != null) {
            body.put("sectorPrefix", sectorPrefix);
        }
        return body;
    }

    private static Map<String, Object> organisation(String code, String creditCode) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "nameEn", "Org " + code, "nameZh", "单位 " + code));
        if (creditCode != null) {
            body.put("creditCode", creditCode);
        }
        return body;
    }

    private Map<String, Object> publication(String number) {
        var today = LocalDate.ofInstant(now(), ZONE);
        return Map.of(
                "publishedNumber",
                number,
                "publicationDate",
                today.toString(),
                "implementationDate",
                today.plusMonths(6).toString());
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static int serial() {
        return SERIAL.incrementAndGet() * 1000 + (int) (System.nanoTime() % 1000);
    }
}
