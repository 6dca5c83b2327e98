package io.frontdoor.triage.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Deadlines persist in the service's PostgreSQL through db-scheduler (as Axon's own auto-configuration would set them
 * up), and aggregates are given them through {@link TolerantCancellation}. A deadline whose handler fails is tried again
 * within seconds ({@link RetrySoon}), not after db-scheduler's default five minutes.
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

    /** Axon's own deadline task (same name and data, so stored deadlines still run), with {@link RetrySoon} on failure. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ObjectProvider<DbSchedulerDeadlineManager> deadlines) {
        Task<DbSchedulerBinaryDeadlineDetails> axons = DbSchedulerDeadlineManager.binaryTask(deadlines::getObject);
        return Tasks.oneTime(axons.getName(), axons.getDataClass())
                .onFailure(new RetrySoon<>(Duration.ofSeconds(1), Duration.ofMinutes(5)))
                .execute(axons::execute);
    }

    @Bean
    @Primary
    DeadlineManager tolerantDeadlines(DbSchedulerDeadlineManager persistent, Scheduler scheduler) {
        return new TolerantCancellation(persistent, scheduler);
    }
}
