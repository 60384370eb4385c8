package org.stdtrack.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.WriteGuard;

/**
 * No request makes the server count without end (issue 27, item 1): every date a request carries lies in
 * 2000-2099 and every period in a century before any work starts, and a page past the end is empty however
 * far. The rules are the binding's, not a database's: H2 alone proves them.
 */
@OnH2
class BoundedRequestsOnH2Test {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    WriteGuard guard;

    @Test
    void reportDatesOutsideTheCenturyAreRefusedNamingTheParameter() {
        Map<String, String> refused = Map.of(
                "/api/reports/forecast-calibration?programme=CLOUD-2025&every=P1D&from=-999999999-01-01", "from",
                "/api/reports/targets?programme=CLOUD-2025&asOf=0001-01-01", "asOf",
                "/api/reports/targets?programme=CLOUD-2025&asOf=+999999999-12-31", "asOf",
                "/api/reports/stages?programme=CLOUD-2025&asOf=2100-01-01", "asOf",
                "/api/reports/forecast-calibration?programme=CLOUD-2025&every=P2147483647Y", "every",
                "/api/reports/forecast-calibration?programme=CLOUD-2025&horizon=P0D", "horizon",
                "/api/reports/forecast-calibration?programme=CLOUD-2025&every=P1D&from=2000-01-01", "every");
        refused.forEach((path, field) -> {
            Api.Response response = api.as("observer").get(path);
            assertProblem(response, 422);
            assertThat(response.text("field")).as(path).isEqualTo(field);
        });
        assertThat(api.as("observer")
                        .get("/api/reports/targets?programme=CLOUD-2025&asOf=2000-01-01")
                        .status())
                .as("the first day of the range is a date like any other")
                .isEqualTo(200);
    }

    @Test
    void jsonDatesOutsideTheCenturyAreRefusedNamingTheFieldAndWriteNothing() {
        long id = journeys.registerNational("Work plan in the far future");
        for (String date : List.of("+999999999-12-31", "2100-01-01", "1999-12-31")) {
            Api.Response response = guard.unchangedBy(() -> api.as("secretary")
                    .put("/api/standards/" + id + "/work-plan", Map.of("targets", Map.of("DRAFTING", date))));
            assertProblem(response, 422);
            assertThat(response.text("field")).as(date).isEqualTo("targets.DRAFTING");
            assertThat(response.text("detail")).contains("2000-01-01", "2099-12-31");
        }
        Api.Response malformed = guard.unchangedBy(() -> api.as("secretary")
                .put("/api/standards/" + id + "/work-plan", Map.of("targets", Map.of("DRAFTING", "next week"))));
        assertProblem(malformed, 400);
    }

    @Test
    void anInboxPageFarPastTheEndIsEmpty() {
        Api.Response far = api.as("reviewer1").get("/api/me/notifications/inbox?page=2147483647&size=100");
        assertThat(far.status()).as(far.body().toString()).isEqualTo(200);
        assertThat(far.get("items")).isEmpty();
    }

    @Test
    void titlesAndNamesAreOneLineSoThatNoneForgesALineOfAMail() {
        for (String broken : List.of("Cloud\r\nBcc: everyone@example.org", "Cloud\nsecond line", "Cloud\u2028next")) {
            var body = journeys.nationalStandard(broken);
            body.put("titleZh", "一行");
            Api.Response title = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", body));
            assertProblem(title, 422);
            assertThat(title.text("field")).isEqualTo("title");
            body.put("title", "One line");
            body.put("titleZh", broken);
            Api.Response titleZh = guard.unchangedBy(() -> api.as("secretary").post("/api/standards", body));
            assertProblem(titleZh, 422);
            assertThat(titleZh.text("field")).isEqualTo("titleZh");
        }
        Api.Response name = guard.unchangedBy(() -> api.as("admin")
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                "oneline",
                                "displayName",
                                "Name\r\nSubject: forged",
                                "password",
                                "a-long-password-1",
                                "roles",
                                List.of(Map.of("role", "OBSERVER")))));
        assertProblem(name, 422);
        assertThat(name.text("field")).isEqualTo("displayName");
    }

    @Test
    void aPlanNumberNamesOneStandard() {
        String number = Journeys.nextPlanNumber();
        long first = journeys.registerNational("First with the number");
        long second = journeys.registerNational("Second with the same number");
        journeys.complete("secretary", first, "submitProposal");
        journeys.complete("secretary", second, "submitProposal");
        journeys.complete("sac", first, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", number));
        Api.Response taken = guard.unchangedBy(() -> journeys.tryComplete(
                "sac", second, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", number)));
        assertProblem(taken, 422);
        assertThat(taken.text("field")).isEqualTo("planNumber");
        assertThat(taken.text("detail")).contains("standard " + first);
    }
}
