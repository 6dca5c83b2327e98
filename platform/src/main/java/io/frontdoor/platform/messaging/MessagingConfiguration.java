package io.frontdoor.platform.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import tools.jackson.databind.JacksonModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import io.frontdoor.kernel.event.Topics;

/** Topics (created if missing, with their dead-letter twins) and the idempotent inbox. */
@AutoConfiguration
@PropertySource("classpath:frontdoor-platform.properties")
public class MessagingConfiguration {

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /** Spring Boot registers every module bean on the service's JSON mapper. */
    @Bean
    JacksonModule kernelTypesJson() {
        return KernelTypesJson.MODULE;
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc) {
        return new ProcessedEvents(jdbc);
    }

    @Bean
    KafkaAdmin.NewTopics frontDoorTopics(@Value("${frontdoor.kafka.partitions:3}") int partitions,
                                         @Value("${frontdoor.kafka.replicas:1}") short replicas) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(name -> java.util.stream.Stream.of(name, name + ".DLT"))
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                        .config("retention.ms", "-1").build())
                .toArray(NewTopic[]::new));
    }
}
