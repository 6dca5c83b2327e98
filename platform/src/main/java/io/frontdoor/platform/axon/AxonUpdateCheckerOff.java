package io.frontdoor.platform.axon;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Axon 4.13 checks for updates by calling AxonIQ's servers every few minutes, sending what it runs on: a children's
 * record system sends nothing anywhere it was not told to. Axon's Spring Boot switch is {@code axon.update-check.disabled}
 * ({@code org.axonframework.springboot.updates.UpdateCheckConfiguration}, which outranks the environment variable and
 * the {@code ~/.axoniq} file). Set here for every service, as a default; registered in META-INF/spring.factories.
 * (Setting Axon's system property instead made test JVMs exit with a failure status.)
 */
public class AxonUpdateCheckerOff implements EnvironmentPostProcessor {

    static final String DISABLED = "axon.update-check.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("frontdoor-no-update-check", Map.of(DISABLED, "true")));
    }
}
