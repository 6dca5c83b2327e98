package io.frontdoor.platform.security;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The API description: a controller's {@link Actor} parameter is the token's signed-in user, resolved on the server,
 * so it is not a parameter a caller could send (springdoc would otherwise list it as a query parameter).
 */
@Configuration(proxyBeanMethods = false)
class ActorApiDocs {

    ActorApiDocs() {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
