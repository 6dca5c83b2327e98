package io.frontdoor.intake.draft;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A referral's draft as its author gets it back: the form as last saved, when, and when it will be deleted unsent. */
public record Draft(UUID id, Map<String, Object> form, Instant createdAt, Instant savedAt, Instant expiresAt) {
}
