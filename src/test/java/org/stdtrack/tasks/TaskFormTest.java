package org.stdtrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.stdtrack.problem.ApiException;

/** A task form's rules: what is malformed is refused at once, what breaks a rule is refused all at once. */
class TaskFormTest {

    private static final TaskForm PUBLISH = new TaskForm(
            "outcome",
            List.of("APPROVE", "REVISE"),
            List.of(
                    new TaskField("publishedNumber", "Published number", "string", true, List.of(), null, 100),
                    new TaskField("publicationDate", "Publication date", "string", true, List.of(), "date", 10),
                    new TaskField("comment", "Comment", "string", false, List.of("REVISE"), null, 20)));

    @Test
    void everyBrokenRuleIsNamedAtOnceEachWithItsField() {
        ApiException refused = catchThrowableOfType(
                ApiException.class, () -> PUBLISH.validate(Map.of("comment", "far longer than twenty characters")));
        assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.each())
                .extracting(ApiException::field)
                .containsExactly("outcome", "publishedNumber", "publicationDate", "comment");
        assertThat(refused.each())
                .extracting(ApiException::code)
                .containsExactly("problem.chooseOne", "problem.required", "problem.required", "problem.tooLong");
        assertThat(refused.toProblem().getProperties()).containsKey("errors");
    }

    @Test
    void aMalformedRequestIsRefusedAtTheFirstFault() {
        ApiException refused = catchThrowableOfType(
                ApiException.class, () -> PUBLISH.validate(Map.of("publishedNumber", 7, "unknown", "x")));
        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.each()).hasSize(1);
    }

    @Test
    void aRuleThatDependsOnTheDecisionCountsOnceTheDecisionIsValid() {
        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> PUBLISH.validate(Map.of("outcome", "REVISE", "publishedNumber", "GB/T 1-2026")));
        assertThat(refused.each()).extracting(ApiException::field).containsExactly("publicationDate", "comment");
        assertThat(refused.each().get(1).code()).isEqualTo("problem.requiredWhen");
    }
}
