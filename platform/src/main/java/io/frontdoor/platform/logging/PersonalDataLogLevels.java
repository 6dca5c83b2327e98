package io.frontdoor.platform.logging;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the loggers that print request, response and message bodies at INFO even when a service is run with DEBUG
 * (for instance {@code logging.level.org.springframework=DEBUG}): at DEBUG they print a submission's or a queue's
 * content. Lowest precedence, so a deliberate setting of one of these exact loggers still wins.
 * Registered in META-INF/spring.factories: logging levels are read before any configuration class.
 */
public class PersonalDataLogLevels implements EnvironmentPostProcessor {

    static final Map<String, Object> LEVELS = Map.of(
            // "Read "application/json" to [ContactSubmission[...]]", "Writing [[QueueEntry[...]]]", and the exception
            // resolvers' "Resolved [...]" (a parse error quotes the value it could not read: a date of birth, a name)
            "logging.level.org.springframework.web.servlet.mvc", "INFO",
            // "Could not resolve parameter [0] ...: JSON parse error: ... from String "14/07/2021""
            "logging.level.org.springframework.web.method", "INFO",
            "logging.level.org.springframework.web.filter.CommonsRequestLoggingFilter", "INFO",
            // "Processing [GenericMessage [payload={...}]]"
            "logging.level.org.springframework.kafka.listener.adapter", "INFO",
            // bound SQL parameter values
            "logging.level.org.springframework.jdbc.core.StatementCreatorUtils", "INFO",
            // "Attempting to append record ProducerRecord(... value=...)"
            "logging.level.org.apache.kafka.clients.producer.KafkaProducer", "INFO");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("frontdoor-personal-data-log-levels", LEVELS));
    }
}
