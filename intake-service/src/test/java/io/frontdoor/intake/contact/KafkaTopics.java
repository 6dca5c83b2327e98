package io.frontdoor.intake.contact;

import io.frontdoor.intake.partnerfeed.KafkaClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The first record on a topic that matches, read from the start of the topic. */
final class KafkaTopics {

    private KafkaTopics() {
    }

    static ConsumerRecord<String, String> first(String topic, Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        List<ConsumerRecord<String, String>> found = KafkaClient.read(topic, wanted, records -> !records.isEmpty(), timeout);
        if (found.isEmpty()) {
            throw new AssertionError("nothing matching on " + topic + " within " + timeout);
        }
        return found.get(0);
    }
}
