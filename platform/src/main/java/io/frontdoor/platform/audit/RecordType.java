package io.frontdoor.platform.audit;

/** What kind of record was looked at: a contact (its details or its timeline), or a child (their chronology). */
public enum RecordType {
    CONTACT, CHILD
}
