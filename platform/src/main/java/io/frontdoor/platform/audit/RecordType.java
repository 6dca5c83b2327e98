package io.frontdoor.platform.audit;

/**
 * What kind of record was looked at: a contact (its details or its timeline), or a child (their chronology); or, for
 * operations, a dead letter listed or replayed by an admin (its topic, or topic/partition@offset).
 */
public enum RecordType {
    CONTACT, CHILD, DEAD_LETTER
}
