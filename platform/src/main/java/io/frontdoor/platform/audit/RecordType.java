package io.frontdoor.platform.audit;

/**
 * What kind of record was looked at: a contact (its details or its timeline), a child (their chronology, or their rows in
 * a return), a statutory return downloaded (its id names the return and its period), or a referral's draft read back
 * by its author (it names children before it is sent); or, for operations, a dead letter listed or replayed by an admin
 * (its topic, or topic/partition@offset).
 */
public enum RecordType {
    CONTACT, CHILD, REPORT, DRAFT, DEAD_LETTER
}
