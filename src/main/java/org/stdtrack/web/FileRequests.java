package org.stdtrack.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.stdtrack.problem.ApiException;

/** Files sent as a request's body: their media type as the client declared it, and how an import answers. */
public final class FileRequests {

    private FileRequests() {}

    /** The declared type, or null when there is none or it cannot be read (the importer then refuses with 415). */
    public static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An import's answer: a dry run's, or a clean import's, as it is (200); a committed file with {@code errors}
     * faults as problem details (422) carrying the same fields, after nothing was written.
     */
    public static ResponseEntity<?> importAnswer(boolean dryRun, Record result, int errors) {
        if (dryRun || errors == 0) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = ApiException.of(
                        HttpStatus.UNPROCESSABLE_ENTITY, errors + " error(s) in the file; nothing was imported.")
                .withText("problem.import.errors", errors)
                .toProblem();
        for (RecordComponent component : result.getClass().getRecordComponents()) {
            try {
                problem.setProperty(component.getName(), component.getAccessor().invoke(result));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return ResponseEntity.unprocessableEntity()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
