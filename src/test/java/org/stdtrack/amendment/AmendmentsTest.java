package org.stdtrack.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Demo.NATIONAL;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.now;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.WriteGuard;

/**
 * Amendments of a published standard: registered by the secretariat, drafted by the drafting group,
 * consulted for a month, decided and published by the approving body; at most two, a rejected one not
 * counted. On H2 and PostgreSQL.
 */
abstract class AmendmentsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Autowired
    JdbcClient jdbc;

    private static String amendments(long id) {
        return "/api/standards/" + id + "/amendments";
    }

    private Api.Response register(String user, long id, String reason) {
        return api.as(user).post(amendments(id), Map.of("reason", reason));
    }

    private void refused(String user, long id, String reason, int status) {
        assertProblem(guard.unchangedBy(() -> register(user, id, reason)), status);
    }

    private String process(long id, int sequence) {
        return jdbc.sql("select process_instance_id from amendment where standard_id = ? and sequence = ?")
                .params(id, sequence)
                .query(String.class)
                .single();
    }

    private JsonNode amendment(long id, int sequence) {
        return api.as("observer").get(amendments(id)).body().get(sequence - 1);
    }

    @Test
    void anAmendmentIsDraftedConsultedDecidedAndPublishedAndAStandardTakesTwo() {
        long draft = journeys.registerNational("Not yet amendable");
        refused("secretary", draft, "Too early", 409);
        long id = journeys.importedAtApproval("Amended standard", "GB_T", NATIONAL, "CESI");
        journeys.upload(id, "DRAFTING_EXPLANATION");
        journeys.publish(id, journeys.nextNumber("GB/T"));
        refused("reviewer1", id, "Not mine", 403);
        refused("secretary2", id, "Not my committee", 403);
        refused("secretary", id, " ", 422);

        Api.Response first = register("secretary", id, "Clause 5.2 cites a withdrawn method.");
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("DRAFTING");
        assertThat(first.body().get("sequence").asInt()).isEqualTo(1);
        Api.Response bare =
                guard.unchangedBy(() -> journeys.tryComplete("drafter", id, "submitAmendmentDraft", Map.of()));
        assertProblem(bare, 409);
        assertThat(bare.text("detail")).contains("AMENDMENT_DRAFT");
        journeys.upload(id, "AMENDMENT_DRAFT", "修改单", "5.2 改为：……");
        journeys.complete("drafter", id, "submitAmendmentDraft");
        JsonNode consulting = amendment(id, 1);
        assertThat(consulting.get("status").asText()).isEqualTo("CONSULTATION");
        assertThat(LocalDate.ofInstant(
                        Instant.parse(consulting.get("consultationClosesAt").asText()), ZONE))
                .as("a month's consultation")
                .isEqualTo(LocalDate.ofInstant(now(), ZONE).plusMonths(1));
        assertThat(journeys.openTaskKeys(id))
                .as("the approver decides once it closes")
                .isEmpty();
        String comments = amendments(id) + "/1/comments";
        Map<String, Object> letter = Map.of(
                "organisation", "中国电子技术标准化研究院", "channel", "LETTER", "text", "Keep the old method as an option.");
        assertProblem(guard.unchangedBy(() -> api.as("reviewer1").post(comments, letter)), 403);
        assertProblem(
                guard.unchangedBy(() -> api.as("secretary")
                        .post(comments, Map.of("organisation", "Self", "channel", "ACCOUNT", "text", "x"))),
                422);
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(amendments(id) + "/9/comments", letter)), 404);
        Api.Response recorded = api.as("secretary").post(comments, letter);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(api.as("observer").get(comments).body().findValuesAsText("channel"))
                .containsExactly("LETTER");
        passTime(Period.ofMonths(1).plusDays(1));
        assertProblem(guard.unchangedBy(() -> api.as("secretary").post(comments, letter)), 409);
        assertThat(journeys.fireDueTimersOf(process(id, 1))).isEqualTo(1);
        String decision = journeys.task("sac", id, "approveAmendment").get("id").asText();
        assertThat(api.as("sac").fetch("/tasks/" + decision).text())
                .as("the approver sees the consultation's comments")
                .contains("Keep the old method as an option.");
        assertProblem(
                guard.unchangedBy(
                        () -> journeys.tryComplete("sac", id, "approveAmendment", Map.of("outcome", "REVISE"))),
                422);
        journeys.complete("sac", id, "approveAmendment", Map.of("outcome", "APPROVE"));
        assertThat(amendment(id, 1).get("status").asText()).isEqualTo("APPROVED");
        String today = LocalDate.ofInstant(now(), ZONE).toString();
        journeys.complete("sac", id, "publishAmendment", Map.of("publicationDate", today));
        JsonNode published = amendment(id, 1);
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedOn").asText()).isEqualTo(today);
        assertThat(journeys.stage(id)).as("the standard stays in force").isIn("PUBLISHED", "IN_FORCE");

        assertThat(register("secretary", id, "A second correction.").status()).isEqualTo(201);
        journeys.upload(id, "AMENDMENT_DRAFT", "修改单二");
        journeys.complete("drafter", id, "submitAmendmentDraft");
        passTime(Period.ofMonths(1).plusDays(1));
        assertThat(journeys.fireDueTimersOf(process(id, 2))).isEqualTo(1);
        journeys.complete("sac", id, "approveAmendment", Map.of("outcome", "REJECT", "comment", "Not needed."));
        assertThat(amendment(id, 2).get("status").asText()).isEqualTo("REJECTED");
        assertThat(register("secretary", id, "A third, in place of the rejected one.")
                        .status())
                .as("a rejected amendment does not count")
                .isEqualTo(201);
        Api.Response beyond = guard.unchangedBy(() -> register("secretary", id, "One too many."));
        assertProblem(beyond, 409);
        assertThat(beyond.text("detail")).contains("2 amendments");
        assertThat(api.as("secretary").fetch("/standards/" + id).text())
                .contains("id=\"amendment-XG1\"", "id=\"amendment-XG3\"")
                .doesNotContain("id=\"amendment-form\"");
        assertThat(api.as("secretary").fetchIn("zh", "/standards/" + id).text()).contains("修改单", "已发布", "未批准");
        assertThat(api.as("enterprise1").get(amendments(id)).body().findValuesAsText("status"))
                .as("a published standard's amendments are for everyone who sees it")
                .containsExactly("PUBLISHED", "REJECTED", "DRAFTING");
    }
}
