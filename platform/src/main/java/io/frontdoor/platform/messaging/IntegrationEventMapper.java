package io.frontdoor.platform.messaging;

import java.util.Optional;

/** Decides which of a service's domain events leave it, and in what public shape. */
@FunctionalInterface
public interface IntegrationEventMapper {

    Optional<IntegrationEvent> map(Object domainEvent);
}
