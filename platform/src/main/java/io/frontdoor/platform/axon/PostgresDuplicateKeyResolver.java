package io.frontdoor.platform.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Axon's default JDBC resolver only recognises {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws. Without this, a second event at the same aggregate sequence (two workers
 * deciding at once, the same contact recorded twice) would not surface as a concurrency conflict.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
