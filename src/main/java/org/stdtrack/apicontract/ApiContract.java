package org.stdtrack.apicontract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.identity.AppUser;

/**
 * What the generated document cannot know from one method: who may call (HTTP Basic, or the browser's
 * session), and how each operation refuses. Every refusal is a problem detail (RFC 9457) with, when one
 * field is at fault, its name in {@code field}; which refusals an operation lists follows from its shape,
 * by the rules in {@link Refusals}.
 */
@Configuration
class ApiContract {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    static {
        // The signed-in user is resolved from the session or the Authorization header, never sent as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AppUser.class);
    }

    @Bean
    OpenAPI stdtrackOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("stdtrack API")
                        .version("1")
                        .description("The lifecycle of a programme's standards: reference data, standards and their "
                                + "documents, comments, ballots, tasks, adoptions, reports, notifications and "
                                + "feeds. Every response and refusal is JSON unless the operation says otherwise; "
                                + "refusals are problem details (RFC 9457). Which role may call which operation "
                                + "is the project's authorization matrix (docs/authorization-matrix.md)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("The account's user name and password. Browsers signed in "
                                                + "through /login use their session instead, with a CSRF token.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Adds to every operation the refusals it can answer with, each as a problem detail. */
    /**
     * What may be null is said: a property of a reference type (a text, a date, a nested record) is declared
     * nullable unless its declaration requires it ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty});
     * a primitive never is. Generated clients then accept the nulls real answers carry.
     */
    @Bean
    PropertyCustomizer nullableReferences() {
        return (property, type) -> {
            if (type.getType() instanceof Class<?> raw && raw.isPrimitive()) {
                return property;
            }
            if (type.getType() instanceof com.fasterxml.jackson.databind.JavaType javaType && javaType.isPrimitive()) {
                return property;
            }
            Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
            boolean required = Arrays.stream(annotations)
                    .anyMatch(a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty);
            if (required) {
                return property;
            }
            if (property.get$ref() != null) {
                return property; // see nullableRecords
            }
            property.setNullable(true);
            return property;
        };
    }

    /**
     * OpenAPI 3.0 reads nothing beside a {@code $ref}: a nested record that a property may leave null (one not
     * listed as required) is declared nullable itself.
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models types its schemas raw
    OpenApiCustomizer nullableRecords() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            Set<String> nullable = new HashSet<>();
            schemas.values().forEach(schema -> {
                if (schema.getProperties() == null) {
                    return;
                }
                List<?> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                    if (property.get$ref() != null && !required.contains(name)) {
                        nullable.add(
                                property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
                    }
                });
            });
            nullable.forEach(name -> {
                if (schemas.containsKey(name)) {
                    schemas.get(name).setNullable(true);
                }
            });
        };
    }

    @Bean
    OpenApiCustomizer refusalsAsProblems() {
        return openApi -> {
            // Here, not on the bean above: springdoc builds the document's schemas anew from the controllers.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> addRefusals(path, method, operation)));
        };
    }

    private static void addRefusals(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        Map<String, String> refusals = new TreeMap<>(Refusals.of(path, method, operation));
        refusals.forEach((status, description) -> responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        if (path.startsWith("/feeds/")) {
            // A feed's token in its path is its credential: calendars and feed readers cannot sign in.
            operation.setSecurity(List.of());
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("A refusal (RFC 9457).")
                .addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
                .addProperty("title", new StringSchema().example("Unprocessable Entity"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty(
                        "detail", new StringSchema().description("What is wrong, and what to do about it, in words."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field or parameter at fault, when one is.")
                                .example("title"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("The refusal's text in the message bundles, for a client that shows it"
                                        + " in its reader's language.")
                                .example("problem.required"))
                .addProperty(
                        "arguments",
                        new ArraySchema()
                                .items(new Schema<>())
                                .description("The text's arguments: values, ISO-8601 dates and periods, and labels"
                                        + " as {\"key\": …} naming another text of the bundles."));
    }
}
