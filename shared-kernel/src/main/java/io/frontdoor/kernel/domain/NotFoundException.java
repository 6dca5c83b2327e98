package io.frontdoor.kernel.domain;

/** No such record; the platform answers it with a 404 problem. The message must not contain personal data. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
