package io.frontdoor.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

class AxonUpdateCheckerOffTest {

    @Test
    void everyServiceStartsWithAxonsUpdateCheckerSwitchedOff() {
        var registered = SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, getClass().getClassLoader());
        assertThat(registered).contains(AxonUpdateCheckerOff.class.getName());
        StandardEnvironment environment = new StandardEnvironment();

        new AxonUpdateCheckerOff().postProcessEnvironment(environment, new SpringApplication());

        // bound as Axon's auto-configuration binds it, and asked as its UpdateChecker asks before sending anything
        UpdateCheckConfiguration bound = Binder.get(environment).bind("axon.update-check", UpdateCheckConfiguration.class)
                .orElseThrow(() -> new AssertionError("axon.update-check is not set"));
        assertThat(UsagePropertyProvider.create(bound).getDisabled()).isTrue();
    }
}
