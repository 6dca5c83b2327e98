package io.frontdoor.deploy;

import io.frontdoor.infra.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The raw limits a benchmark compares Front Door with, measured on the same PostgreSQL (fsync and synchronous_commit on)
 * and broker in the same run: no framework, no validation, no events — plain clients doing the least the same job needs.
 */
final class RawPeer {

    private RawPeer() {
    }

    /**
     * Reads the given records back from the topic (from the offsets given, until {@code count} have been read) and inserts
     * each poll's records into a table in one JDBC batch and one commit, then commits the offsets: what intake's feed does,
     * with nothing in between.
     * @return records per second, from the first poll that returned records to the last commit
     */
    static double kafkaToJdbc(String topic, Map<TopicPartition, Long> from, int count) throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        try (Connection db = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "raw-peer-" + UUID.randomUUID(),
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                     ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                     new StringDeserializer(), new StringDeserializer())) {
            db.createStatement().execute("""
                    CREATE TABLE IF NOT EXISTS public.raw_peer_message (reference VARCHAR(200) PRIMARY KEY, sender VARCHAR(100),
                    body TEXT NOT NULL, received_at TIMESTAMPTZ NOT NULL DEFAULT now())""");
            db.setAutoCommit(false);
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            int read = 0;
            long first = 0;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO public.raw_peer_message (reference, sender, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (read < count && System.nanoTime() < deadline) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    if (records.isEmpty()) {
                        continue;
                    }
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    for (ConsumerRecord<String, String> record : records) {
                        insert.setString(1, record.key() + "-" + UUID.randomUUID());
                        var sender = record.headers().lastHeader("sender");
                        insert.setString(2, sender == null ? null : new String(sender.value()));
                        insert.setString(3, record.value());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    db.commit();
                    consumer.commitSync();
                    read += records.count();
                }
            }
            if (read < count) {
                throw new AssertionError("raw peer read " + read + " of " + count);
            }
            return read / ((System.nanoTime() - first) / 1e9);
        }
    }

    /**
     * One hop of the event path with nothing in between: records produced at {@code perSecond} (acks=all), consumed a poll at
     * a time, each poll inserted in one JDBC batch and committed; the latency of each record from send to commit.
     * @return milliseconds per record, sorted
     */
    static List<Double> hopLatency(double perSecond, int count) throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        String topic = "raw-peer-hop-" + UUID.randomUUID().toString().substring(0, 8);
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Connection db = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(Map.<String, Object>of(
                     "bootstrap.servers", infra.kafkaBootstrapServers(), "acks", "all", "linger.ms", 2),
                     new org.apache.kafka.common.serialization.StringSerializer(),
                     new org.apache.kafka.common.serialization.StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                     ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                     new StringDeserializer(), new StringDeserializer())) {
            db.createStatement().execute("""
                    CREATE TABLE IF NOT EXISTS public.raw_peer_message (reference VARCHAR(200) PRIMARY KEY, sender VARCHAR(100),
                    body TEXT NOT NULL, received_at TIMESTAMPTZ NOT NULL DEFAULT now())""");
            db.setAutoCommit(false);
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, "warm", "0")).get();
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            Thread sender = new Thread(() -> {
                long started = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    long due = started + (long) (i * 1e9 / perSecond);
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                        try {
                            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, "k" + i, Long.toString(System.nanoTime())));
                }
            });
            sender.start();
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO public.raw_peer_message (reference, sender, body) VALUES (?, 'hop', ?)")) {
                long deadline = System.nanoTime() + Duration.ofSeconds((long) (count / perSecond) + 60).toNanos();
                while (millis.size() < count && System.nanoTime() < deadline) {
                    var records = consumer.poll(Duration.ofMillis(100));
                    List<Long> sentAt = new ArrayList<>();
                    for (ConsumerRecord<String, String> record : records) {
                        if (record.key().equals("warm")) {
                            continue;
                        }
                        insert.setString(1, topic + "-" + record.key());
                        insert.setString(2, record.value());
                        insert.addBatch();
                        sentAt.add(Long.parseLong(record.value()));
                    }
                    if (!sentAt.isEmpty()) {
                        insert.executeBatch();
                        db.commit();
                        consumer.commitSync();
                        long now = System.nanoTime();
                        sentAt.forEach(at -> millis.add((now - at) / 1e6));
                    }
                }
            }
            sender.join();
        }
        return millis.stream().sorted().toList();
    }

    /** Single-row commits of a contact-sized row from {@code clients} connections for a few seconds: what a REST call needs at least. */
    static double singleRowCommits(int clients, String row, Duration duration) throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        try (Connection db = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password())) {
            db.createStatement().execute("""
                    CREATE TABLE IF NOT EXISTS public.raw_peer_contact (id VARCHAR(64) PRIMARY KEY, body TEXT NOT NULL,
                    received_at TIMESTAMPTZ NOT NULL DEFAULT now())""");
        }
        AtomicLong committed = new AtomicLong();
        long stop = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try (Connection db = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
                     PreparedStatement insert = db.prepareStatement("INSERT INTO public.raw_peer_contact (id, body) VALUES (?, ?)")) {
                    while (System.nanoTime() < stop) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, row);
                        insert.executeUpdate();
                        committed.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return committed.get() / (duration.toNanos() / 1e9);
    }
}
