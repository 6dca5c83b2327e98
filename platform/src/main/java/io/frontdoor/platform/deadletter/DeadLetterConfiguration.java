package io.frontdoor.platform.deadletter;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The dead-letter admin API in every consuming service, with its replay table in the service's own schema. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    static final Location MIGRATIONS = new Location("classpath:db/deadletter");

    @Bean
    DeadLetters deadLetters(KafkaListenerEndpointRegistry listeners, KafkaProperties kafka, KafkaTemplate<String, String> template,
                            JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new DeadLetters(listeners, kafka.buildConsumerProperties(), template, jdbc, transaction);
    }

    @Bean
    FlywayConfigurationCustomizer deadLetterMigrations() {
        return flyway -> {
            if (Arrays.stream(flyway.getLocations()).noneMatch(MIGRATIONS::equals)) {
                flyway.locations(Stream.concat(Arrays.stream(flyway.getLocations()), Stream.of(MIGRATIONS)).toArray(Location[]::new));
            }
        };
    }
}
