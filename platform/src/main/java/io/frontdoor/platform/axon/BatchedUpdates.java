package io.frontdoor.platform.axon;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A row written by an event handler in the same transaction as the event, sent to the database with the other rows of the
 * same statement in one JDBC batch when the unit of work prepares to commit: a poll of a hundred contacts costs one round
 * trip, not a hundred. The transaction commits only after the batch succeeded, so the row still commits with its event.
 * Outside a unit of work the row is written at once.
 */
public final class BatchedUpdates {

    private static final String KEY = BatchedUpdates.class.getName() + ":";

    private BatchedUpdates() {
    }

    public static void update(JdbcTemplate jdbc, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<Object[]> rows = root.getOrComputeResource(KEY + sql, key -> {
            List<Object[]> pending = new ArrayList<>();
            root.onPrepareCommit(unitOfWork -> {
                if (!pending.isEmpty()) {
                    jdbc.batchUpdate(sql, pending);
                }
            });
            return pending;
        });
        rows.add(args);
    }
}
