package io.frontdoor.platform.problem;

import io.frontdoor.kernel.validation.Violation;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns a body Jackson could not read into the field at fault, without echoing the (personal) value back into logs. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static Violation violation(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return new Violation(path(databind), message(databind));
        }
        if (cause instanceof JacksonException) {
            return new Violation("$", "the body is not well-formed JSON");
        }
        return new Violation("$", "the body is missing or unreadable");
    }

    private static String message(DatabindException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return "unknown value; allowed: " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "not a valid " + invalid.getTargetType().getSimpleName();
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + mismatched.getTargetType().getSimpleName();
        }
        return "cannot be read";
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
