package org.stdtrack.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal with a status and a message meant for the user. Thrown anywhere in a request; rolls the
 * transaction back and becomes an {@code application/problem+json} answer.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private String code;
    private List<Object> arguments = List.of();
    private List<ApiException> others = List.of();

    protected ApiException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    /** The request field at fault, or null when the request as a whole is refused. */
    public String field() {
        return field;
    }

    /**
     * The refusal as the pages say it in the reader's language: a message key and its arguments (periods, dates,
     * enum values, which the pages write in words). The message stays the API's English detail.
     */
    public ApiException withText(String code, Object... arguments) {
        this.code = code;
        // An argument may be absent (null): the text then shows nothing in its place.
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments));
        return this;
    }

    /** An argument that is itself a text of the bundles (a field's or a value's name), by its key. */
    public record Label(String key) {}

    /**
     * The message key of the refusal's text: its own where it has one, else the text every refusal of its status
     * has ({@code problem.status.409}, {@code problem.status.422.field} naming the field).
     */
    public String code() {
        if (code != null) {
            return code;
        }
        return "problem.status." + status.value() + (field == null ? "" : ".field");
    }

    public List<Object> arguments() {
        if (code == null && field != null) {
            return List.of(new Label("field." + field));
        }
        return arguments;
    }

    /**
     * Several refusals of one request, said all at once: the first is the refusal (its status, field and detail),
     * the rest come with it ({@link #each()}), each naming its own field.
     */
    public static ApiException all(List<ApiException> refusals) {
        ApiException first = refusals.get(0);
        first.others = List.copyOf(refusals.subList(1, refusals.size()));
        return first;
    }

    /** This refusal and those that came with it, in order. */
    public List<ApiException> each() {
        List<ApiException> each = new ArrayList<>(others.size() + 1);
        each.add(this);
        each.addAll(others);
        return each;
    }

    /** Whether the refusal has a text of its own rather than its status's. */
    public boolean hasOwnText() {
        return code != null;
    }

    /**
     * The refusal as problem details (RFC 9457): status, the English detail, the field at fault, and the code and
     * arguments a client renders in its reader's language as the pages do.
     */
    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setProperty("code", code());
        problem.setProperty("arguments", arguments());
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (!others.isEmpty()) {
            problem.setProperty(
                    "errors",
                    each().stream()
                            .map(e -> {
                                Map<String, Object> error = new LinkedHashMap<>();
                                error.put("field", e.field());
                                error.put("detail", e.getMessage());
                                error.put("code", e.code());
                                error.put("arguments", e.arguments());
                                return error;
                            })
                            .toList());
        }
        return problem;
    }

    /** A refusal with any status, for the filters that answer before a controller is reached. */
    public static ApiException of(HttpStatus status, String message) {
        return new ApiException(status, null, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, null, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, null, message);
    }

    /** The request is valid but the resource's current state does not allow it. */
    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, null, message);
    }

    /** A well-formed value that breaks a rule. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, field, message);
    }

    /** The response cannot be given in any form the request accepts, or the Accept header is malformed. */
    public static ApiException notAcceptable(String message) {
        return new ApiException(HttpStatus.NOT_ACCEPTABLE, null, message);
    }

    /** A request that is malformed: unknown field, wrong type. */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }

    /** The body comes in a form the endpoint does not read. */
    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, message);
    }

    /** The body holds more than the endpoint takes. */
    public static ApiException tooLarge(String message) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, null, message);
    }
}
