package io.frontdoor.platform.problem;

import io.frontdoor.kernel.validation.Violation;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a body Jackson could not read into the field at fault, without echoing the (personal) value back into logs. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static Violation violation(HttpMessageNotReadableException ex) {
        DatabindException databind = databindCause(ex);
        if (databind != null && !databind.getPath().isEmpty()) {
            return new Violation(path(databind), message(databind));
        }
        if (databind != null || jacksonCause(ex)) {
            return new Violation("$", "the body is not well-formed JSON");
        }
        return new Violation("$", "the body is missing or unreadable");
    }

    /**
     * The first Jackson binding error in the chain: an impossible date ({@code 2026-02-30}) is a {@link DatabindException}
     * wrapping the {@code DateTimeException}, so the most specific cause would lose the field.
     */
    private static DatabindException databindCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private static boolean jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }

    private static String message(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field: not part of this request";
        }
        Class<?> target = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "unknown value; allowed: " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "not a valid " + target.getSimpleName() + " (ISO 8601: " + example(target) + ")";
        }
        if (e instanceof InvalidFormatException && target != null) {
            return "not a valid " + target.getSimpleName();
        }
        if (target != null) {
            return "expected " + describe(target);
        }
        return "cannot be read";
    }

    private static String example(Class<?> temporal) {
        return temporal == java.time.LocalDate.class ? "2026-03-01" : "2026-03-01T10:15:00Z";
    }

    private static String describe(Class<?> target) {
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        return "an object (" + target.getSimpleName() + ")";
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
