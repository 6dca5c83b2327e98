package io.frontdoor.triage.threshold.web;

import io.frontdoor.triage.threshold.engine.ThresholdEngine;
import io.frontdoor.triage.threshold.loading.PackLoader;
import io.frontdoor.triage.threshold.loading.PackRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The threshold engine and the packs of {@code packs/packs.txt}. Loading the packs happens here, at start-up: a pack
 * that fails its schema or its consistency checks stops the application with a message naming file, place and reason.
 */
@Configuration(proxyBeanMethods = false)
public class ThresholdConfiguration {

    @Bean
    public PackRegistry packRegistry() {
        return new PackRegistry(new PackLoader());
    }

    /** Uses the application's {@link Clock} bean when there is one (evaluations without {@code receivedAt} use "now"). */
    @Bean
    public ThresholdEngine thresholdEngine(ObjectProvider<Clock> clock) {
        return new ThresholdEngine(clock.getIfAvailable(Clock::systemUTC));
    }
}
