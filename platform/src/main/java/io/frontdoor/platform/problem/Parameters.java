package io.frontdoor.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a request parameter of a given type must look like, in a caller's words (never echoing the value sent). */
final class Parameters {

    private Parameters() {
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "cannot be read";
        }
        if (type.isEnum()) {
            return "unknown value; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "not a valid date (ISO 8601: 2026-03-01)";
        }
        if (type == Instant.class) {
            return "not a valid instant (ISO 8601: 2026-03-01T10:15:00Z)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a whole number";
        }
        return "not a valid " + type.getSimpleName();
    }
}
