package io.frontdoor.platform.messaging;

/** A record that will never be processable however often it is retried: it goes to the dead-letter topic with this reason. */
public class UnprocessableRecordException extends RuntimeException {

    private final String reasonCode;

    public UnprocessableRecordException(String reason) {
        this("UNPROCESSABLE", reason);
    }

    /** @param reasonCode a short upper-case code for the kind of fault ({@code NOT_JSON}, {@code SCHEMA}…) */
    public UnprocessableRecordException(String reasonCode, String reason) {
        super(reason);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
