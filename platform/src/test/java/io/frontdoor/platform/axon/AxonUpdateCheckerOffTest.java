package io.frontdoor.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

class AxonUpdateCheckerOffTest {

    @AfterEach
    void forget() {
        System.clearProperty(AxonUpdateCheckerOff.DISABLED);
    }

    @Test
    void everyServiceStartsWithAxonsUpdateCheckerSwitchedOff() {
        System.clearProperty(AxonUpdateCheckerOff.DISABLED);

        var registered = SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, getClass().getClassLoader());
        assertThat(registered).contains(AxonUpdateCheckerOff.class.getName());

        new AxonUpdateCheckerOff().postProcessEnvironment(new StandardEnvironment(), new SpringApplication());

        // what Axon's UpdateChecker asks before it sends anything
        assertThat(UsagePropertyProvider.create().getDisabled()).isTrue();
    }
}
