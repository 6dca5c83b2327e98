package io.frontdoor.triage;

import io.frontdoor.platform.security.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The API description: a controller's {@link Actor} parameter is the token's signed-in user, resolved on the server,
 * so it is not a parameter a caller could send (springdoc would otherwise list it as a query parameter).
 */
@Configuration(proxyBeanMethods = false)
class TriageApiDocs {

    TriageApiDocs() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
