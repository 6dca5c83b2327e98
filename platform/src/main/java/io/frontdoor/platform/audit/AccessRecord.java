package io.frontdoor.platform.audit;

import java.time.Instant;

/** One look at a child's record: who (user id, name, roles, agency), when, which record, through which endpoint. */
public record AccessRecord(long id, Instant at, String userId, String userName, String roles, String agency,
                           RecordType recordType, String recordId, String endpoint) {
}
