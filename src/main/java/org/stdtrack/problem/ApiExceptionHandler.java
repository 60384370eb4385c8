package org.stdtrack.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into RFC 9457 problem details. Messages name the field at fault and, for
 * enumerations, the values allowed; nothing internal (stack traces, SQL) is ever included.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handle(ApiException e) {
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.toProblem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handle(MethodArgumentTypeMismatchException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof BoundedDates.OutOfRangeParameter) {
                return problem(HttpStatus.UNPROCESSABLE_ENTITY, DateRange.outside(e.getName()), e.getName());
            }
        }
        String allowed = allowedValues(e.getRequiredType());
        return problem(
                HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a valid value for '" + e.getName() + "'" + allowed,
                e.getName());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handle(ConstraintViolationException e) {
        var first = e.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        return problem(HttpStatus.BAD_REQUEST, field + ": " + first.getMessage(), field);
    }

    /** A concurrent change won (optimistic conflict, lock timeout, deadlock): reload and decide again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> handle(ConcurrencyFailureException e) {
        return problem(
                HttpStatus.CONFLICT, "Someone else changed this at the same moment; reload and try again.", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> handle(DataIntegrityViolationException e) {
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "The request conflicts with data already recorded.", null);
    }

    /** Anything unforeseen: logged in full here, told to the caller without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Every field at fault at once, sorted by name; the first is the refusal's own.
        List<ApiException> refusals = e.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error ->
                        ApiException.invalid(error.getField(), error.getField() + ": " + error.getDefaultMessage()))
                .toList();
        if (refusals.isEmpty()) {
            return cast(problem(HttpStatus.UNPROCESSABLE_ENTITY, "The request is not valid.", null));
        }
        return cast(ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiException.all(refusals).toProblem()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getParameterValidationResults().isEmpty()) {
            return cast(problem(HttpStatus.UNPROCESSABLE_ENTITY, "The request is not valid.", null));
        }
        // The parameter at fault, down to the element and field: "roles", "roles[0].committee".
        ParameterValidationResult result = e.getParameterValidationResults().get(0);
        String field = result.getMethodParameter().getParameterName();
        if (result.getContainerIndex() != null) {
            field += "[" + result.getContainerIndex() + "]";
        }
        MessageSourceResolvable error = result.getResolvableErrors().get(0);
        if (error instanceof FieldError fieldError) {
            field += "." + fieldError.getField();
        }
        // A body that breaks a rule is unprocessable; a parameter that does is a bad request, as the
        // controllers validated with @Validated answer it (ConstraintViolationException above).
        HttpStatus refusal = result.getMethodParameter().hasParameterAnnotation(RequestBody.class)
                ? HttpStatus.UNPROCESSABLE_ENTITY
                : HttpStatus.BAD_REQUEST;
        return cast(problem(refusal, field + ": " + error.getDefaultMessage(), field));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.TooLarge tooLarge) {
                return cast(problem(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "The request body is too large: " + tooLarge.getMessage() + ".",
                        null));
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return cast(problem(
                    HttpStatus.BAD_REQUEST,
                    "Unknown field '" + unknown.getPropertyName() + "'.",
                    unknown.getPropertyName()));
        }
        if (cause instanceof InvalidFormatException invalid
                && TextWithoutNul.hasNul(String.valueOf(invalid.getValue()))) {
            String field = path(invalid);
            return cast(problem(
                    HttpStatus.BAD_REQUEST,
                    "Field '" + field + "' contains a NUL character, which text cannot hold.",
                    field));
        }
        if (cause instanceof BoundedDates.OutOfRange outOfRange) {
            String field = path(outOfRange);
            return cast(problem(HttpStatus.UNPROCESSABLE_ENTITY, DateRange.outside(field), field));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            return cast(problem(
                    HttpStatus.BAD_REQUEST,
                    "'" + invalid.getValue() + "' is not a valid value for '" + field + "'"
                            + allowedValues(invalid.getTargetType()),
                    field));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return cast(problem(HttpStatus.BAD_REQUEST, "Field '" + field + "' has the wrong type.", field));
        }
        return cast(problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.", null));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty(
                        "code", "problem.status." + response.getStatusCode().value());
                problem.setProperty("arguments", List.of());
            }
            return ResponseEntity.status(response.getStatusCode())
                    .headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return response;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return ".";
        }
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        return "; allowed values: " + String.join(", ", names) + ".";
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String field) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(new ApiException(status, field, detail).toProblem());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
