package io.frontdoor.platform.problem;

import io.frontdoor.kernel.domain.NotFoundException;

/**
 * A record that exists but is not the caller's to see (another agency's referral): answered exactly as one that does
 * not exist (404), and recorded in the access audit as a refused read.
 */
public class RecordWithheldException extends NotFoundException {
    public RecordWithheldException(String message) {
        super(message);
    }
}
