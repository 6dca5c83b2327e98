package io.frontdoor.kernel.domain;

/** A command that cannot be carried out in the record's current state; the platform answers it with a 409 problem. */
public class ConflictException extends RuntimeException {
    public ConflictException(String reason) {
        super(reason);
    }
}
