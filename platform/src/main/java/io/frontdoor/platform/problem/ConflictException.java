package io.frontdoor.platform.problem;

/** A command that cannot be carried out in the record's current state (answered with 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String reason) {
        super(reason);
    }
}
