package org.stdtrack.problem;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A title or a name is one line: a line break in it reaches e-mail bodies, subjects and CSV files as a
 * forged line of their own (422 naming the field).
 */
@Documented
@Constraint(validatedBy = OneLine.Check.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneLine {

    String message() default "must be one line, without line breaks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isOneLine(value);
        }

        /** Whether the text holds no line break of any kind (CR, LF, NEL, line and paragraph separators). */
        public static boolean isOneLine(String text) {
            return text == null || text.chars().noneMatch(Check::isBreak);
        }

        static boolean isBreak(int c) {
            return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C;
        }
    }
}
