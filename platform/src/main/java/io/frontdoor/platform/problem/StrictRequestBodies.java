package io.frontdoor.platform.problem;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body with a field the request does not define is refused (400 naming the field), as the partner feed's
 * schemas refuse one: a misspelt {@code "rationle"} must not be silently dropped. Only the MVC JSON converter is strict
 * (it replaces Boot's in its place, after Boot's customizer); the service's own mapper (events, Kafka) keeps reading
 * what it wrote before fields were added.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestBodies {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictJsonRequestBodies(JsonMapper jsonMapper) {
        JsonMapper strict = jsonMapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }
}
