package io.frontdoor.platform.observability;

import io.frontdoor.kernel.process.DaemonThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.NestedExceptionUtils;

/**
 * Gauges whose values cost a query (outbox lag, consumer lag, timescales): refreshed on one background thread every
 * {@code frontdoor.metrics.refresh} (10 s), never on the scrape itself, so a slow database cannot stall Prometheus.
 */
public class RefreshedGauges implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshedGauges.class);

    private final List<Runnable> refreshers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("metrics-refresh"));

    private final Duration every;

    public RefreshedGauges(Duration every) {
        this.every = every;
    }

    /** From when the service is ready: its tables are migrated by then. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        scheduler.scheduleWithFixedDelay(this::refreshAll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void register(Runnable refresher) {
        refreshers.add(refresher);
    }

    private void refreshAll() {
        for (Runnable refresher : refreshers) {
            try {
                refresher.run();
            } catch (RuntimeException failed) {
                // the gauge keeps its last value; a metric must never take the service down
                // the metrics' own queries carry no personal data, so the database's message may be logged
                Throwable cause = NestedExceptionUtils.getMostSpecificCause(failed);
                LOG.warn("metric refresh failed: {} ({}: {})", failed.getClass().getSimpleName(), cause.getClass().getSimpleName(),
                        cause.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
