package io.frontdoor.platform.axon;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Axon 4.13 checks for updates by calling AxonIQ's servers every few minutes, sending what it runs on: a children's
 * record system sends nothing anywhere it was not told to. Axon reads its switch from a system property (or the
 * {@code AXONIQ_UPDATE_CHECKER_DISABLED} environment variable, or {@code ~/.axoniq}), not from Spring's environment,
 * so it is set here, before any Axon component starts. Registered in META-INF/spring.factories.
 */
public class AxonUpdateCheckerOff implements EnvironmentPostProcessor {

    /** Axon's own name: {@code org.axonframework.updates.configuration.CommandLineUsagePropertyProvider}. */
    static final String DISABLED = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        System.setProperty(DISABLED, "true");
    }
}
