package io.frontdoor.platform.audit;

import java.time.Instant;

/**
 * One look, or attempt to look, at a child's record: who (user id, name, roles, agency), when, which record, through
 * which endpoint, and whether it was {@code ALLOWED} or {@code REFUSED}.
 */
public record AccessRecord(long id, Instant at, String userId, String userName, String roles, String agency,
                           RecordType recordType, String recordId, String endpoint, Outcome outcome) {

    public enum Outcome { ALLOWED, REFUSED }
}
