package io.frontdoor.kernel.validation;

import java.util.Arrays;

/** Where a code decides something, only a code is accepted: the field at fault is named with the codes allowed. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> boolean isCode(String value, Class<E> codes) {
        return value != null && Arrays.stream(codes.getEnumConstants()).anyMatch(code -> code.name().equals(value));
    }

    /** @throws InvalidSubmissionException naming {@code field} unless {@code value} is one of {@code codes} */
    public static <E extends Enum<E>> void require(String field, String value, Class<E> codes) {
        if (!isCode(value, codes)) {
            throw InvalidSubmissionException.of(field, "must be one of " + Arrays.toString(codes.getEnumConstants()));
        }
    }
}
