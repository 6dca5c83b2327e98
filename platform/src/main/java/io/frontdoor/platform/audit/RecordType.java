package io.frontdoor.platform.audit;

/**
 * What kind of record was looked at: a contact (its details or its timeline), a child (their chronology, or their rows in
 * a return), or a statutory return downloaded (its id names the return and its period); or, for operations, a dead
 * letter listed or replayed by an admin (its topic, or topic/partition@offset).
 */
public enum RecordType {
    CONTACT, CHILD, REPORT, DEAD_LETTER
}
