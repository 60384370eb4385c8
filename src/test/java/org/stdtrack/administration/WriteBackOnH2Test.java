package org.stdtrack.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stdtrack.support.Refusals.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.Api;
import org.stdtrack.support.OnH2;
import org.stdtrack.support.WriteGuard;

/**
 * Read, change and write back (issue 27, item 5): every resource with a PUT takes the representation its
 * GET returns; read-only fields are accepted unchanged and refused naming them when changed.
 */
@OnH2
class WriteBackOnH2Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Api api;

    @Autowired
    WriteGuard guard;

    @Test
    void whatAGetReturnsIsAcceptedByThePutAndAChangedReadOnlyFieldIsRefused() {
        Map<String, Map<String, Object>> readOnly = Map.of(
                "/api/programmes/CLOUD-2025", Map.of("code", "OTHER"),
                "/api/domains/SRV.IAAS", Map.of("code", "OTHER", "parent", "BAS"),
                "/api/committees/TC28-SC38", Map.of("code", "OTHER", "level", "SECTOR"),
                "/api/organisations/CESI", Map.of("code", "OTHER"));
        readOnly.forEach((path, changes) -> {
            JsonNode read = api.as("admin").get(path).body();
            Map<String, Object> back = asMap(read);
            Api.Response written = api.as("admin").put(path, back);
            assertThat(written.status()).as(path + ": " + written.body()).isEqualTo(200);
            assertThat(written.body()).as(path).isEqualTo(read);
            changes.forEach((field, value) -> {
                Map<String, Object> changed = new LinkedHashMap<>(back);
                changed.put(field, value);
                Api.Response refused = guard.unchangedBy(() -> api.as("admin").put(path, changed));
                assertProblem(refused, 422);
                assertThat(refused.text("field")).as(path).isEqualTo(field);
                assertThat(refused.text("detail")).contains("read-only");
            });
        });
        Api.Response preferences = api.as("reviewer1").get("/api/me/notifications");
        assertThat(api.as("reviewer1")
                        .put("/api/me/notifications", asMap(preferences.body()))
                        .status())
                .isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode node) {
        return JSON.convertValue(node, LinkedHashMap.class);
    }
}
