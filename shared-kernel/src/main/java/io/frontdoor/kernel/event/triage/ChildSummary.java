package io.frontdoor.kernel.event.triage;

import java.time.LocalDate;

/** A child named in a contact, as the read side shows it. */
public record ChildSummary(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {
}
