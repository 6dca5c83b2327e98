package io.frontdoor.deploy;

import io.frontdoor.infra.TestInfrastructure;
import io.frontdoor.kernel.contact.ContactIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A partner system sending the shipped example messages, and what intake's event store recorded from them. */
final class PartnerFeedClient {

    static final Path EXAMPLES = Path.of("examples", "partner-referrals");
    static final String TOPIC = "frontdoor.partner-referrals.v1";

    /** A line of {@code manifest.tsv}: the file and the headers and key it is sent with. */
    record Example(String file, String type, String version, String sender, String key, String json) {

        Example withReference(String reference) {
            return new Example(file, type, version, sender, reference, json.replace("\"" + key + "\"", "\"" + reference + "\""));
        }

        String contactId() {
            return ContactIds.forPartnerFeed(sender, key);
        }
    }

    private PartnerFeedClient() {
    }

    static List<Example> examples() {
        try {
            return Files.readAllLines(EXAMPLES.resolve("manifest.tsv")).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).map(f -> new Example(f[0], f[1], f[2], f[3], f[4], read(f[0]))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(EXAMPLES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer());
    }

    static ProducerRecord<String, String> record(Example example) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, example.key(), example.json());
        record.headers().add("type", example.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add("version", example.version().getBytes(StandardCharsets.UTF_8));
        record.headers().add("sender", example.sender().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** How many ContactReceived events intake recorded for each of these contact ids (absent: none). */
    static Map<String, Long> contactsRecorded(List<String> contactIds) throws Exception {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        Map<String, Long> counts = new HashMap<>();
        try (var connection = DriverManager.getConnection(infra.jdbcUrl(), infra.username(), infra.password());
             var query = connection.prepareStatement("""
                     SELECT aggregateidentifier, count(*) FROM intake.domainevententry
                     WHERE payloadtype LIKE '%ContactReceived' AND aggregateidentifier = ANY (?) GROUP BY aggregateidentifier""")) {
            query.setArray(1, connection.createArrayOf("varchar", contactIds.toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
