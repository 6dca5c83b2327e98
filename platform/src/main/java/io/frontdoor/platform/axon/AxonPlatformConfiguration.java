package io.frontdoor.platform.axon;

import io.frontdoor.platform.messaging.IntegrationEventMapper;
import io.frontdoor.platform.messaging.KafkaEventPublisher;
import io.frontdoor.platform.observability.ObservabilityConfiguration;
import io.frontdoor.platform.observability.RefreshedGauges;
import io.frontdoor.platform.observability.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon on PostgreSQL for the services that keep an event store (intake, triage). Declared explicitly: Axon 4's
 * auto-configuration orders itself after Boot 3's class names, so on Boot 4 it would find no DataSource and fall
 * back to no event store and no transactions.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        ObservabilityConfiguration.class},
        before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine")
@org.springframework.context.annotation.Import(AxonProblemAdvice.class)
public class AxonPlatformConfiguration {

    @Bean
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    RecordBatches recordBatches(TransactionManager transactions, TraceContext trace) {
        return new RecordBatches(transactions, trace);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
                                          PersistenceExceptionResolver exceptions, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon) {
        // the service's upcasters (EventUpcaster beans) read events stored in an older form
        return JdbcEventStorageEngine.builder()
                .upcasterChain(axon.upcasterChain())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .persistenceExceptionResolver(exceptions)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    /** The outbox publishers' source ({@code axon.eventhandling.processors.<name>.source}): the event store, read promptly. */
    @Bean
    PromptEventSource outboxEventSource(EventStore eventStore, @Value("${frontdoor.outbox.prompt-every:50ms}") Duration every,
                                        @Value("${frontdoor.outbox.prompt-on-commit:true}") boolean onCommit) {
        return new PromptEventSource(eventStore, every, onCommit);
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer).build();
    }

    /** Axon's own correlation (correlation id, trace id of the message chain), kept beside ours. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider traceCorrelation(TraceContext trace) {
        return new TraceCorrelation(trace);
    }

    @Bean
    OutboxLag outboxLag(JdbcTemplate jdbc, Serializer serializer, MeterRegistry registry, RefreshedGauges gauges) {
        OutboxLag lag = new OutboxLag(jdbc, serializer, registry);
        gauges.register(lag::refresh);
        return lag;
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, TokenStore tokens, JdbcTemplate jdbc,
                                    @Value("${frontdoor.segments.balance-interval:5s}") Duration every) {
        return new SegmentBalancer(processing, tokens, jdbc, every);
    }

    @Bean
    @ConditionalOnBean(IntegrationEventMapper.class)
    KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, String> kafka, IntegrationEventMapper mapper,
                                            TraceContext trace) {
        return new KafkaEventPublisher(kafka, mapper, trace);
    }

    /** A publishing failure must stop the processor and be retried, never be logged and skipped. */
    @Autowired
    void propagatePublishingErrors(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
