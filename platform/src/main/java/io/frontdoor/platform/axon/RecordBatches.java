package io.frontdoor.platform.axon;

import io.frontdoor.platform.observability.TraceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A Kafka batch listener's poll handled in one Axon unit of work and one database transaction: the inbox rows, the
 * commands' events and their subscribing handlers commit once for the whole poll, and the offsets after it. Events are
 * stored, and streaming processors told of them, when that one transaction commits (a nested unit of work hands its
 * events to the root), so nothing waits for the event store's fetch delay.
 *
 * <p>If the poll fails as a whole, nothing of it is kept and its records are handled again one at a time, as the
 * listener handled them before batching ({@link Alone}): the records before a failing one commit, and the failing one is
 * handed to the container's error handler ({@link BatchListenerFailedException} with its index), which dead-letters bad
 * data alone, or retries a passing fault from that record with back-off. The records after it are fetched again by the
 * next poll. One at a time, each command is again its own unit of work, so a command's own failure (a resent contact's
 * {@code AggregateStreamCreationException}) reaches its caller as it did before, not only when the batch commits.
 *
 * <p>Each record is handled in a span that continues the trace its sender put in the record ({@code traceparent}), so
 * the events it causes carry that trace on (a batch listener gets no span per record from Spring's observation).
 */
public class RecordBatches {

    private static final Logger log = LoggerFactory.getLogger(RecordBatches.class);

    private final TransactionManager transactions;
    private final TraceContext trace;

    public RecordBatches(TransactionManager transactions, TraceContext trace) {
        this.transactions = transactions;
        this.trace = trace;
    }

    /** How a record is handled when its poll could not be handled as a whole. */
    public enum Alone {
        /** In a database transaction of its own, which the commands it sends join (an inbox row commits with them). */
        IN_A_TRANSACTION,
        /** As it is: each command it sends commits on its own. */
        AS_IS
    }

    public <K, V> void handle(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> handler) {
        handle(records, handler, Alone.IN_A_TRANSACTION);
    }

    public <K, V> void handle(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> untraced, Alone alone) {
        Consumer<ConsumerRecord<K, V>> handler = record -> inItsTrace(record, untraced);
        if (records.isEmpty()) {
            return;
        }
        if (records.size() > 1 || alone == Alone.IN_A_TRANSACTION) {
            try {
                inOneTransaction(() -> records.forEach(handler));
                return;
            } catch (RuntimeException batchFailed) {
                // the reason names the type only: messages from validation or Jackson may quote personal data
                log.debug("a batch of {} records failed ({}); handling them one at a time", records.size(),
                        batchFailed.getClass().getSimpleName());
            }
        }
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<K, V> record = records.get(i);
            try {
                if (alone == Alone.IN_A_TRANSACTION) {
                    transactions.executeInTransaction(() -> handler.accept(record));
                } else {
                    handler.accept(record);
                }
            } catch (RuntimeException failed) {
                throw new BatchListenerFailedException(
                        "record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " failed", failed, i);
            }
        }
    }

    private <K, V> void inItsTrace(ConsumerRecord<K, V> record, Consumer<ConsumerRecord<K, V>> handler) {
        Header traceparent = record.headers().lastHeader("traceparent");
        if (traceparent == null) {
            handler.accept(record);
            return;
        }
        try {
            trace.within("handle " + record.topic(), Map.of("traceparent", new String(traceparent.value(), StandardCharsets.UTF_8)),
                    () -> {
                        handler.accept(record);
                        return null;
                    });
        } catch (RuntimeException failed) {
            throw failed;
        } catch (Exception checked) {
            throw new IllegalStateException(checked);
        }
    }

    private void inOneTransaction(Runnable work) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("kafka-poll"));
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(work);
    }
}
