package io.frontdoor.triage.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Deadlines persist in the service's PostgreSQL through db-scheduler (as Axon's own auto-configuration would set them
 * up), and aggregates are given them through {@link TolerantCancellation}.
 */
@Configuration
class DeadlineConfiguration {

    @Bean
    DbSchedulerDeadlineManager persistentDeadlines(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                                   @Qualifier("eventSerializer") Serializer serializer,
                                                   TransactionManager transactions, DeadlineManagerSpanFactory spans) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .spanFactory(spans)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @Bean
    @Primary
    DeadlineManager tolerantDeadlines(DbSchedulerDeadlineManager persistent, Scheduler scheduler) {
        return new TolerantCancellation(persistent, scheduler);
    }
}
