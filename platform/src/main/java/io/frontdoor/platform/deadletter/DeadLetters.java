package io.frontdoor.platform.deadletter;

import io.frontdoor.kernel.event.Topics;
import io.frontdoor.platform.messaging.DeadLetterReason;
import io.frontdoor.kernel.domain.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead letters of the topics this service consumes: listed from the {@code .DLT} topic (headers only), and replayed
 * one at a time to the original topic, with its key, value and headers, once the cause is fixed. The consumers are
 * idempotent (event ids, partner references), so a replay of something already handled changes nothing; a second
 * replay of the same dead letter is not sent at all ({@code dead_letter_replay}).
 */
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaListenerEndpointRegistry listeners;
    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, String> kafka;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public DeadLetters(KafkaListenerEndpointRegistry listeners, Map<String, Object> consumerConfig,
                       KafkaTemplate<String, String> kafka, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.listeners = listeners;
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "frontdoor-dead-letters-" + UUID.randomUUID());
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The topics this service consumes, whose dead letters it lists and replays. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        listeners.getListenerContainers().forEach(container -> {
            String[] names = container.getContainerProperties().getTopics();
            if (names != null) {
                topics.addAll(List.of(names));
            }
        });
        return topics;
    }

    /** The latest {@code limit} dead letters of {@code topic}, newest first. */
    public List<DeadLetter> list(String topic, int limit) {
        String deadLetterTopic = deadLetterTopicOf(topic);
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(POLL).forEach(record -> found.add(describe(record)));
            }
        }
        Map<String, DeadLetter.Replay> replays = replays(deadLetterTopic);
        return found.stream().sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed()).limit(limit)
                .map(letter -> letter.withReplay(replays.get(letter.partition() + "@" + letter.offset()))).toList();
    }

    /**
     * Sends the dead letter at {@code partition}/{@code offset} of {@code topic}'s {@code .DLT} back to {@code topic}, unless
     * it was replayed before: the answer says when and by whom it was (first) replayed.
     */
    public DeadLetter replay(String topic, int partition, long offset, String by) {
        String deadLetterTopic = deadLetterTopicOf(topic);
        ConsumerRecord<String, String> record = read(deadLetterTopic, partition, offset);
        DeadLetter letter = describe(record);
        transaction.executeWithoutResult(status -> {
            // the row's lock also makes a concurrent replay of the same dead letter wait, then find it done
            int inserted = jdbc.update("""
                    INSERT INTO dead_letter_replay (dead_letter_topic, dead_letter_partition, dead_letter_offset, replayed_by)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", deadLetterTopic, partition, offset, by);
            if (inserted == 1) {
                send(topic, record);
            }
        });
        return letter.withReplay(replays(deadLetterTopic).get(partition + "@" + offset));
    }

    private void send(String topic, ConsumerRecord<String, String> record) {
        ProducerRecord<String, String> replay = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            String name = header.key();
            if (!name.startsWith("kafka_dlt-") && !name.startsWith("frontdoor-reason") && !name.startsWith("frontdoor-original-")) {
                replay.headers().add(header);
            }
        }
        replay.headers().add("frontdoor-replay-of", (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(replay).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not accept the replay: " + e.getClass().getSimpleName(), e);
        }
    }

    private ConsumerRecord<String, String> read(String deadLetterTopic, int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition at = new TopicPartition(deadLetterTopic, partition);
            if (consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream().noneMatch(p -> p.partition() == partition)) {
                throw new NotFoundException("no partition " + partition + " on " + deadLetterTopic);
            }
            consumer.assign(List.of(at));
            long end = consumer.endOffsets(List.of(at), Duration.ofSeconds(10)).get(at);
            if (offset < 0 || offset >= end) {
                throw new NotFoundException("no dead letter at " + deadLetterTopic + "/" + partition + "@" + offset);
            }
            consumer.seek(at, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && consumer.position(at) <= offset) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
        }
        throw new NotFoundException("no dead letter at " + deadLetterTopic + "/" + partition + "@" + offset);
    }

    private String deadLetterTopicOf(String topic) {
        if (!topics().contains(topic)) {
            throw new NotFoundException("this service does not consume " + topic + "; it consumes " + topics());
        }
        return Topics.deadLetter(topic);
    }

    private Map<String, DeadLetter.Replay> replays(String deadLetterTopic) {
        Map<String, DeadLetter.Replay> replays = new HashMap<>();
        jdbc.query("SELECT dead_letter_partition, dead_letter_offset, replayed_at, replayed_by FROM dead_letter_replay WHERE dead_letter_topic = ?",
                rs -> {
                    replays.put(rs.getInt(1) + "@" + rs.getLong(2), new DeadLetter.Replay(rs.getTimestamp(3).toInstant(), rs.getString(4)));
                }, deadLetterTopic);
        return replays;
    }

    private static DeadLetter describe(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String originalPartition = text(headers, "frontdoor-original-partition");
        String originalOffset = text(headers, "frontdoor-original-offset");
        return new DeadLetter(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                DeadLetterReason.code(headers), text(headers, DeadLetterReason.REASON_HEADER), text(headers, "frontdoor-original-topic"),
                originalPartition == null ? null : Integer.valueOf(originalPartition),
                originalOffset == null ? null : Long.valueOf(originalOffset), null);
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
    }
}
