package io.frontdoor.platform.messaging;

import io.frontdoor.kernel.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The records each topic's {@code .DLT} holds, newest first, described by their {@link DeadLetterReason} headers only:
 * which topic, partition and offset they came from, when, the reason code and the reason (which names fields and
 * rules, never values). Their keys and values are never read into the answer: they may hold personal data.
 */
public class DeadLetters {

    /** One dead-lettered record, without its key or value. */
    public record DeadLetter(String topic, String deadLetterTopic, int partition, long offset, Instant at, String reasonCode,
                             String reason, String originalPartition, String originalOffset, String type) {
    }

    static final Duration READ_FOR = Duration.ofSeconds(5);

    private final KafkaAdmin admin;

    public DeadLetters(KafkaAdmin admin) {
        this.admin = admin;
    }

    /** Up to {@code perTopic} of the newest dead letters of each of the platform's topics. */
    public Map<String, List<DeadLetter>> newest(int perTopic) {
        Map<String, List<DeadLetter>> byTopic = new java.util.LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : Topics.ALL) {
                byTopic.put(topic, read(consumer, topic, perTopic));
            }
        }
        return byTopic;
    }

    private static List<DeadLetter> read(KafkaConsumer<byte[], byte[]> consumer, String topic, int limit) {
        String deadLetterTopic = Topics.deadLetter(topic);
        List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, READ_FOR).stream()
                .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
        if (partitions.isEmpty()) {
            return List.of();
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_FOR);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, READ_FOR);
        Map<TopicPartition, Long> remaining = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long from = Math.max(starts.get(partition), ends.get(partition) - limit);
            consumer.seek(partition, from);
            if (ends.get(partition) > from) {
                remaining.put(partition, ends.get(partition));
            }
        }
        List<DeadLetter> letters = new ArrayList<>();
        long deadline = System.nanoTime() + READ_FOR.toNanos();
        while (!remaining.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                letters.add(describe(topic, record));
            }
            remaining.keySet().removeIf(partition -> consumer.position(partition) >= remaining.get(partition));
        }
        letters.sort(Comparator.comparing(DeadLetter::at).reversed());
        return letters.size() > limit ? List.copyOf(letters.subList(0, limit)) : letters;
    }

    private static DeadLetter describe(String topic, ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(topic, record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                header(record, DeadLetterReason.CODE_HEADER), header(record, DeadLetterReason.REASON_HEADER),
                header(record, "frontdoor-original-partition"), header(record, "frontdoor-original-offset"), header(record, "type"));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The broker's address (and any security settings) as the service's own Kafka admin has them; no group, no commits. */
    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        admin.getConfigurationProperties().forEach((key, value) -> {
            if (key.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                config.put(key, value);
            }
        });
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "frontdoor-dead-letter-reader");
        return config;
    }
}
