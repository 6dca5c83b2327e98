package io.frontdoor.platform.messaging;

/** A record that will never be processable however often it is retried: it goes to the dead-letter topic with this reason. */
public class UnprocessableRecordException extends RuntimeException {
    public UnprocessableRecordException(String reason) {
        super(reason);
    }
}
