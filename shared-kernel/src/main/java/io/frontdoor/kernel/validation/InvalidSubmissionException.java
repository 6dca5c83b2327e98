package io.frontdoor.kernel.validation;

import java.util.List;

/** Input that cannot be accepted; every service answers it with a 400 RFC 9457 problem listing the violations. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidSubmissionException(List<Violation> violations) {
        super(violations.size() + " field(s) at fault: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidSubmissionException of(String field, String message) {
        return new InvalidSubmissionException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
