package io.frontdoor.platform.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code frontdoor-observability.properties} (Actuator exposure, health probes, tracing, Kafka observation) at the
 * lowest precedence, before any configuration is read: Actuator decides from them whether an endpoint exists at all,
 * which a {@code @PropertySource} on an auto-configuration may be too late to affect. Registered in
 * META-INF/spring.factories.
 */
public class ObservabilityDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "frontdoor-observability.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("frontdoor-observability", new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException("no " + RESOURCE + " on the classpath", e);
        }
    }
}
