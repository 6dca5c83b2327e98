package io.frontdoor.platform.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/** The dead letters' reader and its endpoint, in every service with a web API and a Kafka admin. */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(KafkaAdmin.class)
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    @Bean
    DeadLetters deadLetters(KafkaAdmin admin) {
        return new DeadLetters(admin);
    }
}
