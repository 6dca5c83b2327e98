/**
 * The public events of the triage service, published on {@code frontdoor.triage.v1} keyed by contact id, each
 * wrapped in an {@link io.frontdoor.platform.messaging.EventEnvelope} whose {@code eventType} is the record's {@code TYPE}.
 * Consumers (the read side, partner feedback) depend on these records only, never on triage's domain events.
 * Add fields freely; never rename or remove one — publish a V2 instead.
 */
package io.frontdoor.kernel.event.triage;
