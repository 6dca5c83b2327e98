package io.frontdoor.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read endpoint whose answer shows a child's record: each successful answer is written to the access audit
 * (who, when, which record, through which endpoint) before the body is sent. {@code idParam} names the path variable
 * or request parameter holding the record's id:
 *
 * <pre>
 * &#64;AuditedRead(record = RecordType.CHILD, idParam = "childId")
 * &#64;GetMapping("/api/children/{childId}/chronology")
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AuditedRead {

    RecordType record();

    String idParam();
}
