package io.frontdoor.platform.axon;

import io.frontdoor.kernel.process.DaemonThreads;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each streaming processor's segments (the Kafka publishers) out among the instances of a service. Without
 * Axon Server nothing does: the first instance to start claims every segment and the others idle. Every few seconds
 * each instance says it is alive ({@code processor_instance}), counts the live ones, and releases the segments it
 * holds beyond its fair share (segments / live instances, rounded up) for long enough that another instance claims
 * them. An instance that dies stops saying so; its claims time out (the token store's claim timeout) and the survivors,
 * now with a larger share, claim its segments.
 */
class SegmentBalancer implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration LEAVING = Duration.ofSeconds(2);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final JdbcTemplate jdbc;
    private final Duration every;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("segment-balancer"));

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokens, JdbcTemplate jdbc, Duration every) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.every = every;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        scheduler.scheduleWithFixedDelay(this::balanceQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException failed) {
            LOG.warn("segment balancing skipped: {}", failed.getClass().getSimpleName());
        }
    }

    void balance() {
        jdbc.update("INSERT INTO processor_instance (instance_id, seen_at) VALUES (?, now()) "
                + "ON CONFLICT (instance_id) DO UPDATE SET seen_at = now()", instance);
        jdbc.update("DELETE FROM processor_instance WHERE seen_at < now() - interval '10 minutes'");
        Integer live = jdbc.queryForObject("SELECT count(*) FROM processor_instance WHERE seen_at > now() - ? * interval '1 millisecond'",
                Integer.class, every.multipliedBy(3).toMillis());
        int instances = Math.max(1, live == null ? 1 : live);
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .forEach(processor -> shareOut(processor, instances));
    }

    private void shareOut(StreamingEventProcessor processor, int instances) {
        int segments = tokens.fetchSegments(processor.getName()).length;
        if (segments == 0) {
            return;
        }
        int fairShare = (segments + instances - 1) / instances;
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        for (int i = 0; i < mine.size() - fairShare; i++) {
            // long enough for another instance's coordinator (it looks every few seconds) to claim it first
            processor.releaseSegment(mine.get(i), every.multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS);
        }
        if (mine.size() > fairShare) {
            LOG.info("{}: released {} of {} segments for the other {} instance(s)", processor.getName(), mine.size() - fairShare,
                    mine.size(), instances - 1);
        }
    }

    /**
     * Leaving tells the other instances at once, as a courtesy: a row left behind stops counting after three intervals
     * anyway. So a database already gone (a test's, stopped first) holds the shutdown up for at most {@link #LEAVING},
     * not for the connection pool's 30 s timeout.
     */
    @Override
    public void destroy() {
        scheduler.shutdownNow();
        try {
            CompletableFuture.runAsync(() -> jdbc.update("DELETE FROM processor_instance WHERE instance_id = ?", instance),
                            runnable -> DaemonThreads.named("segment-balancer-leaving").newThread(runnable).start())
                    .get(LEAVING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notTold) {
            LOG.info("left without telling the other instances ({}); they stop counting this one within {}",
                    notTold.getClass().getSimpleName(), every.multipliedBy(3));
        }
    }
}
