package org.stdtrack.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Bad input never reaches a 500 (issue 12): pages far past the end are empty, NUL characters and overlong
 * values are refused naming the field, and write nothing.
 */
abstract class BadInputTest {

    @Autowired
    Journeys journeys;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    private WriteGuard guard;

    @Test
    void pagesFarBeyondTheEndAreEmptyNotErrors() throws Exception {
        Api.Response far = api.as("observer").get("/api/standards?page=4294968&size=500");
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.get("items")).isEmpty();
        assertThat(far.get("total").asLong()).isPositive();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/standards?page=42949673")
                                .with(user(users.loadUserByUsername("observer"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void nulCharactersAndOverlongValuesAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        var body = journeys.nationalStandard("With a \u0000 NUL");
        body.put("title", "With a \u0000 NUL");
        Api.Response nul = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", body));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.text("field")).isEqualTo("title");
        assertThat(nul.text("detail")).contains("NUL");
        MockHttpServletResponse query = mvc.perform(MockMvcRequestBuilders.get("/api/standards")
                        .param("q", "a\u0000b")
                        .with(user(users.loadUserByUsername("observer"))))
                .andReturn()
                .getResponse();
        assertThat(query.getStatus()).isEqualTo(400);
        assertThat(query.getContentAsString()).contains("\"field\":\"q\"");

        long id = journeys.registerNational("Overlong plan number");
        journeys.complete("secretary", id, "submitProposal");
        Api.Response plan = guard.unchangedBy(() -> journeys.tryComplete(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", "2026-" + "9".repeat(70))));
        assertThat(plan.status()).isEqualTo(422);
        assertThat(plan.text("field")).isEqualTo("planNumber");
        Api.Response comment = guard.unchangedBy(() -> journeys.tryComplete(
                "sac", id, "approveProposal", Map.of("outcome", "REJECT", "comment", "Reason with \u0000 inside")));
        assertThat(comment.status()).isEqualTo(400);
        assertThat(comment.text("field")).isEqualTo("comment");
    }
}
