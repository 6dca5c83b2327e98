package io.frontdoor.platform.messaging;

import io.frontdoor.kernel.validation.InvalidSubmissionException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.core.JacksonException;

/**
 * Plain-text headers on a dead-lettered record, beside Spring's {@code kafka_dlt-*} ones (whose partition and offset are
 * binary): {@code frontdoor-reason-code} ({@code INVALID}, {@code UNREADABLE}, or the code of an
 * {@link UnprocessableRecordException}), {@code frontdoor-reason}, which names fields and rules but never echoes the values
 * sent, and {@code frontdoor-original-topic}, {@code -partition}, {@code -offset}.
 */
public final class DeadLetterReason {

    public static final String CODE_HEADER = "frontdoor-reason-code";
    public static final String REASON_HEADER = "frontdoor-reason";

    private DeadLetterReason() {
    }

    public static Headers headersFor(ConsumerRecord<?, ?> record, Exception failure) {
        String code;
        String reason;
        Throwable cause = rootOfInterest(failure);
        if (cause instanceof UnprocessableRecordException unprocessable) {
            code = unprocessable.reasonCode();
            reason = unprocessable.getMessage();
        } else if (cause instanceof InvalidSubmissionException invalid) {
            code = "INVALID";
            reason = "fails validation: " + invalid.violations().stream().map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; "));
        } else if (cause instanceof JacksonException unreadable) {
            code = "UNREADABLE";
            reason = "cannot be read" + (unreadable.getLocation() == null ? ""
                    : " at line " + unreadable.getLocation().getLineNr() + ", column " + unreadable.getLocation().getColumnNr());
        } else {
            code = "FAILED";
            reason = cause.getClass().getSimpleName();
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add(CODE_HEADER, code.getBytes(StandardCharsets.UTF_8));
        headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add("frontdoor-original-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("frontdoor-original-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("frontdoor-original-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** The reason code in a dead letter's headers. */
    public static String code(Headers headers) {
        var header = headers.lastHeader(CODE_HEADER);
        return header == null ? "UNKNOWN" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Throwable rootOfInterest(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableRecordException || t instanceof InvalidSubmissionException || t instanceof JacksonException) {
                return t;
            }
        }
        return failure;
    }
}
