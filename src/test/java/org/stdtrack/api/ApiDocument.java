package org.stdtrack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stdtrack.support.Api;

/**
 * The published OpenAPI document, read as a client generator reads it, with its operations found by method and
 * path whatever their path parameters are called ({@code GET /api/standards/{}/comments}).
 */
record ApiDocument(String text, JsonNode root, Map<String, JsonNode> operations) {

    static ApiDocument fetch(Api api) {
        Api.FileResponse response = api.as("admin").fetch("/v3/api-docs");
        if (response.status() != 200) {
            throw new AssertionError("/v3/api-docs answered " + response.status());
        }
        try {
            JsonNode root = new ObjectMapper().readTree(response.bytes());
            Map<String, JsonNode> operations = new LinkedHashMap<>();
            root.get("paths")
                    .fields()
                    .forEachRemaining(path -> path.getValue()
                            .fields()
                            .forEachRemaining(op -> operations.put(
                                    key(op.getKey().toUpperCase(Locale.ROOT), path.getKey()), op.getValue())));
            return new ApiDocument(response.text(), root, operations);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** "GET /api/standards/{}/comments" for "GET", "/api/standards/{standardId}/comments". */
    static String key(String method, String path) {
        return method + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    /**
     * The operation a row of the authorization matrix (docs/authorization-matrix.md) is about ("GET /api/standards/{id} (published)"), if the row names one
     * of the tracker's own operations (not the actuator's, the engine's or the webapps').
     */
    Optional<JsonNode> forMatrixRow(String row) {
        String[] parts = row.split(" ");
        if (parts.length < 2 || !(parts[1].startsWith("/api/") || parts[1].startsWith("/feeds/"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(operations.get(key(parts[0], parts[1])));
    }

    static boolean isTrackerOperation(String row) {
        String[] parts = row.split(" ");
        return parts.length >= 2 && (parts[1].startsWith("/api/") || parts[1].startsWith("/feeds/"));
    }

    /** The schema a {@code $ref} points to, or the node itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.asText().substring("#/components/schemas/".length());
        return root.path("components").path("schemas").path(name);
    }
}
