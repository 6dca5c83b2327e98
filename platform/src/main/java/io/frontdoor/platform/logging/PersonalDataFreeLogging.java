package io.frontdoor.platform.logging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * Kafka records carry whole submissions (names, dates of birth, NHS numbers, narratives). Spring for Apache Kafka
 * logs a record in full when a send or a dead-letter publication fails, and the producer listener logs its value;
 * here they log where a record is (topic, partition, offset, key: a contact id), never what it says.
 * The logger levels that would print bodies are pinned by {@link PersonalDataLogLevels}.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class PersonalDataFreeLogging {

    static {
        KafkaUtils.setProducerRecordFormatter(record -> record.topic() + "-" + record.partition() + " key " + record.key());
        KafkaUtils.setConsumerRecordFormatter(record -> record.topic() + "-" + record.partition() + "@" + record.offset());
    }

    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        LoggingProducerListener<Object, Object> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }
}
