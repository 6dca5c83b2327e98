package io.frontdoor.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * {@code frontdoor_consumer_lag_records{group,topic}}: records on the topic not yet committed by the service's consumer
 * group, from the broker's committed offsets and log ends, so it is the group's lag whichever instance owns which
 * partitions (every instance reports the same figure: alert on {@code max}).
 */
public class ConsumerLag implements DisposableBean {

    private final KafkaListenerEndpointRegistry listeners;
    private final Map<String, Object> adminConfig;
    private final GaugeRows gauge;
    private Admin admin;

    public ConsumerLag(KafkaListenerEndpointRegistry listeners, KafkaAdmin kafkaAdmin, MeterRegistry registry) {
        this.listeners = listeners;
        this.adminConfig = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        this.adminConfig.put("client.id", "frontdoor-consumer-lag");
        this.gauge = new GaugeRows("frontdoor.consumer.lag", "records",
                "Records on a topic not yet handled by the service's consumer group", registry);
    }

    public void refresh() {
        List<String> groups = listeners.getListenerContainers().stream().map(container -> container.getGroupId())
                .filter(Objects::nonNull).distinct().toList();
        if (groups.isEmpty()) {
            return;
        }
        Admin client = admin();
        Map<Tags, Long> rows = new HashMap<>();
        try {
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = client.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                Map<String, Long> lagByTopic = new HashMap<>();
                committed.forEach((partition, offset) -> {
                    long end = ends.get(partition).offset();
                    long at = offset == null ? 0 : offset.offset();
                    lagByTopic.merge(partition.topic(), Math.max(0, end - at), Long::sum);
                });
                lagByTopic.forEach((topic, lag) -> rows.put(Tags.of("group", group, "topic", topic), lag));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception unavailable) {
            throw new IllegalStateException("consumer lag unavailable", unavailable);
        }
        gauge.set(rows);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
