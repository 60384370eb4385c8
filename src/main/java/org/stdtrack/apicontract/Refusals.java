package org.stdtrack.apicontract;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which refusals an operation can answer with, from its shape: every API call may be unauthenticated (401),
 * refused to the caller's role or committee (403) and asked for a representation it does not have (406);
 * one that names a resource in its path may not find it or not show it to the caller (404); one that reads
 * parameters or a body may find them malformed (400) or invalid (422); one that takes a body may find it too
 * large (413) or of a type it does not read (415); one that changes something may conflict with the
 * resource's state (409). A feed is called with its token instead of an account: an unknown token is 404.
 */
final class Refusals {

    private Refusals() {}

    static Map<String, String> of(String path, PathItem.HttpMethod method, Operation operation) {
        boolean feed = path.startsWith("/feeds/");
        boolean takesBody = operation.getRequestBody() != null;
        boolean readsInput = takesBody
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())));
        Map<String, String> refusals = new LinkedHashMap<>();
        if (path.contains("{")) {
            refusals.put("400", "A path parameter or request that cannot be read.");
        }
        if (readsInput) {
            refusals.put("400", "A parameter or body that cannot be read (wrong type, unknown field, not JSON).");
            refusals.put("422", "A value that breaks a rule of its field (named in `field`).");
        }
        if (!feed) {
            refusals.put("401", "Not signed in.");
            refusals.put("403", "The caller's role or committee may not do this.");
        }
        if (path.contains("{")) {
            refusals.put(
                    "404",
                    feed
                            ? "No such token, or nothing the token's owner may see."
                            : "Not found, or not visible to the caller.");
        }
        refusals.put("406", "The Accept header asks for a representation the operation does not have.");
        if (method != PathItem.HttpMethod.GET) {
            refusals.put("409", "The resource's state does not allow it now (the detail says why).");
        }
        if (takesBody) {
            refusals.put("413", "The body is larger than the limit.");
            refusals.put("415", "The body's media type is not one the operation reads.");
        }
        return refusals;
    }
}
