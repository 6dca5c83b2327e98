package io.frontdoor.projection.queue;

import static io.frontdoor.platform.security.EndpointRule.get;

import io.frontdoor.platform.security.EndpointRules;
import io.frontdoor.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may use the queue: its data for those who read cases; the page and its scripts (no data) for anyone. */
@Configuration(proxyBeanMethods = false)
class QueueAccessRules {

    @Bean
    EndpointRules queueEndpoints() {
        return EndpointRules.of(
                get("/api/queue").allow(Role.CASE_READERS),
                get("/").open(),
                get("/index.html").open(),
                get("/assets/**").open(),
                get("/ui/sign-in").open());
    }
}
