package org.stdtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.stdtrack.support.Demo.NATIONAL;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The pages through the full security chain (MockMvc): who may open what, languages, the list's search,
 * claiming, a refused completion, account administration. The whole journey in a real browser is
 * {@link BrowserJourneyTest}.
 */
abstract class WebPagesTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetLanguageChoices() {
        jdbc.sql("update app_user set preferred_language = null").update();
    }

    // ---- access ---------------------------------------------------------------------------------------

    @Test
    void anonymousVisitorsAreSentToSignInAndTheLoginFormHasTheIssuesFields() throws Exception {
        MockHttpServletResponse tasks = mvc.perform(get("/tasks").header("Accept", "text/html"))
                .andReturn()
                .getResponse();
        assertThat(tasks.getStatus()).isEqualTo(302);
        assertThat(tasks.getRedirectedUrl()).endsWith("/login");
        String login = page(get("/login"), 200);
        assertThat(login)
                .contains("name=\"username\"")
                .contains("name=\"password\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void eachRoleReachesItsPagesAndNoOthers() throws Exception {
        for (String path : new String[] {"/tasks", "/standards", "/dashboard", "/standards/new", "/admin/users"}) {
            assertThat(status("admin", path)).as("admin " + path).isEqualTo(200);
        }
        assertThat(status("secretary", "/standards/new")).isEqualTo(200);
        assertThat(status("secretary", "/admin/users")).isEqualTo(403);
        assertThat(status("reviewer1", "/standards/new")).isEqualTo(403);
        assertThat(status("observer", "/dashboard")).isEqualTo(200);
        assertThat(status("enterprise1", "/dashboard"))
                .as("reports are not for enterprises")
                .isEqualTo(403);
        assertThat(status("enterprise1", "/standards")).isEqualTo(200);
        assertThat(status("secretary", "/tasks/no-such-task")).isEqualTo(404);
    }

    @Test
    void navigationOffersWhatTheRoleMayUse() throws Exception {
        String admin = page(as("admin", get("/standards")), 200);
        assertThat(admin)
                .contains("href=\"/admin/users\"")
                .contains("href=\"/dashboard\"")
                .contains("href=\"/tasks\"");
        String observer = page(as("observer", get("/standards")), 200);
        assertThat(observer)
                .doesNotContain("href=\"/admin/users\"")
                .doesNotContain("href=\"/tasks\"")
                .contains("href=\"/dashboard\"");
        String enterprise = page(as("enterprise1", get("/standards")), 200);
        assertThat(enterprise).doesNotContain("href=\"/dashboard\"").doesNotContain("href=\"/standards/new\"");
        assertThat(page(as("secretary", get("/standards")), 200)).contains("href=\"/standards/new\"");
    }

    @Test
    void refusalsArePagesInTheReadersLanguage() throws Exception {
        MockHttpServletResponse refused = mvc.perform(
                        as("secretary", get("/admin/users")).header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andReturn()
                .getResponse();
        // The container renders the error page (BrowserJourneyTest sees it); here: 403 and no problem+json.
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).isNull();
        String notFound = page(as("secretary", get("/standards/999999")).header("Accept-Language", "zh-CN"), 404);
        assertThat(notFound).contains("未找到").contains("不存在标准 999999。").doesNotContain("No standard");
    }

    // ---- languages ------------------------------------------------------------------------------------

    @Test
    void theFirstVisitFollowsTheBrowserAndAChoiceIsRememberedForTheUser() throws Exception {
        assertThat(page(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"), 200))
                .contains("<h1>登录</h1>");
        assertThat(page(get("/login").header("Accept-Language", "en-GB,en;q=0.9"), 200))
                .contains("<h1>Sign in</h1>");
        assertThat(page(get("/login").header("Accept-Language", "fr-FR"), 200))
                .as("no French: English")
                .contains("<h1>Sign in</h1>");
        assertThat(page(as("reviewer1", get("/tasks")).header("Accept-Language", "en"), 200))
                .contains("<h1>My tasks</h1>");

        assertThat(page(as("reviewer1", get("/tasks").param("lang", "zh")).header("Accept-Language", "en"), 200))
                .contains("<h1>我的任务</h1>");
        // A new session in an English browser: the saved choice wins, for every page and stage name.
        String later = page(as("reviewer1", get("/standards")).header("Accept-Language", "en"), 200);
        assertThat(later).contains("<h1>标准</h1>").contains("起草").contains("lang=\"zh-CN\"");
        assertThat(page(as("reviewer2", get("/tasks")).header("Accept-Language", "en"), 200))
                .as("only that user's choice")
                .contains("<h1>My tasks</h1>");

        page(as("reviewer1", get("/tasks").param("lang", "en")), 200);
        assertThat(page(as("reviewer1", get("/tasks")).header("Accept-Language", "zh-CN"), 200))
                .contains("<h1>My tasks</h1>");
    }

    @Test
    void taskNamesAndOutcomesAreTranslated() throws Exception {
        long id = journeys.registerNational("Translated task names");
        String zh = page(as("secretary", get("/tasks").param("lang", "zh")), 200);
        assertThat(zh).contains("提交项目建议");
        journeys.complete("secretary", id, "submitProposal");
        String form = page(
                as("sac", get("/tasks/" + taskId("sac", id, "approveProposal"))).header("Accept-Language", "zh"), 200);
        assertThat(form).contains("审批立项").contains("退回修改").contains("计划号");
    }

    // ---- standards list -------------------------------------------------------------------------------

    @Test
    void theListSearchesTitlesAndNumbersAndFilters() throws Exception {
        long quantum = journeys.registerNational("Quantum-safe cloud key management 100%_proof");
        journeys.registerNational("Serverless function portability");
        String found = page(as("secretary", get("/standards").param("q", "QUANTUM-safe")), 200);
        assertThat(found)
                .contains("Quantum-safe cloud key management")
                .doesNotContain("Serverless function portability");
        assertThat(page(as("secretary", get("/standards").param("q", "云计算 Quantum")), 200))
                .as("Chinese title")
                .contains("/standards/" + quantum + "\"");
        assertThat(page(as("secretary", get("/standards").param("q", "100%_")), 200))
                .as("% and _ are literal")
                .contains("/standards/" + quantum + "\"");
        assertThat(page(as("secretary", get("/standards").param("q", "1%proof")), 200))
                .doesNotContain("/standards/" + quantum + "\"");
        assertThat(page(as("secretary", get("/standards").param("q", "Quantum_safe")), 200))
                .doesNotContain("/standards/" + quantum + "\"");
        assertThat(page(as("secretary", get("/standards").param("q", "Quantum").param("type", "SECTOR")), 200))
                .doesNotContain("/standards/" + quantum + "\"");
        assertThat(page(
                        as(
                                "secretary",
                                get("/standards")
                                        .param("q", "Quantum")
                                        .param("stage", "PRELIMINARY")
                                        .param("committee", NATIONAL)
                                        .param("domain", "SRV")),
                        200))
                .contains("/standards/" + quantum + "\"");
        assertThat(page(as("secretary", get("/standards").param("q", "Quantum").param("overdue", "true")), 200))
                .as("not overdue")
                .doesNotContain("/standards/" + quantum + "\"");
    }

    @Test
    void theApiListTakesTheSameSearch() {
        long id = journeys.registerNational("Edge cloud collaboration interfaces");
        var response = api.as("secretary").get("/api/standards?q=EDGE&type=GB_T&overdue=false");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.get("items").findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(api.as("secretary")
                        .get("/api/standards?q=EDGE&overdue=true")
                        .get("total")
                        .asLong())
                .isZero();
    }

    // ---- tasks ----------------------------------------------------------------------------------------

    @Test
    void claimingAndHandingBackFromTheTaskList() throws Exception {
        long id = journeys.registerNational("Claimed from the list");
        String task = taskId("secretary", id, "submitProposal");
        MockHttpServletResponse claimed = mvc.perform(
                        as("secretary", post("/tasks/" + task + "/claim")).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(claimed.getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(assignee(task)).isEqualTo("secretary");
        assertThat(page(as("secretary", get("/tasks")), 200)).contains("Unclaim");
        mvc.perform(as("secretary", post("/tasks/" + task + "/unclaim")).with(csrf()));
        assertThat(assignee(task)).isNull();
        assertThat(mvc.perform(as("secretary", post("/tasks/" + task + "/claim")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(assignee(task)).isNull();
    }

    @Test
    void aRefusedCompletionShowsTheFormAgainAndChangesNothing() throws Exception {
        long id = journeys.registerNational("Refused completion");
        journeys.complete("secretary", id, "submitProposal");
        String task = taskId("sac", id, "approveProposal");
        MockHttpServletResponse refused = mvc.perform(as("sac", post("/tasks/" + task + "/complete"))
                        .param("decision", "APPROVE")
                        .param("comment", "Looks right")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        String body = refused.getContentAsString();
        assertThat(body)
                .contains("Please correct the input")
                .contains("Plan number")
                .contains("Looks right")
                .contains("id=\"decision-APPROVE\" value=\"APPROVE\" required checked=\"checked\"")
                .contains("<span>Field: Plan number</span>");
        assertThat(journeys.stage(id)).isEqualTo("PROPOSAL");
        assertThat(taskId("sac", id, "approveProposal")).isEqualTo(task);

        MockHttpServletResponse done = mvc.perform(as("sac", post("/tasks/" + task + "/complete"))
                        .param("decision", "APPROVE")
                        .param("planNumber", "20269001-T-469")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/standards/" + id);
        assertThat(journeys.stageCodes(id))
                .as("approved, now publicly commented")
                .last()
                .isEqualTo("10.60");
    }

    @Test
    void theStandardPageShowsTheAuditTrailOnlyToThoseAllowed() throws Exception {
        long id = journeys.registerNational("Audit on the page");
        assertThat(page(as("secretary", get("/standards/" + id)), 200))
                .contains("Audit trail")
                .contains("Registered");
        assertThat(page(as("sac", get("/standards/" + id)), 200)).doesNotContain("Audit trail");
        var position = api.as("secretary").get("/standards/" + id + "/position");
        assertThat(position.get("activeActivities").toString()).contains("submitProposal");
        assertThat(mvc.perform(as("secretary", get("/standards/" + id + "/diagram.bpmn")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"standardLifecycle\"")
                .contains("name=\"Submit proposal\"");
        // The diagram in the reader's language: tasks, gateways and flows; the model's ids unchanged.
        assertThat(mvc.perform(as("secretary", get("/standards/" + id + "/diagram.bpmn"))
                                .header("Accept-Language", "zh-CN"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"standardLifecycle\"")
                .contains("id=\"submitProposal\"")
                .contains("name=\"提交项目建议\"")
                .contains("name=\"会议审查还是函审？\"")
                .doesNotContain("name=\"Submit proposal\"")
                .doesNotContain("name=\"Review meeting or correspondence?\"");
        assertThat(api.as("enterprise1").get("/standards/" + id + "/position").status())
                .as("not visible")
                .isEqualTo(404);
    }

    // ---- administration -------------------------------------------------------------------------------

    @Test
    void administratorsCreateAccountsAndGrantRolesPerCommittee() throws Exception {
        String name = "pagesuser" + System.nanoTime() % 100000;
        MockHttpServletResponse created = mvc.perform(as("admin", post("/admin/users"))
                        .with(csrf())
                        .param("username", name)
                        .param("displayName", "Page User")
                        .param("password", "a-long-password")
                        .param("role", "DRAFTING_GROUP")
                        .param("committee", NATIONAL)
                        .param("organisation", ""))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users/" + name);
        mvc.perform(as("admin", post("/admin/users/" + name + "/roles/add"))
                .with(csrf())
                .param("role", "OBSERVER")
                .param("committee", ""));
        String account = page(as("admin", get("/admin/users/" + name)), 200);
        assertThat(account).contains("Drafting group (TC28-SC38)").contains("Observer");
        assertThat(page(as("admin", get("/admin/users")), 200)).contains("/camunda/app/cockpit/default/");

        MockHttpServletResponse tooShort = mvc.perform(as("admin", post("/admin/users"))
                        .with(csrf())
                        .param("username", name + "x")
                        .param("displayName", "Short")
                        .param("password", "short"))
                .andReturn()
                .getResponse();
        assertThat(tooShort.getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(name + "x")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    @Test
    void staticFilesAndVersionlessWebjarsAreServedWithoutTryingEveryLinkAsAFile() {
        Api.FileResponse viewer = api.as(null).fetch("/webjars/bpmn-js/dist/bpmn-viewer.production.min.js");
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.text()).contains("BpmnJS");
        Api.FileResponse css = api.as(null).fetch("/css/stdtrack.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.text()).contains("{");
        // Spring Boot's resource chain filter resolved every link of every page as a static file (WebConfig).
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void parsedTemplatesAreKeptAcrossPagesAndABusyHeap() {
        long id = journeys.registerNational("Template cache");
        api.as("secretary").fetch("/standards/" + id);
        StandardCacheManager cache = (StandardCacheManager) templates.getCacheManager();
        assertThat(cache.getTemplateCacheUseSoftReferences())
                .as("a busy heap must not drop them")
                .isFalse();
        assertThat(cache.getTemplateCacheMaxSize()).isGreaterThanOrEqualTo(2_000);
        assertThat(cache.getTemplateCache().keySet())
                .as("each fragment a page inserts is kept under its page")
                .hasSizeGreaterThan(20);
    }

    private int status(String username, String path) throws Exception {
        return mvc.perform(as(username, get(path))).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String taskId(String username, long standardId, String key) {
        var tasks = api.as(username).get("/api/tasks?standard=" + standardId).body();
        for (var task : tasks) {
            if (key.equals(task.get("key").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(username + " has no " + key + " task on standard " + standardId);
    }

    private String assignee(String taskId) {
        return jdbc.sql("select assignee from open_task where task_id = ?")
                .param(taskId)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }
}
