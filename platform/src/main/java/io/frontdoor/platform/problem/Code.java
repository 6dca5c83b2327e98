package io.frontdoor.platform.problem;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A string that must be one of an enum's codes, checked with the rest of the body (so one answer names every field at
 * fault, which an enum-typed field cannot: Jackson stops at the first). Describe it with
 * {@code @ArraySchema(schema = @Schema(implementation = TheEnum.class))} or {@code @Schema(implementation = TheEnum.class)}.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = CodeValidator.class)
public @interface Code {

    Class<? extends Enum<?>> value();

    String message() default "unknown code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
