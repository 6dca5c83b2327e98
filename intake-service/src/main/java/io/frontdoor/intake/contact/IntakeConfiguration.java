package io.frontdoor.intake.contact;

import io.frontdoor.kernel.contact.IndicatorCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration
class IntakeConfiguration {

    /**
     * The threshold packs' indicator ids (the shipped packs on the classpath unless {@code frontdoor.packs.location}
     * says otherwise, e.g. {@code file:/etc/frontdoor/packs/}); the service does not start without them.
     */
    @Bean
    IndicatorCatalogue indicatorCatalogue(ResourceLoader resources,
                                          @Value("${frontdoor.packs.location:classpath:packs/}") String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        return IndicatorCatalogue.from(folder, file -> {
            Resource resource = resources.getResource(folder + file);
            return resource.exists() ? resource.getInputStream() : null;
        });
    }
}
