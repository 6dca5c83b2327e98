package io.frontdoor.platform.problem;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;

/** Checks {@link Code}: null is left to {@code @NotNull}; anything else must be one of the enum's names. */
public class CodeValidator implements ConstraintValidator<Code, String> {

    private List<String> codes;

    @Override
    public void initialize(Code annotation) {
        codes = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || codes.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("unknown value; allowed: " + String.join(", ", codes)).addConstraintViolation();
        return false;
    }
}
