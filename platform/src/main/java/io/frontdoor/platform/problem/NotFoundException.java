package io.frontdoor.platform.problem;

/** No such record (answered with 404); the message must not contain personal data. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
