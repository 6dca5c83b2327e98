package io.frontdoor.triage.threshold.pack;

import io.frontdoor.kernel.code.RouteCode;

/** A route available in this partnership, under its local name, and whether taking it needs the family's consent. */
public record Route(RouteCode code, String localName, boolean consentRequired, String description) {
}
