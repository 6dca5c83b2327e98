package io.frontdoor.platform.messaging;

import io.frontdoor.kernel.event.Topics;
import io.frontdoor.kernel.validation.InvalidSubmissionException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * What a consumer does with a record it cannot handle. Bad data (unreadable JSON, invalid content) goes at once to the
 * topic's {@code .DLT} with the reason, original topic, partition and offset in headers ({@code kafka_dlt-*}, plus the plain
 * {@link DeadLetterReason} headers), and the partition moves on.
 * Anything else (database or broker down) is retried with back-off, without limit: order is kept and nothing is dropped.
 * Each dead letter counts in {@code frontdoor_dead_letters_total{topic,reason}} (the original topic, the reason code).
 */
@AutoConfiguration
public class ConsumerErrorHandling {

    @Bean
    CommonErrorHandler frontDoorConsumerErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry metrics) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        deadLetters.setHeadersFunction((record, exception) -> {
            Headers headers = DeadLetterReason.headersFor(record, exception);
            metrics.counter("frontdoor.dead.letters", "topic", record.topic(),
                    "reason", DeadLetterReason.code(headers)).increment();
            return headers;
        });
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(InvalidSubmissionException.class, JacksonException.class,
                UnprocessableRecordException.class);
        return handler;
    }
}
